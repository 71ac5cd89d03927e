-- test_functions.lua - every function of the module on valid input.
--
-- Usage: lua5.4 test_functions.lua <version> <path of the built module>
-- Every expected value is worked out by hand in the comment next to it, or by
-- a second method written in this file (binomial tail, beta quantile).

local T = require("testlib")
local version, module_path = arg[1], arg[2]

-- ---------------------------------------------------------------------------
-- Loading: the module in the build tree, no globals, the project's version.

local globals_before = {}
for k in pairs(_G) do globals_before[k] = true end

local srm = require("salesroadmap")

T.eq(package.searchpath("salesroadmap", package.cpath), module_path,
     "module loaded from the build tree")
for k in pairs(_G) do
  T.eq(globals_before[k], true, "no new global " .. tostring(k))
end
T.eq(srm._VERSION, version, "_VERSION")
T.eq(require("salesroadmap"), srm, "require returns the same table")
for _, name in ipairs({"sales_needed", "leads_needed", "funnel_needed",
                       "period_targets", "pace", "leads_per_sale", "workdays",
                       "plan"}) do
  T.eq(type(srm[name]), "function", name .. " is a function")
end

-- ---------------------------------------------------------------------------
-- sales_needed(goal, deal_value)

local sales_cases = {
  -- goal, deal value, expected
  {120000, 1500, 80},            -- 120000 / 1500 = 80 exactly
  {120000, 1700, 71},            -- 70.59: 70 * 1700 = 119000 < 120000
  {0, 1500, 0},                  -- a zero goal needs no sale
  {100, 3, 34},                  -- 33.33 up to 34
  {0.3, 0.1, 3},                 -- 0.3 / 0.1 = 2.9999999999999996 in binary;
                                 -- the approximate ceiling gives 3, not 3+
  {1e6, 0.001, 1000000000},      -- 10^6 / 10^-3 = 10^9
  {2^53, 1, 9007199254740992},   -- the largest count, 2^53
  {"120000", "1500", 80},        -- numeric strings convert as in Lua
}
for _, c in ipairs(sales_cases) do
  T.eq(srm.sales_needed(c[1], c[2]), c[3],
       ("sales_needed(%s, %s)"):format(c[1], c[2]))
end

-- ---------------------------------------------------------------------------
-- leads_needed(goal, deal_value, leads_per_sale [, confidence])

local leads_cases = {
  {120000, 1500, 12, nil, 960},  -- SPEC: 80 sales * 12 = 960
  {100, 1, 1.1, nil, 110},       -- SPEC: 100 * 1.1 = 110.00000000000001 in
                                 -- binary, still 110 leads
  {120000, 1700, 12, nil, 852},  -- 71 sales (above) * 12 = 852
  {1000, 300, 2.5, nil, 10},     -- 4 sales * 2.5 = 10
  {0, 1500, 12, nil, 0},         -- zero goal
  {120000, 1500, 12, 0.9, 1094}, -- SPEC example; checked below as well
  {0, 1500, 12, 0.9, 0},         -- S = 0 gives 0
  {120000, 1500, 1, 0.9, 80},    -- every lead converts: L = S = 80
  -- One sale at p = 1/2: P[X >= 1] = 1 - 2^-L.  c = 0.9: 2^-L <= 0.1 first
  -- for L = 4 (1/8 = 0.125 > 0.1, 1/16 = 0.0625).
  {1, 1, 2, 0.9, 4},
  -- c = 0.4: L = 1 already gives 0.5 >= 0.4.
  {1, 1, 2, 0.4, 1},
  -- Two sales at p = 1/2: P[X >= 2] = 1 - (1 + L) 2^-L: L = 3 gives 1/2,
  -- L = 4 gives 11/16 = 0.6875, the first >= 0.6.
  {2, 1, 2, 0.6, 4},
  -- One sale at p = 1/10, c = 0.95: 0.9^L <= 0.05; 0.9^28 = 0.0523,
  -- 0.9^29 = 0.0471 (L ln 0.9 = -2.950 and -3.055).
  {1, 1, 10, 0.95, 29},
}
for _, c in ipairs(leads_cases) do
  T.eq(srm.leads_needed(c[1], c[2], c[3], c[4]), c[5],
       ("leads_needed(%s, %s, %s, %s)"):format(c[1], c[2], c[3], c[4]))
end
T.eq(srm.leads_needed(120000, 1500, 12, nil), 960, "nil confidence = none")

-- Second method for the SPEC example: the binomial tail P[Binomial(L, p) >= S]
-- summed from its probability mass function, pmf(k+1) = pmf(k) *
-- (L-k)/(k+1) * p/(1-p), starting at pmf(0) = (1-p)^L.
local function binomial_tail(L, p, S)
  local pmf, below = (1 - p) ^ L, 0
  for k = 0, S - 1 do
    below = below + pmf
    pmf = pmf * (L - k) / (k + 1) * p / (1 - p)
  end
  return 1 - below
end
T.eq(binomial_tail(1093, 1 / 12, 80) < 0.9, true, "1093 leads are too few")
T.eq(binomial_tail(1094, 1 / 12, 80) >= 0.9, true, "1094 leads are enough")

-- ---------------------------------------------------------------------------
-- funnel_needed(goal, deal_value, ratios)

local funnel_cases = {
  -- SPEC: 80 sales; 80 * 12 = 960; 960 * 4 = 3840; 3840 * 2.5 = 9600.
  {120000, 1500, {2.5, 4, 12}, {9600, 3840, 960, 80}},
  -- One stage equals leads_needed: 80 * 12 = 960.
  {120000, 1500, {12}, {960, 80}},
  -- 100 sales; 100 * 1.1 = 110; 110 * 1.1 = 121.00000000000001 -> 121.
  {100, 1, {1.1, 1.1}, {121, 110, 100}},
  -- Rounding at every stage: 3 sales; 3 * 1.5 = 4.5 -> 5; 5 * 1.5 = 7.5 ->
  -- 8 (not 3 * 2.25 = 6.75 -> 7).
  {900, 300, {1.5, 1.5}, {8, 5, 3}},
  -- A zero goal: zero at every stage.
  {0, 1500, {2, 3}, {0, 0, 0}},
}
for _, c in ipairs(funnel_cases) do
  T.list(srm.funnel_needed(c[1], c[2], c[3]), c[4],
         ("funnel_needed(%s, %s, {%s})"):format(c[1], c[2],
                                                 table.concat(c[3], ", ")))
end

-- ---------------------------------------------------------------------------
-- Calendar facts used below (weekend Sat+Sun unless said otherwise):
--   2027-01-01 is a Friday (2026-01-01 was a Thursday, 2026 has 365 days).
--   January 2027: 28 days = 20 weekdays, plus Fri 29, Sat 30, Sun 31 -> 21.
--   February 2027 starts on Monday (Jan 1 + 31 days): 4 weeks -> 20.
--   March 2027 starts on Monday (Feb 1 + 28): 20 + Mon 29 .. Wed 31 -> 23.
--   April 2027 starts on Thursday: 20 + Thu 29, Fri 30 -> 22.
--   The year 2027: 52 weeks + Friday 2027-12-31 -> 261.
local holidays_2027 = {"2027-01-01", "2027-03-26", "2027-03-29", "2027-04-27",
                       "2027-05-05", "2027-05-06", "2027-05-17"}
-- All seven are weekdays: Fri, Fri, Mon, Tue, Wed, Thu, Mon.

-- ---------------------------------------------------------------------------
-- workdays(start, finish [, opts])

local workdays_cases = {
  {"2027-01-01", "2027-12-31", nil, 261},
  {"2027-01-01", "2027-12-31", {holidays = holidays_2027}, 254}, -- 261 - 7
  {"2027-01-01", "2027-01-31", nil, 21},
  {"2027-01-02", "2027-01-02", nil, 0},               -- a Saturday
  {"2027-01-01", "2027-01-01", nil, 1},               -- a Friday
  -- Duplicates, a Saturday and a day outside the range are ignored: 21 - 1.
  {"2027-01-01", "2027-01-31",
   {holidays = {"2027-01-01", "2027-01-01", "2027-01-02", "2026-12-25"}}, 20},
  -- Sundays only (code 11 or "0000001"): Jan 2027 has Sundays 3, 10, 17,
  -- 24, 31 -> 31 - 5 = 26.
  {"2027-01-01", "2027-01-31", {weekend = 11}, 26},
  {"2027-01-01", "2027-01-31", {weekend = "0000001"}, 26},
  {"2027-01-01", "2027-01-31", {weekend = 11.0}, 26},  -- a whole float
  -- Fri+Sat (code 7): Fridays 1, 8, 15, 22, 29 and Saturdays 2, 9, 16, 23,
  -- 30 -> 31 - 10 = 21.
  {"2027-01-01", "2027-01-31", {weekend = 7}, 21},
  -- Only Sat+Sun are working days ("1111100"): 31 - 21 = 10.
  {"2027-01-01", "2027-01-31", {weekend = "1111100"}, 10},
  -- Both options, holidays as date tables: Sundays only (26) minus
  -- Sat 2027-01-02 and Fri 2027-01-01 -> 24.
  {"2027-01-01", "2027-01-31",
   {weekend = 11, holidays = {{year = 2027, month = 1, day = 2},
                              {year = 2027, month = 1, day = 1}}}, 24},
  -- Leap year: February 2024 starts on a Thursday; 4 weeks = 20 plus
  -- Thursday the 29th -> 21.
  {"2024-02-01", "2024-02-29", nil, 21},
  -- Across a year end: Mon 2026-12-28 .. Sun 2027-01-03: Mon-Thu of 2026
  -- (4) and Fri 2027-01-01 (1) -> 5.
  {"2026-12-28", "2027-01-03", nil, 5},
  -- An empty options table is the default calendar.
  {"2027-01-01", "2027-01-31", {}, 21},
  {"2027-01-01", "2027-01-31", {holidays = {}}, 21},
}
for i, c in ipairs(workdays_cases) do
  T.eq(srm.workdays(c[1], c[2], c[3]), c[4], "workdays case " .. i)
end

-- Dates as os.date("*t") tables: extra fields (hour, wday, isdst, ...) are
-- ignored.
local t0 = os.date("*t", os.time({year = 2027, month = 1, day = 1, hour = 12}))
T.eq(t0.hour ~= nil and t0.wday ~= nil, true, "os.date table has extra fields")
T.eq(srm.workdays(t0, "2027-01-31"), 21, "os.date table as start")
T.eq(srm.workdays("2027-01-01", {year = 2027, month = 1, day = 31, hour = 23,
                                 min = 59, sec = 59, wday = 1, yday = 31,
                                 isdst = false}), 21, "date table as finish")
T.eq(srm.workdays({year = 2027.0, month = 1.0, day = 4.0},
                  {year = 2027, month = 1, day = 8}), 5,
     "whole floats in a date table")

-- ---------------------------------------------------------------------------
-- period_targets(total, start, finish, period [, opts])

local function targets(...)
  local t = srm.period_targets(...)
  local out = {}
  for i, r in ipairs(t) do
    T.eq(r.index, i, "record index")
    out[i] = {r.first, r.last, r.workdays, r.target, r.cumulative}
  end
  return out
end

local function check_targets(actual, expected, what)
  T.eq(#actual, #expected, what .. ": number of periods")
  for i = 1, math.min(#actual, #expected) do
    for j, field in ipairs({"first", "last", "workdays", "target",
                            "cumulative"}) do
      T.eq(actual[i][j], expected[i][j],
           ("%s: period %d %s"):format(what, i, field))
    end
  end
end

-- SPEC: 100 leads over Jan-Mar 2027 by month.  W = 21 + 20 + 23 = 64.
-- C1 = ceil(100 * 21/64) = ceil(32.8125) = 33; C2 = ceil(100 * 41/64) =
-- ceil(64.0625) = 65; C3 = 100.  Targets 33, 32, 35.
local q1 = {{"2027-01-01", "2027-01-31", 21, 33, 33},
            {"2027-02-01", "2027-02-28", 20, 32, 65},
            {"2027-03-01", "2027-03-31", 23, 35, 100}}
check_targets(targets(100, "2027-01-01", "2027-03-31", "month"), q1,
              "Q1 by month")
check_targets(targets(100, "2027-01-01", "2027-03-31", "MAAND"), q1,
              "Dutch, upper case period name")
check_targets(targets(100, "2027-01-01", "2027-03-31", "month", nil), q1,
              "nil options")
check_targets(targets(100, t0, {year = 2027, month = 3, day = 31}, "month"),
              q1, "date tables")

-- The same by quarter and by year: one period with everything.
check_targets(targets(100, "2027-01-01", "2027-03-31", "quarter"),
              {{"2027-01-01", "2027-03-31", 64, 100, 100}}, "Q1 by quarter")
check_targets(targets(100, "2027-01-01", "2027-03-31", "year"),
              {{"2027-01-01", "2027-03-31", 64, 100, 100}}, "Q1 by year")
-- Two years, clipped: 2027-12-01 .. 2028-01-31.  December 2027 starts on a
-- Wednesday (Nov 1 is a Monday: Apr 1 Thu + 214 days = Thu + 4); 31 days =
-- 4 weeks (20) + Wed 29, Thu 30, Fri 31 -> 23.  January 2028 starts on a
-- Saturday: 4 weeks (20) + Sat 29, Sun 30, Mon 31 -> 21.  W = 44.
-- 10 leads: C1 = ceil(10 * 23/44) = ceil(5.227) = 6, C2 = 10.
check_targets(targets(10, "2027-12-01", "2028-01-31", "jaar"),
              {{"2027-12-01", "2027-12-31", 23, 6, 6},
               {"2028-01-01", "2028-01-31", 21, 4, 10}}, "by year, clipped")

-- ISO weeks, clipped to the plan: Fri 1 - Sun 3 (1 working day), Mon 4 -
-- Sun 10 (5), Mon 11 - Sun 17 (5); W = 11.  10 leads: C1 = ceil(10/11) = 1,
-- C2 = ceil(60/11) = ceil(5.45) = 6, C3 = 10.
check_targets(targets(10, "2027-01-01", "2027-01-17", "week"),
              {{"2027-01-01", "2027-01-03", 1, 1, 1},
               {"2027-01-04", "2027-01-10", 5, 5, 6},
               {"2027-01-11", "2027-01-17", 5, 4, 10}}, "by week")

-- Days Fri 1 .. Mon 4: W = 2.  5 leads: C1 = ceil(5/2) = 3, weekend days
-- add nothing, C4 = 5.
check_targets(targets(5, "2027-01-01", "2027-01-04", "day"),
              {{"2027-01-01", "2027-01-01", 1, 3, 3},
               {"2027-01-02", "2027-01-02", 0, 0, 3},
               {"2027-01-03", "2027-01-03", 0, 0, 3},
               {"2027-01-04", "2027-01-04", 1, 2, 5}}, "by day")

-- Holidays Fri Jan 1, Fri Mar 26, Mon Mar 29: months of 20, 20, 21 working
-- days, W = 61.  C1 = ceil(2000/61) = ceil(32.79) = 33, C2 = ceil(4000/61) =
-- ceil(65.57) = 66, C3 = 100.  Targets 33, 33, 34.
check_targets(targets(100, "2027-01-01", "2027-03-31", "month",
                      {holidays = {"2027-03-29", "2027-01-01", "2027-03-26"}}),
              {{"2027-01-01", "2027-01-31", 20, 33, 33},
               {"2027-02-01", "2027-02-28", 20, 33, 66},
               {"2027-03-01", "2027-03-31", 21, 34, 100}}, "with holidays")

-- Sundays only: months of 26, 24 (Sundays Feb 7, 14, 21, 28) and 27
-- (Sundays Mar 7, 14, 21, 28), W = 77.  C1 = ceil(2600/77) = ceil(33.77) =
-- 34, C2 = ceil(5000/77) = ceil(64.94) = 65, C3 = 100.
check_targets(targets(100, "2027-01-01", "2027-03-31", "month",
                      {weekend = "0000001"}),
              {{"2027-01-01", "2027-01-31", 26, 34, 34},
               {"2027-02-01", "2027-02-28", 24, 31, 65},
               {"2027-03-01", "2027-03-31", 27, 35, 100}}, "Sundays only")

-- A fractional total is rounded up overall: ceil(10.2) = 11 over the two
-- weeks of Mon 4 - Sun 17 (5 + 5): C1 = ceil(10.2 * 5/10) = ceil(5.1) = 6.
check_targets(targets(10.2, "2027-01-04", "2027-01-17", "week"),
              {{"2027-01-04", "2027-01-10", 5, 6, 6},
               {"2027-01-11", "2027-01-17", 5, 5, 11}}, "fractional total")

-- Records hold integers and ISO strings.
local rec = srm.period_targets(100, "2027-01-01", "2027-03-31", "month")[1]
for _, k in ipairs({"index", "workdays", "target", "cumulative"}) do
  T.eq(math.type(rec[k]), "integer", "record field " .. k .. " is an integer")
end
T.eq(type(rec.first), "string", "record first is a string")

-- ---------------------------------------------------------------------------
-- pace(total, done, today, finish [, opts])

local pace_cases = {
  -- Mon 4 .. Fri 8 January: R = 5.  (100 - 10) / 5 = 18 exactly.
  {100, 10, "2027-01-04", "2027-01-08", nil, 18},
  -- (100 - 11) / 5 = 17.8 -> 18.
  {100, 11, "2027-01-04", "2027-01-08", nil, 18},
  -- Nothing left, or more than enough done: 0.
  {100, 100, "2027-01-04", "2027-01-08", nil, 0},
  {100, 150, "2027-01-04", "2027-01-08", nil, 0},
  -- Nothing left and no working day left is not an error: 0.
  {10, 10, "2027-01-02", "2027-01-03", nil, 0},
  -- Today is the last working day: everything today.
  {10, 0, "2027-01-01", "2027-01-01", nil, 10},
  -- The team spreadsheet's example: 2027-05-03 (Mon) .. 2027-12-31.
  -- Working days Jan 1 .. May 2: 21 + 20 + 23 + 22 = 86, so 261 - 86 = 175
  -- remain, minus the holidays May 5, 6 and 17 = 172.  (1200 - 328) / 172 =
  -- 872 / 172 = 5.07 -> 6.
  {1200, 328, "2027-05-03", "2027-12-31", {holidays = holidays_2027}, 6},
  -- Without holidays: 872 / 175 = 4.98 -> 5.
  {1200, 328, "2027-05-03", "2027-12-31", nil, 5},
  -- Sundays only, Mon 4 .. Sun 10 January: R = 6, 90 / 6 = 15.
  {100, 10, "2027-01-04", "2027-01-10", {weekend = 11}, 15},
  -- Today as an os.date table: 2027-01-01 .. 2027-01-08 has R = 6 (Fri 1,
  -- Mon 4 - Fri 8); 100 / 6 = 16.67 -> 17.
  {100, 0, t0, "2027-01-08", nil, 17},
}
for i, c in ipairs(pace_cases) do
  T.eq(srm.pace(c[1], c[2], c[3], c[4], c[5]), c[6], "pace case " .. i)
end

-- ---------------------------------------------------------------------------
-- leads_per_sale(leads, sales [, confidence])

local lps_cases = {
  {100, 10, 10.0},                -- 100 / 10
  {{50, 50}, {4, 6}, 10.0},       -- 100 / 10
  {{30, 20, 0}, {2, 2, 1}, 10.0}, -- 50 / 5; a period without leads counts
  {7, 2, 3.5},                    -- 7 / 2
  {{1, 2}, 3, 1.0},               -- 3 / 3: every lead converted
  {{40, 60}, {3, 2}, 20.0},       -- 100 / 5
}
for i, c in ipairs(lps_cases) do
  T.eq(srm.leads_per_sale(c[1], c[2]), c[3], "leads_per_sale case " .. i)
end
T.eq(srm.leads_per_sale(100, 10, nil), 10.0, "nil confidence")

-- With confidence: 1 / q, q the (1 - c) quantile of Beta(s + 1/2,
-- n - s + 1/2).  Second method: the beta CDF by Simpson's rule after the
-- substitution x = t^2 (which removes the singularity of a = 1/2 at 0),
-- normalised by the same integral over [0, 1], and the quantile by
-- bisection.
local function beta_cdf(x, a, b)
  local function f(t)
    return 2 * t ^ (2 * a - 1) * (1 - t * t) ^ (b - 1)
  end
  local function simpson(hi, n)
    local h, sum = hi / n, f(0) + f(hi)
    for i = 1, n - 1 do
      sum = sum + f(i * h) * (i % 2 == 1 and 4 or 2)
    end
    return sum * h / 3
  end
  return simpson(math.sqrt(x), 4000) / simpson(1, 20000)
end
local function beta_quantile(p, a, b)
  local lo, hi = 0, 1
  for _ = 1, 60 do
    local mid = (lo + hi) / 2
    if beta_cdf(mid, a, b) < p then lo = mid else hi = mid end
  end
  return (lo + hi) / 2
end

local conf_cases = {
  -- leads, sales, confidence
  {100, 10, 0.9},         -- SPEC: about 14.883
  {{60, 40}, {4, 6}, 0.8},
  {40, 0, 0.9},           -- no sale yet: works with confidence
  {1000, 120, 0.95},
}
for i, c in ipairs(conf_cases) do
  local function sum(v)
    if type(v) == "number" then return v end
    local s = 0
    for _, x in ipairs(v) do s = s + x end
    return s
  end
  local n, s = sum(c[1]), sum(c[2])
  local expected = 1 / beta_quantile(1 - c[3], s + 0.5, n - s + 0.5)
  local got = srm.leads_per_sale(c[1], c[2], c[3])
  T.close(got, expected, 1e-7, "leads_per_sale with confidence case " .. i)
  T.eq(got > n / math.max(s, 1), true, "conservative: above n / s, case " .. i)
end
local spec_lps = srm.leads_per_sale(100, 10, 0.9)
T.eq(math.abs(spec_lps - 14.883) < 0.0005, true,
     "SPEC: 100 leads, 10 sales at 0.9 is about 14.883 (" .. spec_lps .. ")")

-- ---------------------------------------------------------------------------
-- Counts are integers, leads_per_sale is a float.

T.eq(math.type(srm.sales_needed(120000, 1500)), "integer", "sales integer")
T.eq(math.type(srm.leads_needed(120000, 1500, 12)), "integer",
     "leads integer")
T.eq(math.type(srm.leads_needed(120000, 1500, 12, 0.9)), "integer",
     "leads at confidence integer")
T.eq(math.type(srm.funnel_needed(120000, 1500, {2.5})[1]), "integer",
     "stage integer")
T.eq(math.type(srm.pace(100, 0, "2027-01-04", "2027-01-08")), "integer",
     "pace integer")
T.eq(math.type(srm.workdays("2027-01-04", "2027-01-08")), "integer",
     "workdays integer")
T.eq(math.type(srm.leads_per_sale(100, 10)), "float", "leads per sale float")

-- The options table and the holiday list are not modified.
local opts = {holidays = {"2027-03-29", "2027-01-01"}, weekend = 1}
srm.workdays("2027-01-01", "2027-12-31", opts)
T.eq(opts.holidays[1], "2027-03-29", "holiday list untouched")
T.eq(opts.weekend, 1, "options untouched")

T.done("test_functions")
