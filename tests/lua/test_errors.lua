-- test_errors.lua - every error of the module: its exact message and the
-- argument position it names.
--
-- Invalid values raise `bad argument #n to 'fn' (reason)`, the reason being
-- the core's message; wrong Lua types raise the standard luaL_check* message;
-- failures that are not about one argument (a result above 2^53, a pace that
-- can no longer be met) raise a plain error with the core's message.  Each
-- case is one line of Lua run the way a script calls the module; the errors
-- carry the position of that line, "case:1: ".

local T = require("testlib")
local srm = require("salesroadmap")

local TOO_LARGE = "result is too large to represent exactly (above 2^53)"
local WEEKEND = "weekend must be 1-7, 11-17 or a 7-character string of 0 " ..
                "and 1 starting Monday"
local LPS = "leads per sale must be >= 1 (a conversion rate of 20% is 5 " ..
            "leads per sale)"
local RATIO = "each funnel ratio must be >= 1 (a conversion rate of 25% is " ..
              "a ratio of 4)"

local cases = {
  -- sales_needed(goal, deal_value)
  {"srm.sales_needed(-1, 1500)",
   "bad argument #1 to 'sales_needed' (goal must be >= 0)"},
  {"srm.sales_needed(0/0, 1500)",
   "bad argument #1 to 'sales_needed' (goal must be a finite number)"},
  {"srm.sales_needed(math.huge, 1500)",
   "bad argument #1 to 'sales_needed' (goal must be a finite number)"},
  {"srm.sales_needed(120000, 0)",
   "bad argument #2 to 'sales_needed' (deal value must be > 0)"},
  {"srm.sales_needed(120000, -1500)",
   "bad argument #2 to 'sales_needed' (deal value must be > 0)"},
  {"srm.sales_needed(120000, -math.huge)",
   "bad argument #2 to 'sales_needed' (deal value must be a finite number)"},
  {"srm.sales_needed('many', 1500)",
   "bad argument #1 to 'sales_needed' (number expected, got string)"},
  {"srm.sales_needed(120000)",
   "bad argument #2 to 'sales_needed' (number expected, got no value)"},
  {"srm.sales_needed(120000, {})",
   "bad argument #2 to 'sales_needed' (number expected, got table)"},
  {"srm.sales_needed(120000, 1500, 12)",
   "bad argument #3 to 'sales_needed' (no more than 2 arguments expected, " ..
   "got 3)"},
  {"srm.sales_needed(2^54, 1)", TOO_LARGE},   -- 2^54 sales > 2^53
  {"srm.sales_needed(1, 1e-300)", TOO_LARGE}, -- 10^300 sales

  -- leads_needed(goal, deal_value, leads_per_sale [, confidence])
  {"srm.leads_needed(120000, 0, 12)",         -- the SPEC's example
   "bad argument #2 to 'leads_needed' (deal value must be > 0)"},
  {"srm.leads_needed(-120000, 1500, 12)",
   "bad argument #1 to 'leads_needed' (goal must be >= 0)"},
  {"srm.leads_needed(120000, 1500, 0.2)",
   "bad argument #3 to 'leads_needed' (" .. LPS .. ")"},
  {"srm.leads_needed(120000, 1500, 0.2, 0.9)",
   "bad argument #3 to 'leads_needed' (" .. LPS .. ")"},
  {"srm.leads_needed(120000, 1500, 0/0)",
   "bad argument #3 to 'leads_needed' (leads per sale must be a finite " ..
   "number)"},
  {"srm.leads_needed(120000, 1500, 12, 1)",
   "bad argument #4 to 'leads_needed' (confidence must be > 0 and < 1)"},
  {"srm.leads_needed(120000, 1500, 12, 0)",
   "bad argument #4 to 'leads_needed' (confidence must be > 0 and < 1)"},
  {"srm.leads_needed(120000, 1500, 12, 90)",
   "bad argument #4 to 'leads_needed' (confidence must be > 0 and < 1)"},
  {"srm.leads_needed(120000, 1500, 12, 0/0)",
   "bad argument #4 to 'leads_needed' (confidence must be > 0 and < 1)"},
  {"srm.leads_needed(120000, 1500, 12, '90%')",
   "bad argument #4 to 'leads_needed' (number expected, got string)"},
  {"srm.leads_needed(120000, 1500)",
   "bad argument #3 to 'leads_needed' (number expected, got no value)"},
  {"srm.leads_needed(120000, 1500, 12, 0.9, 1)",
   "bad argument #5 to 'leads_needed' (no more than 4 arguments expected, " ..
   "got 5)"},
  {"srm.leads_needed(120000, 1500, 12, nil, nil)",
   "bad argument #5 to 'leads_needed' (no more than 4 arguments expected, " ..
   "got 5)"},
  -- 2^50 sales * 16 leads = 2^54 > 2^53.
  {"srm.leads_needed(2^50, 1, 16)", TOO_LARGE},

  -- funnel_needed(goal, deal_value, ratios)
  {"srm.funnel_needed(-1, 1500, {12})",
   "bad argument #1 to 'funnel_needed' (goal must be >= 0)"},
  {"srm.funnel_needed(120000, 0, {12})",
   "bad argument #2 to 'funnel_needed' (deal value must be > 0)"},
  {"srm.funnel_needed(120000, 1500, {})",
   "bad argument #3 to 'funnel_needed' (funnel needs at least one ratio)"},
  {"srm.funnel_needed(120000, 1500, {2.5, 0.25, 12})",
   "bad argument #3 to 'funnel_needed' (" .. RATIO .. ")"},
  {"srm.funnel_needed(120000, 1500, {2.5, 1/0})",
   "bad argument #3 to 'funnel_needed' (each funnel ratio must be a finite " ..
   "number)"},
  {"srm.funnel_needed(120000, 1500, {2.5, '4', 12})",
   "bad argument #3 to 'funnel_needed' (ratios[2]: number expected, got " ..
   "string)"},
  {"srm.funnel_needed(120000, 1500, {2.5, nil, 12})",
   "bad argument #3 to 'funnel_needed' (ratios[2]: number expected, got nil)"},
  {"srm.funnel_needed(120000, 1500, 12)",
   "bad argument #3 to 'funnel_needed' (table expected, got number)"},
  {"srm.funnel_needed(120000, 1500, {12}, 2)",
   "bad argument #4 to 'funnel_needed' (no more than 3 arguments expected, " ..
   "got 4)"},
  -- 2^50 sales, then 2^50 * 4 * 4 = 2^54 at the top.
  {"srm.funnel_needed(2^50, 1, {4, 4})", TOO_LARGE},

  -- period_targets(total, start, finish, period [, opts])
  {"srm.period_targets(-1, '2027-01-01', '2027-03-31', 'month')",
   "bad argument #1 to 'period_targets' (total must be a finite number >= 0)"},
  {"srm.period_targets(0/0, '2027-01-01', '2027-03-31', 'month')",
   "bad argument #1 to 'period_targets' (total must be a finite number >= 0)"},
  {"srm.period_targets(100, '2027-1-1', '2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (date must be written YYYY-MM-DD)"},
  {"srm.period_targets(100, '2027-02-30', '2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (no such date)"},
  {"srm.period_targets(100, '2027-13-01', '2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (no such date)"},
  {"srm.period_targets(100, '1582-12-31', '2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (date must be between 1583-01-01 " ..
   "and 9999-12-31)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-32', 'month')",
   "bad argument #3 to 'period_targets' (no such date)"},
  {"srm.period_targets(100, '2027-04-01', '2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (start is after end)"},
  {"srm.period_targets(100, 20270101, '2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (date string or table expected, " ..
   "got number)"},
  {"srm.period_targets(100, '2027-01-01', nil, 'month')",
   "bad argument #3 to 'period_targets' (date string or table expected, " ..
   "got nil)"},
  {"srm.period_targets(100, {year = 2027, month = 1}, '2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (field 'day' missing in date table)"},
  {"srm.period_targets(100, {year = 2027, month = 1.5, day = 1}, " ..
   "'2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (field 'month' in date table is " ..
   "not an integer)"},
  {"srm.period_targets(100, {year = '2027', month = 1, day = 1}, " ..
   "'2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (field 'year' in date table is not " ..
   "an integer)"},
  {"srm.period_targets(100, {year = 2027, month = 2, day = 29}, " ..
   "'2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (no such date)"},
  {"srm.period_targets(100, {year = 2^40, month = 1, day = 1}, " ..
   "'2027-03-31', 'month')",
   "bad argument #2 to 'period_targets' (date must be between 1583-01-01 " ..
   "and 9999-12-31)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'fortnight')",
   "bad argument #4 to 'period_targets' (period must be day, week, month, " ..
   "quarter or year)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31')",
   "bad argument #4 to 'period_targets' (string expected, got no value)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{holiday = {'2027-01-01'}})",
   "bad argument #5 to 'period_targets' (unknown option 'holiday')"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{weekends = 1})",
   "bad argument #5 to 'period_targets' (unknown option 'weekends')"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{'2027-01-01'})",
   "bad argument #5 to 'period_targets' (option names must be strings, " ..
   "got number)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', 1)",
   "bad argument #5 to 'period_targets' (table expected, got number)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{weekend = 8})",
   "bad argument #5 to 'period_targets' (" .. WEEKEND .. ")"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{weekend = 1.5})",
   "bad argument #5 to 'period_targets' (" .. WEEKEND .. ")"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{weekend = '000011'})",
   "bad argument #5 to 'period_targets' (" .. WEEKEND .. ")"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{weekend = '1111111'})",
   "bad argument #5 to 'period_targets' (weekend leaves no working day)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{weekend = true})",
   "bad argument #5 to 'period_targets' (option 'weekend': number or " ..
   "string expected, got boolean)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{holidays = '2027-01-01'})",
   "bad argument #5 to 'period_targets' (option 'holidays': table " ..
   "expected, got string)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{holidays = {'2027-01-01', 20270329}})",
   "bad argument #5 to 'period_targets' (holidays[2]: date string or table " ..
   "expected, got number)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{holidays = {'2027-02-29'}})",
   "bad argument #5 to 'period_targets' (holidays[1]: no such date)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', " ..
   "{holidays = {{year = 2027, day = 1}}})",
   "bad argument #5 to 'period_targets' (holidays[1]: field 'month' " ..
   "missing in date table)"},
  -- Every working day a holiday: W = 0.
  {"srm.period_targets(10, '2027-01-01', '2027-01-03', 'day', " ..
   "{holidays = {'2027-01-01'}})",
   "bad argument #2 to 'period_targets' (the plan has no working day)"},
  {"srm.period_targets(100, '2027-01-01', '2027-03-31', 'month', {}, 1)",
   "bad argument #6 to 'period_targets' (no more than 5 arguments " ..
   "expected, got 6)"},
  {"srm.period_targets(2^54, '2027-01-01', '2027-03-31', 'month')",
   TOO_LARGE},

  -- pace(total, done, today, finish [, opts])
  {"srm.pace(-1, 0, '2027-01-04', '2027-01-08')",
   "bad argument #1 to 'pace' (total must be a finite number >= 0)"},
  {"srm.pace(100, -1, '2027-01-04', '2027-01-08')",
   "bad argument #2 to 'pace' (done must be a finite number >= 0)"},
  {"srm.pace(100, 0/0, '2027-01-04', '2027-01-08')",
   "bad argument #2 to 'pace' (done must be a finite number >= 0)"},
  {"srm.pace(100, 0, '04-01-2027', '2027-01-08')",
   "bad argument #3 to 'pace' (date must be written YYYY-MM-DD)"},
  {"srm.pace(100, 0, '2027-01-04', '10000-01-01')",
   "bad argument #4 to 'pace' (date must be written YYYY-MM-DD)"},
  {"srm.pace(100, 0, '2027-01-04', '2027-01-08', {weekend = 0})",
   "bad argument #5 to 'pace' (" .. WEEKEND .. ")"},
  {"srm.pace(100, 0, '2027-01-04', '2027-01-08', {holidays = {}, x = 1})",
   "bad argument #5 to 'pace' (unknown option 'x')"},
  {"srm.pace(100, 0, '2027-01-04', '2027-01-08', nil, 1)",
   "bad argument #6 to 'pace' (no more than 5 arguments expected, got 6)"},
  -- Work remains and no working day is left: a weekend, or today after the
  -- end.
  {"srm.pace(10, 0, '2027-01-02', '2027-01-03')",
   "no working day is left between today and end"},
  {"srm.pace(10, 9, '2027-02-01', '2027-01-31')",
   "no working day is left between today and end"},
  {"srm.pace(10, 0, '2027-01-04', '2027-01-04', {holidays = {'2027-01-04'}})",
   "no working day is left between today and end"},
  -- 2^54 over one working day.
  {"srm.pace(2^54, 0, '2027-01-04', '2027-01-04')", TOO_LARGE},

  -- leads_per_sale(leads, sales [, confidence])
  {"srm.leads_per_sale(10, 20)",
   "bad argument #2 to 'leads_per_sale' (more sales than leads in the " ..
   "history)"},
  {"srm.leads_per_sale({5, 5}, {6, 6}, 0.9)",
   "bad argument #2 to 'leads_per_sale' (more sales than leads in the " ..
   "history)"},
  {"srm.leads_per_sale(0, 0)",
   "bad argument #1 to 'leads_per_sale' (no leads in the history)"},
  {"srm.leads_per_sale({}, {})",
   "bad argument #1 to 'leads_per_sale' (no leads in the history)"},
  {"srm.leads_per_sale(100, 0)",
   "bad argument #2 to 'leads_per_sale' (no sale in the history yet: " ..
   "nothing to learn from; give a confidence)"},
  {"srm.leads_per_sale({100, -1}, 10)",
   "bad argument #1 to 'leads_per_sale' (every leads entry must be >= 0)"},
  {"srm.leads_per_sale(100, {1, 0/0})",
   "bad argument #2 to 'leads_per_sale' (every sales entry must be a " ..
   "finite number)"},
  {"srm.leads_per_sale(100, 10, 1)",
   "bad argument #3 to 'leads_per_sale' (confidence must be > 0 and < 1)"},
  {"srm.leads_per_sale(100, 10, 'high')",
   "bad argument #3 to 'leads_per_sale' (number expected, got string)"},
  {"srm.leads_per_sale('many', 10)",
   "bad argument #1 to 'leads_per_sale' (number or table expected, got " ..
   "string)"},
  {"srm.leads_per_sale(100)",
   "bad argument #2 to 'leads_per_sale' (number or table expected, got " ..
   "no value)"},
  {"srm.leads_per_sale({1, '2'}, 1)",
   "bad argument #1 to 'leads_per_sale' (leads[2]: number expected, got " ..
   "string)"},
  {"srm.leads_per_sale(100, {1, true})",
   "bad argument #2 to 'leads_per_sale' (sales[2]: number expected, got " ..
   "boolean)"},
  {"srm.leads_per_sale(100, 10, 0.9, 1)",
   "bad argument #4 to 'leads_per_sale' (no more than 3 arguments " ..
   "expected, got 4)"},
  -- Not about one value: the sum overflows, or n / s does.
  {"srm.leads_per_sale({1e308, 1e308}, 1)",
   "the leads add up to more than a double can hold"},
  {"srm.leads_per_sale(1e308, 1e-308)",
   "leads per sale is too large to represent"},

  -- workdays(start, finish [, opts])
  {"srm.workdays('2027-01-31', '2027-01-01')",
   "bad argument #1 to 'workdays' (start is after end)"},
  {"srm.workdays('2027-01-01', '2027-1-31')",
   "bad argument #2 to 'workdays' (date must be written YYYY-MM-DD)"},
  {"srm.workdays('2027-01-01')",
   "bad argument #2 to 'workdays' (date string or table expected, got " ..
   "no value)"},
  {"srm.workdays('2027-01-01', '2027-01-31', {holiday = {}})",
   "bad argument #3 to 'workdays' (unknown option 'holiday')"},
  {"srm.workdays('2027-01-01', '2027-01-31', {weekend = '0000021'})",
   "bad argument #3 to 'workdays' (" .. WEEKEND .. ")"},
  {"srm.workdays('2027-01-01', '2027-01-31', 'holidays')",
   "bad argument #3 to 'workdays' (table expected, got string)"},
  {"srm.workdays('2027-01-01', '2027-01-31', nil, 4)",
   "bad argument #4 to 'workdays' (no more than 3 arguments expected, got 4)"},
}

for _, c in ipairs(cases) do
  T.check_call_error(c[1], c[2], srm)
end

T.done("test_errors")
