-- test_plan.lua - plan{...}: its fields, its errors and its text table.
--
-- Calendar facts (weekend Sat+Sun): 2027-01-01 is a Friday; January 2027
-- has 21 working days, February 20, March 23, so Q1 has W = 64.

local T = require("testlib")
local srm = require("salesroadmap")

local function check_fields(p, expected, what)
  for k, v in pairs(expected) do
    if type(v) == "table" then
      T.list(p[k], v, what .. "." .. k)
    else
      T.eq(p[k], v, what .. "." .. k)
    end
  end
end

local function check_periods(p, expected, what)
  T.eq(#p.periods, #expected, what .. ": number of periods")
  for i, e in ipairs(expected) do
    local r = p.periods[i] or {}
    T.eq(r.index, i, what .. ": index " .. i)
    T.eq(r.first, e[1], what .. ": first " .. i)
    T.eq(r.last, e[2], what .. ": last " .. i)
    T.eq(r.workdays, e[3], what .. ": workdays " .. i)
    T.eq(r.target, e[4], what .. ": target " .. i)
    T.eq(r.cumulative, e[5], what .. ": cumulative " .. i)
  end
end

-- ---------------------------------------------------------------------------
-- The SPEC's plan: 120000 at 1500 a deal, 12 leads per sale, Q1 2027.
-- sales = 120000 / 1500 = 80; leads = 80 * 12 = 960.
-- Targets: C1 = 960 * 21/64 = 315, C2 = 960 * 41/64 = 615, C3 = 960:
-- 315, 300, 345.  Per working day: 960 / 64 = 15.
local p1 = srm.plan({goal = 120000, deal_value = 1500, leads_per_sale = 12,
                     start = "2027-01-01", finish = "2027-03-31",
                     period = "month"})
T.eq(type(p1), "table", "plan returns a table")
check_fields(p1, {goal = 120000, deal_value = 1500, leads_per_sale = 12,
                  start = "2027-01-01", finish = "2027-03-31",
                  period = "month", sales = 80, leads = 960, total = 960,
                  workdays = 64, per_workday = 15}, "p1")
T.eq(p1.leads_at_confidence, nil, "p1 has no confidence figure")
T.eq(p1.stages, nil, "p1 has no stages")
T.eq(p1.funnel, nil, "p1 has no funnel")
check_periods(p1, {{"2027-01-01", "2027-01-31", 21, 315, 315},
                   {"2027-02-01", "2027-02-28", 20, 300, 615},
                   {"2027-03-01", "2027-03-31", 23, 345, 960}}, "p1")

-- The text table, written out by hand: two spaces of indent, labels
-- left-aligned to the longest ("leads (average)", "per working day": 15),
-- two spaces, values right-aligned to the widest ("120000": 6); then one
-- row per period, columns two spaces apart, each as wide as its header or
-- its widest cell, numbers right-aligned, dates left-aligned.
local function row(label, value, label_width, value_width)
  label_width, value_width = label_width or 15, value_width or 6
  return "  " .. label .. (" "):rep(label_width - #label) .. "  " ..
         (" "):rep(value_width - #value) .. value .. "\n"
end
local expected_text =
  "Sales roadmap 2027-01-01 to 2027-03-31, by month\n" ..
  row("goal", "120000") ..
  row("deal value", "1500") ..
  row("leads per sale", "12") ..
  row("working days", "64") ..
  row("sales", "80") ..
  row("leads (average)", "960") ..
  row("per working day", "15") ..
  "\n" ..
  "  period  first       last        workdays  target  cumulative\n" ..
  "       1  2027-01-01  2027-01-31        21     315         315\n" ..
  "       2  2027-02-01  2027-02-28        20     300         615\n" ..
  "       3  2027-03-01  2027-03-31        23     345         960\n"
T.eq(tostring(p1), expected_text, "p1 as text")
-- The same with the row helper's arithmetic spelled out for two lines.
T.eq(tostring(p1):find("\n  goal             120000\n", 1, true) ~= nil,
     true, "goal line")
T.eq(tostring(p1):find("\n  per working day      15\n", 1, true) ~= nil,
     true, "per working day line")

-- ---------------------------------------------------------------------------
-- With confidence 0.9: 1094 leads (SPEC) are spread.
-- C1 = ceil(1094 * 21/64) = ceil(22974/64) = ceil(358.97) = 359;
-- C2 = ceil(1094 * 41/64) = ceil(44854/64) = ceil(700.84) = 701; C3 = 1094:
-- 359, 342, 393.  Per working day: ceil(1094/64) = ceil(17.09) = 18.
local p2 = srm.plan({goal = 120000, deal_value = 1500, leads_per_sale = 12,
                     confidence = 0.9, start = "2027-01-01",
                     finish = "2027-03-31", period = "month"})
check_fields(p2, {sales = 80, leads = 960, leads_at_confidence = 1094,
                  total = 1094, confidence = 0.9, workdays = 64,
                  per_workday = 18}, "p2")
check_periods(p2, {{"2027-01-01", "2027-01-31", 21, 359, 359},
                   {"2027-02-01", "2027-02-28", 20, 342, 701},
                   {"2027-03-01", "2027-03-31", 23, 393, 1094}}, "p2")
local text2 = tostring(p2)
-- Labels now 19 wide ("leads at confidence"), values 6.
for _, line in ipairs({
  row("confidence", "0.9", 19, 6),
  row("leads (average)", "960", 19, 6),
  row("leads at confidence", "1094", 19, 6),
  row("per working day", "18", 19, 6),
  "       2  2027-02-01  2027-02-28        20     342         701\n",
}) do
  T.eq(text2:find(line, 1, true) ~= nil, true, "p2 text has " .. line)
end

-- ---------------------------------------------------------------------------
-- A funnel (SPEC): stages 9600, 3840, 960, 80; the top stage is spread.
-- Period default is month.  C1 = 9600 * 21/64 = 3150, C2 = 9600 * 41/64 =
-- 6150, C3 = 9600: 3150, 3000, 3450.  Per working day 9600 / 64 = 150.
local p3 = srm.plan({goal = 120000, deal_value = 1500, funnel = {2.5, 4, 12},
                     start = "2027-01-01", finish = "2027-03-31"})
check_fields(p3, {sales = 80, stages = {9600, 3840, 960, 80}, total = 9600,
                  funnel = {2.5, 4, 12}, period = "month", workdays = 64,
                  per_workday = 150}, "p3")
T.eq(p3.leads, nil, "p3 has no leads_per_sale figure")
T.eq(p3.leads_per_sale, nil, "p3 echoes no leads_per_sale")
check_periods(p3, {{"2027-01-01", "2027-01-31", 21, 3150, 3150},
                   {"2027-02-01", "2027-02-28", 20, 3000, 6150},
                   {"2027-03-01", "2027-03-31", 23, 3450, 9600}}, "p3")
local text3 = tostring(p3)
-- Labels 15 wide ("per working day"), values 10 ("2.5, 4, 12").
for _, line in ipairs({
  row("funnel ratios", "2.5, 4, 12", 15, 10),
  row("stage 1", "9600", 15, 10),
  row("stage 2", "3840", 15, 10),
  row("stage 3", "960", 15, 10),
  row("sales", "80", 15, 10),
  row("per working day", "150", 15, 10),
  "       3  2027-03-01  2027-03-31        23    3450        9600\n",
}) do
  T.eq(text3:find(line, 1, true) ~= nil, true, "p3 text has " .. line)
end
T.eq(text3:find("stage 4", 1, true), nil, "the last stage is the sales row")

-- ---------------------------------------------------------------------------
-- Calendar options, a date table, a Dutch period name.  Sundays only
-- (weekend 11): Q1 2027 has 26 + 24 + 27 = 77 working days.  Holidays
-- Mon 2027-03-29 and Fri 2027-01-01 count; Sun 2027-01-03 is a weekend day
-- and is dropped: W = 75.  One quarter: 960 leads; per working day
-- ceil(960/75) = ceil(12.8) = 13.
local p4 = srm.plan({goal = 120000, deal_value = 1500, leads_per_sale = 12,
                     start = {year = 2027, month = 1, day = 1, hour = 9},
                     finish = "2027-03-31", period = "kwartaal", weekend = 11,
                     holidays = {"2027-03-29", "2027-01-01", "2027-01-03"}})
check_fields(p4, {start = "2027-01-01", period = "quarter", weekend = 11,
                  holidays = {"2027-01-01", "2027-03-29"}, workdays = 75,
                  total = 960, per_workday = 13}, "p4")
check_periods(p4, {{"2027-01-01", "2027-03-31", 75, 960, 960}}, "p4")
local text4 = tostring(p4)
T.eq(text4:sub(1, 51), "Sales roadmap 2027-01-01 to 2027-03-31, by quarter\n",
     "p4 title")
-- Labels 15 wide ("leads (average)"), values 6 ("120000").
for _, line in ipairs({
  row("weekend", "11"),
  row("holidays", "2"),
  row("working days", "75"),
}) do
  T.eq(text4:find(line, 1, true) ~= nil, true, "p4 text has " .. line)
end

-- Weekend as a string; it is echoed as given.
local p5 = srm.plan({goal = 1000, deal_value = 100, leads_per_sale = 2,
                     start = "2027-01-04", finish = "2027-01-10",
                     period = "day", weekend = "0000001"})
-- 10 sales, 20 leads over Mon 4 .. Sat 9 (6 working days): C_k =
-- ceil(20k/6) = 4, 7, 10, 14, 17, 20; Sunday adds nothing.  Per day
-- ceil(20/6) = 4.
check_fields(p5, {weekend = "0000001", sales = 10, leads = 20, workdays = 6,
                  per_workday = 4}, "p5")
local cum = {4, 7, 10, 14, 17, 20, 20}
for i = 1, 7 do
  T.eq(p5.periods[i].cumulative, cum[i], "p5 cumulative " .. i)
end

-- Every count is an integer.
for _, k in ipairs({"sales", "leads", "leads_at_confidence", "total",
                    "workdays", "per_workday"}) do
  T.eq(math.type(p2[k]), "integer", "p2." .. k .. " is an integer")
end
T.eq(math.type(p3.stages[1]), "integer", "stages are integers")
T.eq(math.type(p2.periods[1].target), "integer", "targets are integers")

-- The result is a plain table: it can be changed, and its text follows what
-- it holds without failing on odd values.
local p6 = srm.plan({goal = 120000, deal_value = 1500, leads_per_sale = 12,
                     start = "2027-01-01", finish = "2027-03-31"})
p6.periods = {1, "x", {index = 1}}
p6.goal = nil
local text6 = tostring(p6)
T.eq(text6:find("goal", 1, true), nil, "a removed field is not shown")
T.eq(text6:find("\n       x  x", 1, true) ~= nil, true,
     "odd period rows are shown as text")

-- ---------------------------------------------------------------------------
-- Errors: all at argument #1, naming the field.

local base = "goal = 120000, deal_value = 1500, start = '2027-01-01', " ..
             "finish = '2027-03-31'"
local function plan_of(fields) return "srm.plan({" .. fields .. "})" end
local function bad(reason) return "bad argument #1 to 'plan' (" .. reason .. ")" end

local errors = {
  {"srm.plan()", bad("table expected, got no value")},
  {"srm.plan(120000)", bad("table expected, got number")},
  {"srm.plan({}, 1)",
   "bad argument #2 to 'plan' (no more than 1 argument expected, got 2)"},
  {plan_of(base .. ", leads_per_sale = 12, holiday = {}"),
   bad("unknown field 'holiday'")},
  {plan_of(base .. ", leads_per_sale = 12, 'month'"),
   bad("field names must be strings, got number")},
  {plan_of("deal_value = 1500, leads_per_sale = 12, start = '2027-01-01', " ..
           "finish = '2027-03-31'"), bad("missing field 'goal'")},
  {plan_of("goal = '120000', deal_value = 1500, leads_per_sale = 12, " ..
           "start = '2027-01-01', finish = '2027-03-31'"),
   bad("field 'goal': number expected, got string")},
  {plan_of("goal = -1, deal_value = 1500, leads_per_sale = 12, " ..
           "start = '2027-01-01', finish = '2027-03-31'"),
   bad("field 'goal': goal must be >= 0")},
  {plan_of("goal = 120000, deal_value = 0, leads_per_sale = 12, " ..
           "start = '2027-01-01', finish = '2027-03-31'"),
   bad("field 'deal_value': deal value must be > 0")},
  {plan_of(base), bad("missing field 'leads_per_sale' or 'funnel'")},
  {plan_of(base .. ", leads_per_sale = 12, funnel = {12}"),
   bad("fields 'leads_per_sale' and 'funnel' both given; give one of them")},
  {plan_of(base .. ", leads_per_sale = 0.2"),
   bad("field 'leads_per_sale': leads per sale must be >= 1 (a conversion " ..
       "rate of 20% is 5 leads per sale)")},
  {plan_of(base .. ", leads_per_sale = 12, confidence = 1"),
   bad("field 'confidence': confidence must be > 0 and < 1")},
  {plan_of(base .. ", leads_per_sale = 12, confidence = '90%'"),
   bad("field 'confidence': number expected, got string")},
  {plan_of(base .. ", funnel = {12}, confidence = 0.9"),
   bad("field 'confidence': needs 'leads_per_sale'; it is not available " ..
       "with 'funnel'")},
  {plan_of(base .. ", funnel = {}"),
   bad("field 'funnel': funnel needs at least one ratio")},
  {plan_of(base .. ", funnel = {4, 0.5}"),
   bad("field 'funnel': each funnel ratio must be >= 1 (a conversion rate " ..
       "of 25% is a ratio of 4)")},
  {plan_of(base .. ", funnel = {4, '12'}"),
   bad("funnel[2]: number expected, got string")},
  {plan_of(base .. ", funnel = 12"),
   bad("field 'funnel': table expected, got number")},
  {plan_of("goal = 120000, deal_value = 1500, leads_per_sale = 12, " ..
           "finish = '2027-03-31'"), bad("missing field 'start'")},
  {plan_of("goal = 120000, deal_value = 1500, leads_per_sale = 12, " ..
           "start = '2027-01-01'"), bad("missing field 'finish'")},
  {plan_of("goal = 120000, deal_value = 1500, leads_per_sale = 12, " ..
           "start = '2027-1-1', finish = '2027-03-31'"),
   bad("field 'start': date must be written YYYY-MM-DD")},
  {plan_of("goal = 120000, deal_value = 1500, leads_per_sale = 12, " ..
           "start = '2027-01-01', finish = {year = 2027, month = 3}"),
   bad("field 'finish': field 'day' missing in date table")},
  {plan_of("goal = 120000, deal_value = 1500, leads_per_sale = 12, " ..
           "start = '2027-04-01', finish = '2027-03-31'"),
   bad("field 'start': start is after end")},
  {plan_of(base .. ", leads_per_sale = 12, period = 'fortnight'"),
   bad("field 'period': period must be day, week, month, quarter or year")},
  {plan_of(base .. ", leads_per_sale = 12, period = 3"),
   bad("field 'period': string expected, got number")},
  {plan_of(base .. ", leads_per_sale = 12, weekend = 0"),
   bad("field 'weekend': weekend must be 1-7, 11-17 or a 7-character " ..
       "string of 0 and 1 starting Monday")},
  {plan_of(base .. ", leads_per_sale = 12, weekend = '1111111'"),
   bad("field 'weekend': weekend leaves no working day")},
  {plan_of(base .. ", leads_per_sale = 12, weekend = {}"),
   bad("field 'weekend': number or string expected, got table")},
  {plan_of(base .. ", leads_per_sale = 12, holidays = '2027-01-01'"),
   bad("field 'holidays': table expected, got string")},
  {plan_of(base .. ", leads_per_sale = 12, holidays = {'2027-02-29'}"),
   bad("holidays[1]: no such date")},
  -- Every working day a holiday: Fri 1 .. Sun 3 January with Jan 1 off.
  {plan_of("goal = 1, deal_value = 1, leads_per_sale = 1, " ..
           "start = '2027-01-01', finish = '2027-01-03', " ..
           "holidays = {'2027-01-01'}"),
   bad("field 'start': the plan has no working day")},
  -- Not about one field: 2^54 sales.
  {plan_of("goal = 2^54, deal_value = 1, leads_per_sale = 1, " ..
           "start = '2027-01-01', finish = '2027-03-31'"),
   "result is too large to represent exactly (above 2^53)"},
}
for _, c in ipairs(errors) do
  T.check_call_error(c[1], c[2], srm)
end

T.done("test_plan")
