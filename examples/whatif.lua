-- whatif.lua - what-if scenarios for a sales roadmap.
--
-- What if our deal value drops 10%?  What if it takes 14 leads to win a sale
-- instead of 12?  What does planning with 90% confidence cost per day?
--
-- Build the project, then run from the repository's top directory:
--
--   LUA_CPATH='build/lua-binding/?.so;;' lua5.4 examples/whatif.lua
--
-- Edit the inputs below and run it again.

local srm = require("salesroadmap")

-- Inputs --------------------------------------------------------------------

local goal = 120000          -- revenue goal of the plan
local deal_value = 1500      -- average deal value
local leads_per_sale = 12    -- leads worked per sale won (20% won = 5)
local start = "2027-01-01"   -- first day of the plan
local finish = "2027-12-31"  -- last day of the plan
local period = "month"       -- targets per day, week, month, quarter, year
local weekend = 1            -- 1 = Saturday+Sunday, 11 = Sunday only, or
                             -- seven 0/1 from Monday: "0000011"
local holidays = {           -- days off besides the weekend
  "2027-01-01", "2027-03-26", "2027-03-29", "2027-04-27",
  "2027-05-05", "2027-05-06", "2027-05-17",
}

-- The scenarios: deal values down the rows, leads per sale across.
local deal_values = {1200, 1350, 1500, 1650, 1800}
local leads_per_sale_values = {8, 10, 12, 14, 16}
-- Confidence levels: the chance of reaching the goal.
local confidences = {0.5, 0.8, 0.9, 0.95}

-- ---------------------------------------------------------------------------

local calendar = {weekend = weekend, holidays = holidays}

-- Prints rows as a table: the first column left-aligned, the others
-- right-aligned, every column as wide as its widest cell.
local function print_table(rows)
  local widths = {}
  for _, row in ipairs(rows) do
    for i, cell in ipairs(row) do
      widths[i] = math.max(widths[i] or 0, #tostring(cell))
    end
  end
  for _, row in ipairs(rows) do
    local cells = {}
    for i, cell in ipairs(row) do
      local fmt = i == 1 and "%-" .. widths[i] .. "s" or "%" .. widths[i] .. "s"
      cells[i] = fmt:format(tostring(cell))
    end
    print("  " .. table.concat(cells, "   "))
  end
end

-- Leads needed spread over the working days: the pace from the first day.
local function per_workday(leads)
  return srm.pace(leads, 0, start, finish, calendar)
end

local workdays = srm.workdays(start, finish, calendar)
print(("Goal %d from %s to %s: %d working days"):format(goal, start, finish,
                                                      workdays))
print()

print("Leads per working day, by deal value (rows) and leads per sale " ..
      "(columns)")
local grid = {{"deal value"}}
for _, k in ipairs(leads_per_sale_values) do
  table.insert(grid[1], k)
end
for _, value in ipairs(deal_values) do
  local row = {value}
  for _, k in ipairs(leads_per_sale_values) do
    table.insert(row, per_workday(srm.leads_needed(goal, value, k)))
  end
  table.insert(grid, row)
end
print_table(grid)
print()

print(("Deal value %d, %s leads per sale: %d sales"):format(
  deal_value, leads_per_sale, srm.sales_needed(goal, deal_value)))
local by_confidence = {{"confidence", "leads", "leads per working day"}}
local average = srm.leads_needed(goal, deal_value, leads_per_sale)
table.insert(by_confidence, {"average", average, per_workday(average)})
for _, c in ipairs(confidences) do
  local leads = srm.leads_needed(goal, deal_value, leads_per_sale, c)
  table.insert(by_confidence,
               {("%g%%"):format(c * 100), leads, per_workday(leads)})
end
print_table(by_confidence)
print()

-- The whole roadmap at the highest confidence, with its period targets.
print(srm.plan({goal = goal, deal_value = deal_value,
                leads_per_sale = leads_per_sale,
                confidence = confidences[#confidences], start = start,
                finish = finish, period = period, weekend = weekend,
                holidays = holidays}))
