-- bench_lua.lua - what-if sweeps through the Lua module against the same
-- math written in plain Lua, both timed in the same run.
--
-- Usage: lua5.4 bench/bench_lua.lua [scenarios] [chunks]
--   scenarios  size of each sweep (default 1000000)
--   chunks     the sweep is timed in this many chunks (default 5); each chunk
--              runs the module and plain Lua back to back, in alternating
--              order, and the ratio printed is the median of the chunk ratios
-- The module is found through package.cpath (bench/run.sh sets LUA_CPATH).
--
-- The plain-Lua version computes exactly what the module returns: the same
-- approximate ceiling, the same working days (Saturday and Sunday off,
-- holidays), the same records with ISO dates.  It does no argument checking.
-- Before timing, both are run on a sample of scenarios and every field is
-- compared; any difference stops the benchmark with an error.
--
-- Output: tab-separated rows, as bench_core prints them.  Timing is
-- os.clock(), the CPU time of this process.

local srm = require("salesroadmap")

local N = tonumber(arg[1]) or 1000000
local CHUNKS = tonumber(arg[2]) or 5
assert(N >= CHUNKS and CHUNKS >= 1, "usage: bench_lua.lua [scenarios] [chunks]")

local floor, ceil, abs, log = math.floor, math.ceil, math.abs, math.log
local format = string.format

---------------------------------------------------------------------------
-- Plain Lua
---------------------------------------------------------------------------

-- Rounded to 15 significant digits, then up to a whole number.
local function approx_ceil(x)
  local a = abs(x)
  if not (a < 4503599627370496.0) or a == floor(a) then
    return x
  end
  if a < 1e-7 or a >= 1e15 then
    return ceil(x)
  end
  local e = floor(log(a, 10))
  if 10.0 ^ e > a then
    e = e - 1
  elseif 10.0 ^ (e + 1) <= a then
    e = e + 1
  end
  local scale = 10.0 ^ (14 - e)
  local r = floor(a * scale + 0.5) / scale
  return ceil(x < 0 and -r or r)
end

local function plain_leads_needed(goal, deal_value, leads_per_sale)
  return approx_ceil(approx_ceil(goal / deal_value) * leads_per_sale)
end

-- Days since 1970-01-01 of a proleptic Gregorian date, and back.
local function days_from_civil(y, m, d)
  if m <= 2 then
    y = y - 1
  end
  local era = y // 400
  local yoe = y - era * 400
  local mp = m > 2 and m - 3 or m + 9
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

local function civil_from_days(z)
  z = z + 719468
  local era = z // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400
  if m <= 2 then
    y = y + 1
  end
  return y, m, d
end

local function parse_iso(s)
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  return days_from_civil(tonumber(y), tonumber(m), tonumber(d))
end

local function format_iso(day)
  return format("%04d-%02d-%02d", civil_from_days(day))
end

-- Monday to Friday in [a, b] (weekday 0 = Monday; 1970-01-01 was a
-- Thursday).
local function weekdays(a, b)
  local n = b - a + 1
  local count = n // 7 * 5
  local wd = (a + 3) % 7
  for _ = 1, n % 7 do
    if wd < 5 then
      count = count + 1
    end
    wd = wd + 1
    if wd == 7 then
      wd = 0
    end
  end
  return count
end

-- Monthly targets of `total` over [start, finish] with the given holidays
-- (ISO strings), records as the module returns them.
local function plain_monthly_targets(total, start, finish, holidays)
  local s, e = parse_iso(start), parse_iso(finish)
  local hs, nh = {}, 0
  for i = 1, #holidays do
    local d = parse_iso(holidays[i])
    if (d + 3) % 7 < 5 then
      nh = nh + 1
      hs[nh] = d
    end
  end
  table.sort(hs)
  local total_wd = weekdays(s, e)
  local prev = nil
  for i = 1, nh do
    local d = hs[i]
    if d ~= prev and d >= s and d <= e then
      total_wd = total_wd - 1
    end
    prev = d
  end

  local out = {}
  local y, m = civil_from_days(s)
  local first, cum_wd, cum, index, hi = s, 0, 0, 0, 1
  prev = nil
  while first <= e do
    local ny, nm = y, m + 1
    if nm == 13 then
      ny, nm = y + 1, 1
    end
    local last = days_from_civil(ny, nm, 1) - 1
    if last > e then
      last = e
    end
    local w = weekdays(first, last)
    while hi <= nh and hs[hi] <= last do
      local d = hs[hi]
      if d ~= prev and d >= first then
        w = w - 1
      end
      prev = d
      hi = hi + 1
    end
    cum_wd = cum_wd + w
    local c = approx_ceil(total * cum_wd / total_wd)
    index = index + 1
    out[index] = {
      index = index,
      first = format_iso(first),
      last = format_iso(last),
      workdays = w,
      target = c - cum,
      cumulative = c,
    }
    cum = c
    first = last + 1
    y, m = ny, nm
  end
  return out
end

---------------------------------------------------------------------------
-- Scenarios
---------------------------------------------------------------------------

-- Leads: goal x deal value x leads per sale, about N scenarios in all.
local side = floor(N ^ (1 / 3) + 0.5)
local goals, deals, rates = {}, {}, {}
for i = 1, side do
  goals[i] = 25000.0 * i -- 25,000 .. 2,500,000
  deals[i] = 250.0 + 150.0 * (i - 1) -- 250 .. 15,100
  rates[i] = 1.1 + 0.17 * (i - 1) -- 1.1 .. 17.93
end

-- Monthly targets over a year with holidays: plans starting on the first
-- of each month of 2027, totals 100 .. 20,000.
local holidays = {}
for y = 2026, 2029 do
  for _, md in ipairs({"01-01", "04-06", "04-27", "05-05", "05-14", "05-25",
                       "12-24", "12-25", "12-26", "12-31"}) do
    holidays[#holidays + 1] = format("%d-%s", y, md)
  end
end
local starts, finishes = {}, {}
for m = 1, 12 do
  local d = days_from_civil(2027, m, 1)
  starts[m] = format_iso(d)
  finishes[m] = format_iso(days_from_civil(2028, m, 1) - 1)
end
local function total_of(i)
  return 100.0 + (i * 7919) % 19901
end

---------------------------------------------------------------------------
-- Agreement on a sample, before any timing
---------------------------------------------------------------------------

local mismatches = 0
local function mismatch(what)
  mismatches = mismatches + 1
  if mismatches <= 10 then
    io.stderr:write("bench_lua: plain Lua and module differ: ", what, "\n")
  end
end

for i = 1, side, math.max(1, side // 10) do
  for j = 1, side do
    for k = 1, side, 3 do
      local a = srm.leads_needed(goals[i], deals[j], rates[k])
      local b = plain_leads_needed(goals[i], deals[j], rates[k])
      if a ~= b then
        mismatch(format("leads_needed(%.17g, %.17g, %.17g): %s vs %s",
                        goals[i], deals[j], rates[k], a, b))
      end
    end
  end
end

local opts = {holidays = holidays}
local fields = {"index", "first", "last", "workdays", "target", "cumulative"}
for i = 1, 2000 do
  local m = i % 12 + 1
  local total = total_of(i)
  local a = srm.period_targets(total, starts[m], finishes[m], "month", opts)
  local b = plain_monthly_targets(total, starts[m], finishes[m], holidays)
  if #a ~= #b then
    mismatch(format("period_targets(%g, %s): %d vs %d periods", total,
                    starts[m], #a, #b))
  else
    for p = 1, #a do
      for _, f in ipairs(fields) do
        if a[p][f] ~= b[p][f] then
          mismatch(format("period_targets(%g, %s) period %d %s: %s vs %s",
                          total, starts[m], p, f, a[p][f], b[p][f]))
        end
      end
    end
  end
end
if mismatches > 0 then
  error(format("bench_lua: %d mismatches between the module and plain Lua: "
               .. "the figures would compare different work", mismatches))
end

---------------------------------------------------------------------------
-- Timing
---------------------------------------------------------------------------

local function median(t)
  table.sort(t)
  local n = #t
  return n % 2 == 1 and t[(n + 1) // 2] or (t[n // 2] + t[n // 2 + 1]) / 2
end

-- Runs sweep(lo, hi) of both implementations over CHUNKS chunks of the
-- scenarios 1..n; returns seconds per scenario of each (total time / n),
-- the median chunk ratio module / plain, and both checksums.
local function race(n, module_sweep, plain_sweep)
  local tm, tp, ratios, sum_m, sum_p = 0, 0, {}, 0, 0
  for c = 1, CHUNKS do
    local lo = (c - 1) * n // CHUNKS + 1
    local hi = c * n // CHUNKS
    local dm, dp
    for turn = 1, 2 do
      collectgarbage()
      local t0 = os.clock()
      if (turn == 1) == (c % 2 == 1) then
        sum_m = sum_m + module_sweep(lo, hi)
        dm = os.clock() - t0
      else
        sum_p = sum_p + plain_sweep(lo, hi)
        dp = os.clock() - t0
      end
    end
    tm, tp = tm + dm, tp + dp
    ratios[#ratios + 1] = dp / dm
  end
  return tm / n, tp / n, median(ratios), sum_m, sum_p
end

local leads_needed, period_targets = srm.leads_needed, srm.period_targets
local s2 = side * side

local function leads_sweep(f)
  return function(lo, hi)
    local acc = 0
    for i = lo - 1, hi - 1 do
      local g = goals[i // s2 + 1]
      local d = deals[i // side % side + 1]
      local k = rates[i % side + 1]
      acc = acc + f(g, d, k)
    end
    return acc
  end
end

local function module_months(lo, hi)
  local acc = 0
  for i = lo, hi do
    local m = i % 12 + 1
    local t = period_targets(total_of(i), starts[m], finishes[m], "month", opts)
    acc = acc + t[1].target + t[12].cumulative
  end
  return acc
end

local function plain_months(lo, hi)
  local acc = 0
  for i = lo, hi do
    local m = i % 12 + 1
    local t = plain_monthly_targets(total_of(i), starts[m], finishes[m],
                                    holidays)
    acc = acc + t[1].target + t[12].cumulative
  end
  return acc
end

local function fmt_time(s)
  if s >= 1e-3 then
    return format("%.2f ms", s * 1e3)
  elseif s >= 1e-6 then
    return format("%.2f us", s * 1e6)
  end
  return format("%.1f ns", s * 1e9)
end

local function rate(s)
  local r = 1 / s
  if r >= 1e6 then
    return format("%.2f M/s", r / 1e6)
  end
  return format("%.1f k/s", r / 1e3)
end

local function row(name, t_module, t_plain, ratio, min_ratio, n)
  local target, verdict = "-", "-"
  if min_ratio then
    target = format(">= %.1fx faster", min_ratio)
    verdict = ratio >= min_ratio and "PASS" or "FAIL"
  end
  print(format("lua\t%s\t%s/scenario (%s; %.2f s for %d)\tplain Lua\t%s/scenario"
               .. "\t%.2fx faster\t%s\t%s", name, fmt_time(t_module),
               rate(t_module), t_module * n, n, fmt_time(t_plain), ratio,
               target, verdict))
  io.stdout:flush()
end

local n_leads = side * side * side
local tm, tp, ratio, sm, sp = race(n_leads, leads_sweep(leads_needed),
                                   leads_sweep(plain_leads_needed))
if sm ~= sp then
  error(format("bench_lua: leads sweep checksums differ: %s vs %s", sm, sp))
end
row("leads_needed sweep (goal x deal x rate)", tm, tp, ratio, nil, n_leads)

tm, tp, ratio, sm, sp = race(N, module_months, plain_months)
if sm ~= sp then
  error(format("bench_lua: monthly sweep checksums differ: %s vs %s", sm, sp))
end
row("period_targets month, 1 year, 40 holidays", tm, tp, ratio, 3.0, N)
