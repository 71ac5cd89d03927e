-- testlib.lua - small helpers shared by the Lua module's tests.
--
-- The tests run with LUA_CPATH naming only the module in the build tree, so
-- require("salesroadmap") can never pick up an installed copy.

local T = {}

local checks, failures = 0, 0

local function fail(where, message)
  failures = failures + 1
  io.stderr:write(("FAIL %s: %s\n"):format(where, message))
end

local function show(v)
  if type(v) == "string" then
    return ("%q"):format(v)
  elseif math.type(v) == "float" then
    return ("%.17g (float)"):format(v)
  end
  return tostring(v)
end

-- Exact equality of two values; numbers must also agree in math.type, so
-- that an integer count never passes as the float 80.0.
function T.eq(actual, expected, what)
  checks = checks + 1
  if actual ~= expected or math.type(actual) ~= math.type(expected) then
    fail(what, ("expected %s, got %s"):format(show(expected), show(actual)))
    return false
  end
  return true
end

-- A float within a relative tolerance.
function T.close(actual, expected, rel, what)
  checks = checks + 1
  if math.type(actual) ~= "float" then
    fail(what, "expected a float, got " .. show(actual))
  elseif not (math.abs(actual - expected) <= rel * math.abs(expected)) then
    fail(what, ("expected %.17g within %g, got %.17g"):format(expected, rel,
                                                             actual))
  end
end

-- A sequence of values, compared item by item with T.eq.
function T.list(actual, expected, what)
  checks = checks + 1
  if type(actual) ~= "table" then
    fail(what, "expected a table, got " .. show(actual))
    return
  end
  if #actual ~= #expected then
    fail(what, ("expected %d items, got %d"):format(#expected, #actual))
    return
  end
  for i = 1, #expected do
    T.eq(actual[i], expected[i], what .. "[" .. i .. "]")
  end
end

-- Calls fn(...) with pcall and checks that it fails with exactly `expected`.
function T.check_error(expected, fn, ...)
  checks = checks + 1
  local ok, message = pcall(fn, ...)
  if ok then
    fail(expected, "no error raised")
  elseif message ~= expected then
    fail(expected, "got error " .. show(message))
  end
end

-- Runs one line of Lua, e.g. "srm.leads_needed(120000, 0, 12)", the way a
-- script calls the module (so the error names the function), and checks that
-- it fails with exactly `expected`.  The line is compiled as chunk "case",
-- so errors carry the position prefix "case:1: ".
function T.check_call_error(code, expected, env)
  local chunk = assert(load("local srm = ...; local r = " .. code, "=case"))
  T.check_error("case:1: " .. expected, chunk, env)
end

-- Prints the summary and exits with the test's status.
function T.done(name)
  if failures > 0 then
    io.stderr:write(("%s: %d of %d checks failed\n"):format(name, failures,
                                                           checks))
    os.exit(1)
  end
  print(("%s: all %d checks passed"):format(name, checks))
  os.exit(0)
end

return T
