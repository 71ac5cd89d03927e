-- test_whatif.lua - runs examples/whatif.lua as a user runs it and checks
-- the figures it prints against values worked out independently.
--
-- Usage: lua5.4 test_whatif.lua <lua interpreter> <path of whatif.lua>

local T = require("testlib")
local interpreter, script = arg[1], arg[2]

local function quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end
local pipe = assert(io.popen(quote(interpreter) .. " " .. quote(script) ..
                             " 2>&1"))
local output = pipe:read("a")
local ok, how, code = pipe:close()
T.eq(ok, true, ("whatif.lua exits normally (%s %s)"):format(how, code))

local lines = {}
for line in output:gmatch("([^\n]*)\n") do table.insert(lines, line) end

-- The numbers of the first line that starts with `prefix` (after spaces).
local function numbers_of(prefix)
  for _, line in ipairs(lines) do
    local rest = line:match("^%s*(.*)$")
    if rest:sub(1, #prefix) == prefix then
      local out = {}
      for n in rest:sub(#prefix + 1):gmatch("%d+") do
        table.insert(out, math.tointeger(tonumber(n)))
      end
      return out
    end
  end
  return nil
end

-- The script's inputs: goal 120000, 2027-01-01 .. 2027-12-31, weekend
-- Sat+Sun and seven holidays that are all weekdays.  2027 has 261 weekdays
-- (52 weeks and Friday Dec 31), so W = 261 - 7 = 254.
local W = 254
T.eq(output:find("Goal 120000 from 2027-01-01 to 2027-12-31: 254 working " ..
                 "days\n", 1, true) ~= nil, true, "heading")

-- Whole-number ceiling of a / b for positive integers.
local function ceil_div(a, b) return (a + b - 1) // b end

-- The grid: sales S = ceil(120000 / deal value) = 100, 89 (88.9), 80,
-- 73 (72.7), 67 (66.7); leads = S * k; per working day = ceil(leads / 254).
-- E.g. 1200 and 16: 1600 / 254 = 6.3 -> 7; 1650 and 14: 1022 / 254 = 4.02
-- -> 5.  Rows written out by hand:
local grid = {
  [1200] = {4, 4, 5, 6, 7},   -- 800, 1000, 1200, 1400, 1600 leads
  [1350] = {3, 4, 5, 5, 6},   -- 712, 890, 1068, 1246, 1424
  [1500] = {3, 4, 4, 5, 6},   -- 640, 800, 960, 1120, 1280
  [1650] = {3, 3, 4, 5, 5},   -- 584, 730, 876, 1022, 1168
  [1800] = {3, 3, 4, 4, 5},   -- 536, 670, 804, 938, 1072
}
T.list(numbers_of("deal value"), {8, 10, 12, 14, 16}, "grid header")
for value, row in pairs(grid) do
  T.list(numbers_of(tostring(value)), row, "grid row " .. value)
end
-- The same rows by integer arithmetic, as a second check of the table
-- above.
local sales_of = {[1200] = 100, [1350] = 89, [1500] = 80, [1650] = 73,
                  [1800] = 67}
for value, row in pairs(grid) do
  for i, k in ipairs({8, 10, 12, 14, 16}) do
    T.eq(ceil_div(sales_of[value] * k, W), row[i],
         ("hand grid %d x %d"):format(value, k))
  end
end

-- Confidence: 80 sales at 1 / 12.  Second method: the smallest L with
-- P[Binomial(L, 1/12) >= 80] >= c, the tail summed from the probability
-- mass function (pmf(k+1) = pmf(k) * (L-k)/(k+1) * p/(1-p)).
local function tail(L, p, S)
  local pmf, below = (1 - p) ^ L, 0
  for k = 0, S - 1 do
    below = below + pmf
    pmf = pmf * (L - k) / (k + 1) * p / (1 - p)
  end
  return 1 - below
end
local function leads_at(c)
  local L = 80
  while tail(L, 1 / 12, 80) < c do L = L + 1 end
  return L
end

T.eq(output:find("Deal value 1500, 12 leads per sale: 80 sales\n", 1, true)
     ~= nil, true, "confidence heading")
T.list(numbers_of("average"), {960, 4}, "average: 960 leads, 960/254 -> 4")
local at = {}
for _, c in ipairs({50, 80, 90, 95}) do
  at[c] = leads_at(c / 100)
  T.list(numbers_of(c .. "%"), {at[c], ceil_div(at[c], W)},
         "confidence " .. c .. "%")
end
T.eq(at[90], 1094, "SPEC: 1094 leads at 90%")

-- The plan at 95%, by month.  Working days per month with the holidays:
-- Jan 21 - 1, Feb 20, Mar 23 - 2, Apr 22 - 1, May 21 - 3 (May 1 is a
-- Saturday: 20 + Mon 31), Jun 22, Jul 22, Aug 22, Sep 22, Oct 21, Nov 22,
-- Dec 23; they add up to 254.  C_k = ceil(L * W_k / 254) in integers.
local month_days = {20, 20, 21, 21, 18, 22, 22, 22, 22, 21, 22, 23}
local L95 = at[95]
T.list(numbers_of("leads at confidence"), {L95}, "plan: leads at 95%")
T.list(numbers_of("per working day"), {ceil_div(L95, W)},
       "plan: per working day")
local Wk, previous = 0, 0
for k, days in ipairs(month_days) do
  Wk = Wk + days
  local C = ceil_div(L95 * Wk, W)
  local first = ("2027-%02d-01"):format(k)
  local row = numbers_of(tostring(k) .. "  " .. first)
  T.eq(row ~= nil, true, "plan row " .. k)
  if row then
    -- The numbers after the index: the last date's digits, workdays,
    -- target, cumulative.
    T.eq(row[#row - 2], days, "plan row " .. k .. " workdays")
    T.eq(row[#row - 1], C - previous, "plan row " .. k .. " target")
    T.eq(row[#row], C, "plan row " .. k .. " cumulative")
  end
  previous = C
end
T.eq(previous, L95, "the targets add up to the leads at 95%")

T.done("test_whatif")
