-- bad_input.lua - the bad-input matrix of the Lua module: every function,
-- every argument, every kind of bad value.
--
-- Each case is one line of Lua, run the way a script calls the module, and
-- either fails with exactly the message expected, or returns exactly the
-- value expected.  The messages follow SPEC section 9 and the module's
-- README: an invalid value is `bad argument #n to 'fn' (reason)`, the reason
-- being the core's message for the argument the core names (the strings
-- below are the core's messages as the header and SPEC describe them); a
-- wrong Lua type is Lua's own `T expected, got U`; a result above 2^53 and a
-- pace that can no longer be met are plain errors with the core's message.
-- The errors carry the position of the case's line, "case:1: ".  Where the
-- input turns out to be valid, the value is worked out by hand in the
-- comment next to it.
--
-- Usage: lua5.4 bad_input.lua   (LUA_CPATH naming the module to test)

local T = require("testlib")
local srm = require("salesroadmap")

-- ---- messages -----------------------------------------------------------

local M = {
  goal_finite = "goal must be a finite number",
  goal_neg = "goal must be >= 0",
  deal_finite = "deal value must be a finite number",
  deal_pos = "deal value must be > 0",
  lps_finite = "leads per sale must be a finite number",
  lps = "leads per sale must be >= 1 (a conversion rate of 20% is 5 leads " ..
        "per sale)",
  conf = "confidence must be > 0 and < 1",
  no_ratio = "funnel needs at least one ratio",
  ratio_finite = "each funnel ratio must be a finite number",
  ratio = "each funnel ratio must be >= 1 (a conversion rate of 25% is a " ..
          "ratio of 4)",
  total = "total must be a finite number >= 0",
  done = "done must be a finite number >= 0",
  form = "date must be written YYYY-MM-DD",
  range = "date must be between 1583-01-01 and 9999-12-31",
  no_date = "no such date",
  after = "start is after end",
  period = "period must be day, week, month, quarter or year",
  weekend = "weekend must be 1-7, 11-17 or a 7-character string of 0 and 1 " ..
            "starting Monday",
  all_weekend = "weekend leaves no working day",
  no_plan_day = "the plan has no working day",
  unreachable = "no working day is left between today and end",
  too_large = "result is too large to represent exactly (above 2^53)",
  no_leads = "no leads in the history",
  no_sale = "no sale in the history yet: nothing to learn from; give a " ..
            "confidence",
  more_sales = "more sales than leads in the history",
  leads_finite = "every leads entry must be a finite number",
  leads_neg = "every leads entry must be >= 0",
  sales_finite = "every sales entry must be a finite number",
  sales_neg = "every sales entry must be >= 0",
  lps_too_large = "leads per sale is too large to represent",
  leads_sum = "the leads add up to more than a double can hold",
}

local function bad(n, fn, reason)
  return ("bad argument #%d to '%s' (%s)"):format(n, fn, reason)
end

local function expected(kind, n)
  return ("%s expected, got %s"):format(kind, n)
end

-- `got` arguments where `max` are allowed: reported at the first extra one.
local function extra(got, fn, max)
  return bad(max + 1, fn, ("no more than %d argument%s expected, got %d")
             :format(max, max == 1 and "" or "s", got))
end

-- ---- data the cases refer to as D.name -----------------------------------

-- Dates are made by the C library's gmtime (os.date), not by the module:
-- 2027-01-01 00:00 UTC is 1798761600 s after the epoch (57 years of 365
-- days and 14 leap days, 20819 days of 86400 s).
local JAN1_2027 = 1798761600
local function iso(day_offset)
  return os.date("!%Y-%m-%d", JAN1_2027 + day_offset * 86400)
end

local N = 100000
local D = {dup = {}, from_jan = {}, from_apr = {}, bad_last = {},
           text_inside = {}}
for i = 1, N do
  D.dup[i] = "2027-01-01"
  D.from_jan[i] = iso(i - 1)  -- 2027-01-01 and the 99,999 days after it
  D.from_apr[i] = iso(89 + i) -- from 2027-04-01 (day 90 of 2027) on
  D.bad_last[i] = "2027-01-01"
  D.text_inside[i] = iso(i - 1)
end
D.bad_last[N] = "2027-02-30"
D.text_inside[N // 2] = 20270101 -- a number where a date belongs
assert(D.from_jan[1] == "2027-01-01" and D.from_jan[2] == "2027-01-02" and
       D.from_apr[1] == "2027-04-01")
D.os_date = os.date("!*t", JAN1_2027) -- {year=2027, month=1, day=1, ...}
assert(D.os_date.year == 2027 and D.os_date.month == 1 and D.os_date.day == 1)

-- ---- the runner ----------------------------------------------------------

local cases, failures = 0, 0

local function show(v)
  if type(v) == "string" then return ("%q"):format(v) end
  if math.type(v) == "float" then return ("%.17g (float)"):format(v) end
  if type(v) == "table" then
    local parts = {}
    for i = 1, math.min(#v, 8) do parts[i] = show(v[i]) end
    return "{" .. table.concat(parts, ", ") .. (#v > 8 and ", ..." or "") ..
           "} (" .. #v .. " items)"
  end
  return tostring(v)
end

local function same(a, b)
  if type(a) == "table" and type(b) == "table" then
    if #a ~= #b then return false end
    for i = 1, #b do
      if not same(a[i], b[i]) then return false end
    end
    return true
  end
  return a == b and math.type(a) == math.type(b)
end

-- Runs `code` and compares with `want`: a string is the error expected
-- (without the "case:1: " position), a table {value} the result, a table
-- {check = fn} a predicate on the result.
local function outcome(code, want)
  local chunk = assert(load("local srm, D = ...; local r = " .. code ..
                            "; return r", "=case"))
  local ok, r = pcall(chunk, srm, D)
  if type(want) == "string" then
    if ok then
      return false, "no error; returned " .. show(r)
    elseif r ~= "case:1: " .. want then
      return false, "error " .. show(r)
    end
    return true
  end
  if not ok then return false, "error " .. show(r) end
  if want.check then
    local good, why = want.check(r)
    return good, why or ("returned " .. show(r))
  end
  if not same(r, want[1]) then
    return false, "returned " .. show(r) .. ", expected " .. show(want[1])
  end
  return true
end

local function case(code, want)
  cases = cases + 1
  local ok, why = outcome(code, want)
  if not ok then
    failures = failures + 1
    io.stderr:write(("FAIL %s\n  want %s\n  got  %s\n"):format(
      code, type(want) == "string" and show("case:1: " .. want) or
      (want.check and "(predicate)" or show(want[1])), why))
  end
end

local function value(v) return {v} end
local function check(fn) return {check = fn} end

-- Applies `template` (with one %s) to every {argument code, expectation}.
local function family(template, rows)
  for _, row in ipairs(rows) do
    case(template:format(row[1]), row[2])
  end
end

local function targets_of(list)
  local t = {}
  for i, p in ipairs(list) do t[i] = p.target end
  return t
end

local function targets(want)
  return check(function(r)
    return same(targets_of(r), want), "targets " .. show(targets_of(r))
  end)
end

-- A plan whose targets number `count` and add up to `total`.
local function spread(count, total)
  return check(function(r)
    local sum = 0
    for _, p in ipairs(r) do sum = sum + p.target end
    return #r == count and sum == total,
           ("%d periods adding up to %s"):format(#r, show(sum))
  end)
end

local BELOW1 = "(1 - 2^-53)" -- the double just below 1

-- ---- sales_needed(goal, deal_value) --------------------------------------

local function goal_rows(fn, n, valid)
  -- `valid` gives the results of the valid goals: 0, 1e-308, BELOW1, -0.0
  return {
    {"-1", bad(n, fn, M.goal_neg)},
    {"-1e-308", bad(n, fn, M.goal_neg)},
    {"0", valid.zero},
    {"-0.0", valid.zero}, -- -0 is not below 0: a zero goal
    {"0/0", bad(n, fn, M.goal_finite)},
    {"-(0/0)", bad(n, fn, M.goal_finite)},
    {"math.huge", bad(n, fn, M.goal_finite)},
    {"-math.huge", bad(n, fn, M.goal_finite)},
    {"1e308", valid.huge or M.too_large},
    {"1e-308", valid.tiny},
    {BELOW1, valid.tiny}, -- any goal in (0, 1] over 1500 needs one sale
    {"'abc'", bad(n, fn, expected("number", "string"))},
    {"'nan'", bad(n, fn, expected("number", "string"))}, -- not a Lua number
    {"'inf'", bad(n, fn, expected("number", "string"))},
    {"''", bad(n, fn, expected("number", "string"))},
    {"{}", bad(n, fn, expected("number", "table"))},
    {"{120000}", bad(n, fn, expected("number", "table"))},
    {"true", bad(n, fn, expected("number", "boolean"))},
    {"nil", bad(n, fn, expected("number", "nil"))},
    {"print", bad(n, fn, expected("number", "function"))},
  }
end

local function deal_rows(fn, n, valid)
  return {
    {"-1", bad(n, fn, M.deal_pos)},
    {"0", bad(n, fn, M.deal_pos)},
    {"-0.0", bad(n, fn, M.deal_pos)},
    {"0/0", bad(n, fn, M.deal_finite)},
    {"math.huge", bad(n, fn, M.deal_finite)},
    {"-math.huge", bad(n, fn, M.deal_finite)},
    {"1e308", valid.huge},
    -- 120000 / 1e-308 overflows: far above 2^53
    {"1e-308", M.too_large},
    {BELOW1, valid.below1},
    {"'abc'", bad(n, fn, expected("number", "string"))},
    {"{}", bad(n, fn, expected("number", "table"))},
    {"true", bad(n, fn, expected("number", "boolean"))},
    {"nil", bad(n, fn, expected("number", "nil"))},
  }
end

-- 120000 / 1500 = 80 sales.  A goal of 1e308 is 6.7e304 sales; a deal
-- value of 1e308 gives 1.2e-303, rounded up to 1 sale.  A deal value of
-- 1 - 2^-53: 120000 / (1 - 2^-53) = 120000 + 1.3e-11, stored as 120000 +
-- 2^-36 (the nearest double), and the approximate ceiling (15 significant
-- digits first) gives 120000, not 120001.
family("srm.sales_needed(%s, 1500)", goal_rows("sales_needed", 1,
       {zero = value(0), tiny = value(1)}))
family("srm.sales_needed(120000, %s)", deal_rows("sales_needed", 2,
       {huge = value(1), below1 = value(120000)}))
case("srm.sales_needed('120000', '1500')", value(80)) -- Lua's number strings
case("srm.sales_needed(' 0x10 ', 1)", value(16))
case("srm.sales_needed()", bad(1, "sales_needed", expected("number",
                                                            "no value")))
case("srm.sales_needed(120000)", bad(2, "sales_needed",
                                     expected("number", "no value")))
case("srm.sales_needed(120000, 1500, nil)", extra(3, "sales_needed", 2))
case("srm.sales_needed(120000, 1500, 12, 0.9)", extra(4, "sales_needed", 2))
case("srm.sales_needed(2^53, 1)", value(math.tointeger(2^53)))  -- exactly 2^53: fine
case("srm.sales_needed(2^53 + 2, 1)", M.too_large)   -- the next double

-- ---- leads_needed(goal, deal_value, leads_per_sale [, confidence]) -------

-- 80 sales * 12 = 960 leads.  Goals of 1e-308 and just below 1 need 1
-- sale, 12 leads; a deal value of 1e308 gives 1 sale, 12 leads; a deal value
-- just below 1 gives 120000 sales (above), 1,440,000 leads.
family("srm.leads_needed(%s, 1500, 12)", goal_rows("leads_needed", 1,
       {zero = value(0), tiny = value(12)}))
family("srm.leads_needed(120000, %s, 12)", deal_rows("leads_needed", 2,
       {huge = value(12), below1 = value(1440000)}))
family("srm.leads_needed(120000, 1500, %s)", {
  {"-1", bad(3, "leads_needed", M.lps)},
  {"0", bad(3, "leads_needed", M.lps)},
  {"0.2", bad(3, "leads_needed", M.lps)}, -- a rate of 20%: say 5
  {"1e-308", bad(3, "leads_needed", M.lps)},
  {BELOW1, bad(3, "leads_needed", M.lps)},
  {"1", value(80)},                           -- every lead a sale
  {"0/0", bad(3, "leads_needed", M.lps_finite)},
  {"math.huge", bad(3, "leads_needed", M.lps_finite)},
  {"-math.huge", bad(3, "leads_needed", M.lps_finite)},
  {"1e308", M.too_large},                     -- 80 * 1e308 overflows
  {"'abc'", bad(3, "leads_needed", expected("number", "string"))},
  {"'20%'", bad(3, "leads_needed", expected("number", "string"))},
  {"{}", bad(3, "leads_needed", expected("number", "table"))},
  {"nil", bad(3, "leads_needed", expected("number", "nil"))},
  {"false", bad(3, "leads_needed", expected("number", "boolean"))},
})
family("srm.leads_needed(120000, 1500, 12, %s)", {
  {"-1", bad(4, "leads_needed", M.conf)},
  {"0", bad(4, "leads_needed", M.conf)},
  {"1", bad(4, "leads_needed", M.conf)},
  {"1.5", bad(4, "leads_needed", M.conf)},
  {"90", bad(4, "leads_needed", M.conf)}, -- a percentage
  {"0/0", bad(4, "leads_needed", M.conf)},
  {"math.huge", bad(4, "leads_needed", M.conf)},
  {"-math.huge", bad(4, "leads_needed", M.conf)},
  {"1e308", bad(4, "leads_needed", M.conf)},
  -- L = 80 already reaches 80 sales with P = (1/12)^80 = 10^-86.3 >= c.
  {"1e-308", value(80)},
  {"0.9", value(1094)},                      -- SPEC section 4
  {"nil", value(960)},                       -- nil: no confidence
  {"'abc'", bad(4, "leads_needed", expected("number", "string"))},
  {"'90%'", bad(4, "leads_needed", expected("number", "string"))},
  {"{}", bad(4, "leads_needed", expected("number", "table"))},
  {"true", bad(4, "leads_needed", expected("number", "boolean"))},
})
-- A rate below 1 is reported before the confidence is looked at.
case("srm.leads_needed(120000, 1500, " .. BELOW1 .. ", 1.5)",
     bad(3, "leads_needed", M.lps))
case("srm.leads_needed(120000, 1500, 1, 0.9)", value(80)) -- p = 1 gives S
-- 2 sales at 2 leads per sale with c = 1 - 2^-53: P[Bin(L, 1/2) >= 2] =
-- 1 - (L + 1) / 2^L >= 1 - 2^-53 needs (L + 1) / 2^L <= 2^-53: L = 59
-- (60 / 2^59 = 2^-53 * 60/64), not 58 (59 / 2^58 = 2^-53 * 59/32).
case("srm.leads_needed(2, 1, 2, " .. BELOW1 .. ")", value(59))
case("srm.leads_needed(120000, 1500)", bad(3, "leads_needed",
                                           expected("number", "no value")))
case("srm.leads_needed(120000, 1500, 12, 0.9, 1)",
     extra(5, "leads_needed", 4))
case("srm.leads_needed(120000, 1500, 12, nil, nil)",
     extra(5, "leads_needed", 4))

-- ---- funnel_needed(goal, deal_value, ratios) ------------------------------

-- SPEC section 5: {9600, 3840, 960, 80}.  One sale: 1 * 12 = 12 leads,
-- 12 * 4 = 48, 48 * 2.5 = 120 at the top.
local FUNNEL = "{2.5, 4, 12}"
family("srm.funnel_needed(%s, 1500, " .. FUNNEL .. ")",
       goal_rows("funnel_needed", 1, {zero = value({0, 0, 0, 0}),
                                      tiny = value({120, 48, 12, 1})}))
-- A deal value just below 1: 120000 sales, 1,440,000 leads, 5,760,000,
-- 14,400,000 at the top.
family("srm.funnel_needed(120000, %s, " .. FUNNEL .. ")",
       deal_rows("funnel_needed", 2, {huge = value({120, 48, 12, 1}),
                 below1 = value({14400000, 5760000, 1440000, 120000})}))
family("srm.funnel_needed(120000, 1500, %s)", {
  {"{}", bad(3, "funnel_needed", M.no_ratio)},
  {"{x = 2}", bad(3, "funnel_needed", M.no_ratio)}, -- no sequence part
  {"{-1}", bad(3, "funnel_needed", M.ratio)},
  {"{0}", bad(3, "funnel_needed", M.ratio)},
  {"{1e-308}", bad(3, "funnel_needed", M.ratio)},
  {"{" .. BELOW1 .. "}", bad(3, "funnel_needed", M.ratio)},
  {"{2.5, 4, " .. BELOW1 .. "}", bad(3, "funnel_needed", M.ratio)},
  {"{0/0}", bad(3, "funnel_needed", M.ratio_finite)},
  {"{2.5, math.huge}", bad(3, "funnel_needed", M.ratio_finite)},
  {"{-math.huge}", bad(3, "funnel_needed", M.ratio_finite)},
  {"{1e308}", M.too_large},   -- 80 * 1e308 overflows
  {"{1e308, 1}", M.too_large},
  {"{1}", value({80, 80})},   -- one stage of 1: every lead a sale
  {"{12}", value({960, 80})}, -- one stage equals leads_needed
  {"{'abc'}", bad(3, "funnel_needed", "ratios[1]: " ..
                  expected("number", "string"))},
  {"{2.5, '4', 12}", bad(3, "funnel_needed", "ratios[2]: " ..
                         expected("number", "string"))},
  {"{2.5, {}, 12}", bad(3, "funnel_needed", "ratios[2]: " ..
                        expected("number", "table"))},
  {"{2.5, 4, true}", bad(3, "funnel_needed", "ratios[3]: " ..
                         expected("number", "boolean"))},
  {"{2.5, nil, 12}", bad(3, "funnel_needed", "ratios[2]: " ..
                         expected("number", "nil"))},
  {"12", bad(3, "funnel_needed", expected("table", "number"))},
  {"'2.5;4;12'", bad(3, "funnel_needed", expected("table", "string"))},
  {"nil", bad(3, "funnel_needed", expected("table", "nil"))},
})
case("srm.funnel_needed(120000, 1500)",
     bad(3, "funnel_needed", expected("table", "no value")))
case("srm.funnel_needed(120000, 1500, {12}, 2)",
     extra(4, "funnel_needed", 3))

-- ---- dates, shared by period_targets, pace, workdays and plan -------------

-- Bad values for a date argument at position n of fn.
local function date_rows(fn, n)
  return {
    {"'1582-12-31'", bad(n, fn, M.range)},
    {"'1000-06-15'", bad(n, fn, M.range)},
    {"'0000-01-01'", bad(n, fn, M.range)},
    {"'10000-01-01'", bad(n, fn, M.form)}, -- five digits: not YYYY-MM-DD
    {"'2027-1-1'", bad(n, fn, M.form)},
    {"'2027/01/01'", bad(n, fn, M.form)},
    {"'01-01-2027'", bad(n, fn, M.form)},
    {"'2027-01-01T00:00'", bad(n, fn, M.form)},
    {"' 2027-01-01'", bad(n, fn, M.form)},
    {"'2027-01-01 '", bad(n, fn, M.form)},
    {"'+027-01-01'", bad(n, fn, M.form)},
    {"'-100-01-01'", bad(n, fn, M.form)},
    {"'2027-01-0a'", bad(n, fn, M.form)},
    {"'2027-01-0\\0'", bad(n, fn, M.form)}, -- an embedded NUL
    {"''", bad(n, fn, M.form)},
    {"'2027-02-29'", bad(n, fn, M.no_date)}, -- 2027 is no leap year
    {"'2100-02-29'", bad(n, fn, M.no_date)}, -- nor is 2100
    {"'2027-13-01'", bad(n, fn, M.no_date)},
    {"'2027-00-10'", bad(n, fn, M.no_date)},
    {"'2027-01-00'", bad(n, fn, M.no_date)},
    {"'2027-04-31'", bad(n, fn, M.no_date)},
    {"20270101", bad(n, fn, expected("date string or table", "number"))},
    {"true", bad(n, fn, expected("date string or table", "boolean"))},
    {"nil", bad(n, fn, expected("date string or table", "nil"))},
    -- os.date("*t")-style tables with bad fields
    {"{}", bad(n, fn, "field 'year' missing in date table")},
    {"{year = 2027, month = 1}", bad(n, fn,
                                     "field 'day' missing in date table")},
    {"{year = 2027, day = 1}", bad(n, fn,
                                   "field 'month' missing in date table")},
    {"{year = 2027.5, month = 1, day = 1}",
     bad(n, fn, "field 'year' in date table is not an integer")},
    {"{year = 2027, month = '1', day = 1}",
     bad(n, fn, "field 'month' in date table is not an integer")},
    {"{year = 2027, month = 1, day = 0/0}",
     bad(n, fn, "field 'day' in date table is not an integer")},
    {"{year = 2027, month = 1, day = math.huge}",
     bad(n, fn, "field 'day' in date table is not an integer")},
    {"{year = 1e308, month = 1, day = 1}",
     bad(n, fn, "field 'year' in date table is not an integer")},
    {"{year = 2027, month = 13, day = 1}", bad(n, fn, M.no_date)},
    {"{year = 2027, month = 0, day = 1}", bad(n, fn, M.no_date)},
    {"{year = 2027, month = 1, day = 32}", bad(n, fn, M.no_date)},
    {"{year = 2027, month = 1, day = -1}", bad(n, fn, M.no_date)},
    {"{year = 1582, month = 12, day = 31}", bad(n, fn, M.range)},
    {"{year = 10000, month = 1, day = 1}", bad(n, fn, M.range)},
    {"{year = math.mininteger, month = 1, day = 1}", bad(n, fn, M.range)},
    {"{year = math.maxinteger, month = 1, day = 1}", bad(n, fn, M.range)},
    {"{year = 2027, month = math.maxinteger, day = 1}",
     bad(n, fn, M.no_date)},
  }
end

-- Bad values for an options table {holidays=, weekend=} at position n.
local function option_rows(fn, n)
  local rows = {
    {"1", bad(n, fn, expected("table", "number"))},
    {"'0000011'", bad(n, fn, expected("table", "string"))},
    {"true", bad(n, fn, expected("table", "boolean"))},
    {"{holiday = {}}", bad(n, fn, "unknown option 'holiday'")},
    {"{Weekend = 1}", bad(n, fn, "unknown option 'Weekend'")},
    {"{weekend = 1, extra = true}", bad(n, fn, "unknown option 'extra'")},
    {"{'2027-01-01'}", bad(n, fn, "option names must be strings, got " ..
                           "number")},
    {"{[true] = 1}", bad(n, fn, "option names must be strings, got " ..
                         "boolean")},
    {"{weekend = true}", bad(n, fn, "option 'weekend': number or string " ..
                             "expected, got boolean")},
    {"{weekend = {}}", bad(n, fn, "option 'weekend': number or string " ..
                           "expected, got table")},
    {"{holidays = '2027-01-01'}", bad(n, fn, "option 'holidays': table " ..
                                      "expected, got string")},
    {"{holidays = 46388}", bad(n, fn, "option 'holidays': table expected, " ..
                               "got number")},
    -- wrong things inside the holiday list
    {"{holidays = {20270101}}",
     bad(n, fn, "holidays[1]: date string or table expected, got number")},
    {"{holidays = {'2027-01-01', 'abc'}}",
     bad(n, fn, "holidays[2]: " .. M.form)},
    {"{holidays = {'2027-01-01', true}}",
     bad(n, fn, "holidays[2]: date string or table expected, got boolean")},
    {"{holidays = {'1582-12-31'}}", bad(n, fn, "holidays[1]: " .. M.range)},
    {"{holidays = {'10000-01-01'}}", bad(n, fn, "holidays[1]: " .. M.form)},
    {"{holidays = {'2027-02-29'}}", bad(n, fn, "holidays[1]: " ..
                                        M.no_date)},
    {"{holidays = {{year = 2027, day = 1}}}",
     bad(n, fn, "holidays[1]: field 'month' missing in date table")},
    {"{holidays = {'2027-01-01', {}}}",
     bad(n, fn, "holidays[2]: field 'year' missing in date table")},
    {"{holidays = {'2027-01-01', nil, '2027-01-02'}}",
     bad(n, fn, "holidays[2]: date string or table expected, got nil")},
    -- 100,000 holidays, the last one no date / a number half-way
    {"{holidays = D.bad_last}", bad(n, fn, "holidays[100000]: " ..
                                    M.no_date)},
    {"{holidays = D.text_inside}",
     bad(n, fn, "holidays[50000]: date string or table expected, got " ..
         "number")},
    {"{weekend = '1111111'}", bad(n, fn, M.all_weekend)},
  }
  -- weekends that are no NETWORKDAYS.INTL code or string
  for _, w in ipairs{"0", "-1", "8", "9", "10", "18", "1.5", "0/0",
                     "math.huge", "-math.huge", "1e308", "1e-308",
                     "11 + 2^-40", "'000011'", "'00000111'", "''", "'1'",
                     "'0000021'", "'000001a'", "'00000 1'", "'OOOOO11'",
                     "'0000011\\0'", "'00000-1'", "' 0000011'"} do
    rows[#rows + 1] = {"{weekend = " .. w .. "}", bad(n, fn, M.weekend)}
  end
  return rows
end

-- ---- period_targets(total, start, finish, period [, opts]) ---------------

-- Jan-Mar 2027, Sat+Sun weekend: 21 + 20 + 23 = 64 working days (Jan 1
-- is a Friday); 100 leads give C = ceil(32.8) = 33, ceil(64.06) = 65, 100:
-- targets 33, 32, 35 (SPEC section 6).
local Q1 = "'2027-01-01', '2027-03-31', 'month'"
local PT = "period_targets"
family("srm.period_targets(%s, " .. Q1 .. ")", {
  {"-1", bad(1, PT, M.total)},
  {"-1e-308", bad(1, PT, M.total)},
  {"0", targets({0, 0, 0})},
  {"0/0", bad(1, PT, M.total)},
  {"math.huge", bad(1, PT, M.total)},
  {"-math.huge", bad(1, PT, M.total)},
  {"1e308", M.too_large},
  -- ceil of any amount in (0, 1] is 1, all of it in the first period
  {"1e-308", targets({1, 0, 0})},
  {BELOW1, targets({1, 0, 0})},
  {"'abc'", bad(1, PT, expected("number", "string"))},
  {"{}", bad(1, PT, expected("number", "table"))},
  {"nil", bad(1, PT, expected("number", "nil"))},
})
family("srm.period_targets(100, %s, '2027-03-31', 'month')",
       date_rows(PT, 2))
family("srm.period_targets(100, '2027-01-01', %s, 'month')",
       date_rows(PT, 3))
family("srm.period_targets(100, %s, '2027-03-31', 'month')", {
  {"'2027-04-01'", bad(2, PT, M.after)},
  {"'9999-12-31'", bad(2, PT, M.after)},
  -- os.date tables: the other fields (hour, wday, yday, isdst) are ignored
  {"D.os_date", targets({33, 32, 35})},
  {"{year = 2027, month = 1, day = 1, hour = 'x', wday = 9, isdst = 'no'}",
   targets({33, 32, 35})},
  {"{year = 2027, month = 1.0, day = 1}", targets({33, 32, 35})},
  -- 1583-01 to 2027-03: (2027 * 12 + 3) - (1583 * 12 + 1) + 1 = 5331
  -- months, adding up to 100
  {"'1583-01-01'", spread(5331, 100)},
})
-- 2027 to 9999 by year: 9999 - 2027 + 1 = 7973 years, adding up to 100.
case("srm.period_targets(100, '2027-01-01', '9999-12-31', 'year')",
     spread(7973, 100))
family("srm.period_targets(100, '2027-01-01', '2027-03-31', %s)", {
  {"'fortnight'", bad(4, PT, M.period)},
  {"''", bad(4, PT, M.period)},
  {"'mon'", bad(4, PT, M.period)},
  {"'month '", bad(4, PT, M.period)},
  {"'month\\0'", bad(4, PT, M.period)},
  {"'maanden'", bad(4, PT, M.period)},
  {"1", bad(4, PT, M.period)}, -- a number is taken as the string "1"
  {"'MONTH'", targets({33, 32, 35})},
  {"'Maand'", targets({33, 32, 35})},
  {"'kwartaal'", targets({100})},
  {"{}", bad(4, PT, expected("string", "table"))},
  {"true", bad(4, PT, expected("string", "boolean"))},
  {"nil", bad(4, PT, expected("string", "nil"))},
})
case("srm.period_targets(100, '2027-01-01', '2027-03-31')",
     bad(4, PT, expected("string", "no value")))
family("srm.period_targets(100, " .. Q1 .. ", %s)", option_rows(PT, 5))
family("srm.period_targets(100, " .. Q1 .. ", %s)", {
  {"{}", targets({33, 32, 35})},
  {"nil", targets({33, 32, 35})},
  {"{weekend = 1}", targets({33, 32, 35})},
  {"{weekend = 1.0}", targets({33, 32, 35})},
  {"{weekend = '0000011'}", targets({33, 32, 35})},
  -- 100,000 times 2027-01-01: Jan has 20 working days, W = 63:
  -- C1 = ceil(2000 / 63) = ceil(31.7) = 32, C2 = ceil(4000 / 63) =
  -- ceil(63.5) = 64, C3 = 100: 32, 32, 36.
  {"{holidays = D.dup}", targets({32, 32, 36})},
  -- 100,000 holidays all after the plan: nothing changes
  {"{holidays = D.from_apr}", targets({33, 32, 35})},
  -- every day of the plan a holiday: no working day
  {"{holidays = D.from_jan}", bad(2, PT, M.no_plan_day)},
  -- a weekend every day but Sunday: Jan-Mar 2027 has 5 + 4 + 4 = 13
  -- Sundays: C1 = ceil(500 / 13) = 39, C2 = ceil(900 / 13) = 70, 100.
  {"{weekend = '1111110'}", targets({39, 31, 30})},
})
case("srm.period_targets(100, " .. Q1 .. ", {}, 1)", extra(6, PT, 5))
case("srm.period_targets(100, " .. Q1 .. ", nil, nil)", extra(6, PT, 5))

-- ---- pace(total, done, today, finish [, opts]) -----------------------------

-- Jan 2027 from Friday the 1st: 21 working days; (100 - 10) / 21 = 4.3,
-- 5 per day.
local JAN = "'2027-01-01', '2027-01-31'"
family("srm.pace(%s, 10, " .. JAN .. ")", {
  {"-1", bad(1, "pace", M.total)},
  {"0", value(0)},                 -- nothing left to do
  {"0/0", bad(1, "pace", M.total)},
  {"math.huge", bad(1, "pace", M.total)},
  {"-math.huge", bad(1, "pace", M.total)},
  {"1e308", M.too_large},          -- (1e308 - 10) / 21 far above 2^53
  {"1e-308", value(0)},            -- less than the 10 done
  {BELOW1, value(0)},
  {"'abc'", bad(1, "pace", expected("number", "string"))},
  {"{}", bad(1, "pace", expected("number", "table"))},
  {"nil", bad(1, "pace", expected("number", "nil"))},
})
family("srm.pace(100, %s, " .. JAN .. ")", {
  {"-1", bad(2, "pace", M.done)},
  {"-1e-308", bad(2, "pace", M.done)},
  {"0", value(5)},                 -- 100 / 21 = 4.8
  {"0/0", bad(2, "pace", M.done)},
  {"math.huge", bad(2, "pace", M.done)},
  {"-math.huge", bad(2, "pace", M.done)},
  {"1e308", value(0)},             -- far more than the total: done
  {"1e-308", value(5)},            -- 100 - 1e-308 = 100 in doubles
  {BELOW1, value(5)},              -- 99.000...01 / 21 = 4.7
  {"100", value(0)},
  {"'abc'", bad(2, "pace", expected("number", "string"))},
  {"{}", bad(2, "pace", expected("number", "table"))},
  {"nil", bad(2, "pace", expected("number", "nil"))},
})
family("srm.pace(100, 10, %s, '2027-01-31')", date_rows("pace", 3))
family("srm.pace(100, 10, '2027-01-01', %s)", date_rows("pace", 4))
family("srm.pace(100, 10, %s, '2027-01-31')", {
  {"'2027-02-01'", M.unreachable},  -- today after the end
  {"'9999-12-31'", M.unreachable},
  {"'2027-01-30'", M.unreachable},  -- only Sat 30 and Sun 31 left
  {"D.os_date", value(5)},
  -- from 1583 on there are far more than 90 working days: 1 per day
  {"'1583-01-01'", value(1)},
})
case("srm.pace(100, 10, '2027-01-01', '9999-12-31')", value(1))
family("srm.pace(100, 10, " .. JAN .. ", %s)", option_rows("pace", 5))
family("srm.pace(100, 10, " .. JAN .. ", %s)", {
  {"{}", value(5)},
  -- Sunday only: 31 - 5 Sundays = 26 days, 90 / 26 = 3.5
  {"{weekend = 11}", value(4)},
  -- only Sundays work: 5 days, 90 / 5 = 18
  {"{weekend = '1111110'}", value(18)},
  -- 2027-01-01 100,000 times: 20 days, 90 / 20 = 4.5
  {"{holidays = D.dup}", value(5)},
  {"{holidays = D.from_apr}", value(5)},
  -- every day a holiday: work remains, no day left
  {"{holidays = D.from_jan}", M.unreachable},
})
case("srm.pace(100, 10, " .. JAN .. ", {}, 1)", extra(6, "pace", 5))
case("srm.pace(100, 10, '2027-01-01')",
     bad(4, "pace", expected("date string or table", "no value")))

-- ---- leads_per_sale(leads, sales [, confidence]) ---------------------------

local LPS = "leads_per_sale"
family("srm.leads_per_sale(%s, 10)", {
  {"-1", bad(1, LPS, M.leads_neg)},
  {"0", bad(1, LPS, M.no_leads)},
  {"0/0", bad(1, LPS, M.leads_finite)},
  {"math.huge", bad(1, LPS, M.leads_finite)},
  {"-math.huge", bad(1, LPS, M.leads_finite)},
  {"1e308", value(1e307)},         -- 1e308 / 10, unrounded
  {"1e-308", bad(2, LPS, M.more_sales)},
  {BELOW1, bad(2, LPS, M.more_sales)},
  {"10", value(1.0)},
  {"{}", bad(1, LPS, M.no_leads)}, -- an empty history
  {"{60, 40}", value(10.0)},
  {"{60, -1}", bad(1, LPS, M.leads_neg)},
  {"{60, 0/0}", bad(1, LPS, M.leads_finite)},
  {"{1e308, 1e308}", M.leads_sum},
  {"{'100'}", bad(1, LPS, "leads[1]: " .. expected("number", "string"))},
  {"{60, {}, 40}", bad(1, LPS, "leads[2]: " .. expected("number", "table"))},
  {"{60, nil, 40}", bad(1, LPS, "leads[2]: " .. expected("number", "nil"))},
  {"'100'", value(10.0)},          -- Lua's number strings
  {"'abc'", bad(1, LPS, expected("number or table", "string"))},
  {"true", bad(1, LPS, expected("number or table", "boolean"))},
  {"nil", bad(1, LPS, expected("number or table", "nil"))},
})
family("srm.leads_per_sale(100, %s)", {
  {"-1", bad(2, LPS, M.sales_neg)},
  {"0", bad(2, LPS, M.no_sale)},
  {"{}", bad(2, LPS, M.no_sale)},
  {"0/0", bad(2, LPS, M.sales_finite)},
  {"math.huge", bad(2, LPS, M.sales_finite)},
  {"-math.huge", bad(2, LPS, M.sales_finite)},
  {"1e308", bad(2, LPS, M.more_sales)},
  {"1e-308", M.lps_too_large},     -- 100 / 1e-308 overflows
  -- 100 / (1 - 2^-53) = 100 + 1.1e-14, nearest double 100 + 2^-46
  {BELOW1, value(100 + 2^-46)},
  {"{4, 6}", value(10.0)},
  {"{4, 'x'}", bad(2, LPS, "sales[2]: " .. expected("number", "string"))},
  {"{4, true}", bad(2, LPS, "sales[2]: " .. expected("number", "boolean"))},
  {"'abc'", bad(2, LPS, expected("number or table", "string"))},
  {"nil", bad(2, LPS, expected("number or table", "nil"))},
})
family("srm.leads_per_sale(100, 10, %s)", {
  {"-1", bad(3, LPS, M.conf)},
  {"0", bad(3, LPS, M.conf)},
  {"1", bad(3, LPS, M.conf)},
  {"1.5", bad(3, LPS, M.conf)},
  {"0/0", bad(3, LPS, M.conf)},
  {"math.huge", bad(3, LPS, M.conf)},
  {"-math.huge", bad(3, LPS, M.conf)},
  {"1e308", bad(3, LPS, M.conf)},
  {"nil", value(10.0)},
  {"'abc'", bad(3, LPS, expected("number", "string"))},
  {"{}", bad(3, LPS, expected("number", "table"))},
  {"true", bad(3, LPS, expected("number", "boolean"))},
  -- The 10% quantile of Beta(10.5, 90.5), about 14.883 (SPEC section 8);
  -- 1 / q computed with mpmath (60 digits, bisection on the regularized
  -- incomplete beta): 14.883 and, for c = 1e-6, 3.3608667408054689.
  {"0.9", check(function(r)
    return math.abs(r - 14.883) < 5e-4
  end)},
  {"1e-6", check(function(r)
    return math.abs(r / 3.3608667408054689 - 1) < 1e-9
  end)},
})
-- A confidence with no sale yet is allowed; below 1 leads per sale it
-- never goes.
case("srm.leads_per_sale(20, 0, 0.8)", check(function(r) return r > 20 end))
case("srm.leads_per_sale(10, 20, 0.9)", bad(2, LPS, M.more_sales))
case("srm.leads_per_sale(100)", bad(2, LPS, expected("number or table",
                                                     "no value")))
case("srm.leads_per_sale(100, 10, 0.9, 1)", extra(4, LPS, 3))
-- The same quantile for tiny confidences, where 1 - c rounds to 1
-- (c < 1.1e-16) or loses most of c's digits: the core must work with c
-- itself.  For these the reference is mpmath (60 digits) bisecting on the
-- lower tail of the mirrored Beta(90.5, 10.5) at 1 - q: the upper tail
-- computed as 1 - I at 60 digits is 0 below 1e-60 and gave 1.1663 for
-- 1e-308, where the right value is 1.000285610643916789.
case("srm.leads_per_sale(100, 10, 1e-308)", check(function(r)
  return math.abs(r / 1.0002856106439167892 - 1) < 1e-9
end))
case("srm.leads_per_sale(100, 10, 1e-17)", check(function(r)
  return math.abs(r / 2.0167347718539296688 - 1) < 1e-9
end))
case("srm.leads_per_sale(100, 10, 1e-12)", check(function(r)
  return math.abs(r / 2.3965069393984357 - 1) < 1e-9
end))

-- ---- workdays(start, finish [, opts]) -------------------------------------

family("srm.workdays(%s, '2027-01-31')", date_rows("workdays", 1))
family("srm.workdays('2027-01-01', %s)", date_rows("workdays", 2))
family("srm.workdays('2027-01-01', '2027-01-31', %s)",
       option_rows("workdays", 3))
-- 1583-01-01 to 9999-12-31 are 3,074,246 days = 439,178 whole weeks:
-- 5 working days in each with Sat+Sun off, 6 with Sunday off.
case("srm.workdays('1583-01-01', '9999-12-31')", value(2195890))
case("srm.workdays('1583-01-01', '9999-12-31', {weekend = 11})",
     value(2635068))
-- 100,000 days from Friday 2027-01-01: 14,285 weeks (71,425 working
-- days) and 5 more days starting on a Friday again (99,995 = 7 * 14,285):
-- Fri, Sat, Sun, Mon, Tue, 3 working days; 71,428 holidays count.
case("srm.workdays('1583-01-01', '9999-12-31', {holidays = D.from_jan})",
     value(2195890 - 71428))
case("srm.workdays('2027-01-01', '2027-01-31', {holidays = D.from_jan})",
     value(0))
case("srm.workdays('2027-01-01', '2027-01-31', {holidays = D.dup})",
     value(20))
case("srm.workdays('2027-01-31', '2027-01-01')", bad(1, "workdays", M.after))
case("srm.workdays('2027-01-01', '2027-01-01', {weekend = '0000000'})",
     value(1))
case("srm.workdays()", bad(1, "workdays", expected("date string or table",
                                                   "no value")))
case("srm.workdays('2027-01-01', '2027-01-31', nil, 4)",
     extra(4, "workdays", 3))

-- ---- plan{...} ---------------------------------------------------------------

-- Every error is about argument #1 and names the field.
local function plan(fields)
  return "srm.plan{" .. fields .. "}"
end
local BASE = "goal = 120000, deal_value = 1500, start = '2027-01-01', " ..
             "finish = '2027-03-31'"
local function field(key, reason)
  return bad(1, "plan", ("field '%s': %s"):format(key, reason))
end
family(plan("goal = %s, deal_value = 1500, leads_per_sale = 12, " ..
            "start = '2027-01-01', finish = '2027-03-31'"), {
  {"-1", field("goal", M.goal_neg)},
  {"0/0", field("goal", M.goal_finite)},
  {"math.huge", field("goal", M.goal_finite)},
  {"1e308", M.too_large},
  {"'abc'", field("goal", expected("number", "string"))},
  {"'120000'", field("goal", expected("number", "string"))},
  {"{}", field("goal", expected("number", "table"))},
  {"nil", bad(1, "plan", "missing field 'goal'")},
  {"0", check(function(r) return r.total == 0 and r.sales == 0 end)},
})
family(plan("goal = 120000, deal_value = %s, leads_per_sale = 12, " ..
            "start = '2027-01-01', finish = '2027-03-31'"), {
  {"0", field("deal_value", M.deal_pos)},
  {"-1", field("deal_value", M.deal_pos)},
  {"0/0", field("deal_value", M.deal_finite)},
  {"1e-308", M.too_large},
  {"nil", bad(1, "plan", "missing field 'deal_value'")},
})
family(plan(BASE .. ", leads_per_sale = %s"), {
  {BELOW1, field("leads_per_sale", M.lps)},
  {"0", field("leads_per_sale", M.lps)},
  {"0/0", field("leads_per_sale", M.lps_finite)},
  {"math.huge", field("leads_per_sale", M.lps_finite)},
  {"'12'", field("leads_per_sale", expected("number", "string"))},
  {"nil", bad(1, "plan", "missing field 'leads_per_sale' or 'funnel'")},
  -- 960 leads over 64 working days: 15 a day, 315 + 300 + 345
  {"12", check(function(r)
    return r.total == 960 and r.workdays == 64 and r.per_workday == 15 and
           same(targets_of(r.periods), {315, 300, 345})
  end)},
})
family(plan(BASE .. ", leads_per_sale = 12, confidence = %s"), {
  {"0", field("confidence", M.conf)},
  {"1", field("confidence", M.conf)},
  {"1.5", field("confidence", M.conf)},
  {"0/0", field("confidence", M.conf)},
  {"'90%'", field("confidence", expected("number", "string"))},
  {"0.9", check(function(r) return r.total == 1094 end)},
})
family(plan(BASE .. ", funnel = %s"), {
  {"{}", field("funnel", M.no_ratio)},
  {"{2.5, 0.25, 12}", field("funnel", M.ratio)},
  {"{" .. BELOW1 .. "}", field("funnel", M.ratio)},
  {"{0/0}", field("funnel", M.ratio_finite)},
  {"{1e308}", M.too_large},
  {"{'x'}", bad(1, "plan", "funnel[1]: " .. expected("number", "string"))},
  {"12", field("funnel", expected("table", "number"))},
  {"{2.5, 4, 12}", check(function(r) return r.total == 9600 end)},
})
case(plan(BASE .. ", leads_per_sale = 12, funnel = {12}"),
     bad(1, "plan", "fields 'leads_per_sale' and 'funnel' both given; " ..
         "give one of them"))
case(plan(BASE .. ", funnel = {12}, confidence = 0.9"),
     field("confidence", "needs 'leads_per_sale'; it is not available " ..
           "with 'funnel'"))
local PLAN_LPS = "goal = 120000, deal_value = 1500, leads_per_sale = 12, "
family(plan(PLAN_LPS .. "start = %s, finish = '2027-03-31'"), {
  {"'1582-12-31'", field("start", M.range)},
  {"'2027-02-29'", field("start", M.no_date)},
  {"'2027-1-1'", field("start", M.form)},
  {"20270101", field("start", expected("date string or table", "number"))},
  {"{year = 2027, month = 1}", field("start", "field 'day' missing in " ..
                                     "date table")},
  {"'2027-04-01'", field("start", M.after)},
  {"nil", bad(1, "plan", "missing field 'start'")},
})
family(plan(PLAN_LPS .. "start = '2027-01-01', finish = %s"), {
  {"'10000-01-01'", field("finish", M.form)},
  {"'2027-13-01'", field("finish", M.no_date)},
  {"nil", bad(1, "plan", "missing field 'finish'")},
})
family(plan(BASE .. ", leads_per_sale = 12, %s"), {
  {"period = 'fortnight'", field("period", M.period)},
  {"period = 1", field("period", expected("string", "number"))},
  {"weekend = 0", field("weekend", M.weekend)},
  {"weekend = '000011'", field("weekend", M.weekend)},
  {"weekend = '1111111'", field("weekend", M.all_weekend)},
  {"weekend = true", field("weekend", "number or string expected, got " ..
                           "boolean")},
  {"holidays = 'x'", field("holidays", expected("table", "string"))},
  {"holidays = {'2027-02-30'}", bad(1, "plan", "holidays[1]: " ..
                                    M.no_date)},
  {"holidays = {1}", bad(1, "plan", "holidays[1]: date string or table " ..
                         "expected, got number")},
  {"holidays = D.bad_last", bad(1, "plan", "holidays[100000]: " ..
                                M.no_date)},
  {"goals = 1", bad(1, "plan", "unknown field 'goals'")},
  {"[1] = 2", bad(1, "plan", "field names must be strings, got number")},
  -- 960 leads with 2027-01-01 off 100,000 times: W = 63, 960 / 63 = 15.2
  {"holidays = D.dup", check(function(r)
    return r.workdays == 63 and r.per_workday == 16 and #r.holidays == 1
  end)},
  {"holidays = D.from_jan", field("start", M.no_plan_day)},
})
case("srm.plan()", bad(1, "plan", expected("table", "no value")))
case("srm.plan(1)", bad(1, "plan", expected("table", "number")))
case("srm.plan('goal=1')", bad(1, "plan", expected("table", "string")))
case("srm.plan({}, 2)", extra(2, "plan", 1))

-- ---- summary ------------------------------------------------------------------

print(("bad_input.lua: %d cases, %d failed"):format(cases, failures))
if failures > 0 then os.exit(1) end
os.exit(0)
