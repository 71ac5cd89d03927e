-- LuaRocks package of the Lua module.  Build it from the repository's top
-- directory (the CMake project is there):
--   luarocks --lua-version 5.4 make lua-binding/salesroadmap-0.1.0-1.rockspec
rockspec_format = "3.0"
package = "salesroadmap"
version = "0.1.0-1"
source = {
  url = "git+https://github.com/salesroadmap/salesroadmap.git",
  tag = "v0.1.0",
}
description = {
  summary = "Sales roadmap: sales, leads, funnels and period targets",
  detailed = [[
Works backwards from a revenue goal: goal / deal value = sales needed,
sales x leads per sale = leads needed, spread over the working days of the
plan as day, week, month, quarter or year targets that add up exactly.
Plans with a confidence level, learns leads per sale from history and paces
the rest of a plan.  A thin module over the project's C11 core.]],
  homepage = "https://github.com/salesroadmap/salesroadmap",
  license = "MIT",
}
dependencies = {
  "lua >= 5.4, < 5.5",
}
build_dependencies = {}
build = {
  type = "cmake",
  variables = {
    CMAKE_BUILD_TYPE = "Release",
    BUILD_TESTING = "OFF",
    SRM_BUILD_EXTENSION = "OFF",
    SRM_BUILD_BENCH = "OFF",
    SRM_LUA_INCLUDE_DIR = "$(LUA_INCDIR)",
  },
  -- Only the module is installed, by LuaRocks, not the C library and
  -- header that `cmake --install` would add.
  install_pass = false,
  install = {
    lib = {
      salesroadmap = "build.luarocks/lua-binding/salesroadmap.so",
    },
  },
}
