/*
 * salesroadmap.c - the Lua 5.4 module `salesroadmap` over the calculation
 * core.
 *
 *   local srm = require("salesroadmap")
 *   print(srm.leads_needed(120000, 1500, 12, 0.9))  --> 1094
 *
 * Every function checks the shape of its arguments, converts them, calls the
 * core and converts the result: counts come back as Lua integers, dates as
 * ISO strings.  No formula lives here.
 */
#include <stdint.h>

#include <lauxlib.h>
#include <lua.h>

#include "convert.h"
#include "salesroadmap.h"

#if defined(__GNUC__)
#define LSRM_EXPORT __attribute__((visibility("default")))
#else
#define LSRM_EXPORT
#endif

LSRM_EXPORT int luaopen_salesroadmap(lua_State *L);

/* How errors in an options table are reported: at argument `arg`, with the
 * core's messages unchanged. */
static lsrm_where option_where(int arg) {
  lsrm_where where;
  where.arg = arg;
  where.what = "option";
  where.prefix_core = 0;
  return where;
}

/* The calendar of an optional options table {holidays=, weekend=} at
 * argument `arg`; absent or nil means Sat+Sun and no holidays. */
static void opt_calendar(lua_State *L, int arg, srm_calendar *cal) {
  static const char *const names[] = {"holidays", "weekend", NULL};
  lsrm_where where = option_where(arg);
  if (lua_isnoneornil(L, arg)) {
    srm_calendar none = SRM_CALENDAR_INIT;
    *cal = none;
    return;
  }
  luaL_checktype(L, arg, LUA_TTABLE);
  lsrm_check_keys(L, arg, names, &where);
  lsrm_to_calendar(L, arg, &where, cal);
}

static srm_day check_day(lua_State *L, int arg) {
  return lsrm_to_day(L, arg, arg, "");
}

/* A list argument: a sequence table of numbers, or one number. */
static const double *check_numbers(lua_State *L, int arg, const char *name,
                                   double *scalar, size_t *n) {
  if (lua_type(L, arg) == LUA_TTABLE)
    return lsrm_to_numbers(L, arg, arg, name, n);
  if (!lua_isnumber(L, arg))
    luaL_typeerror(L, arg, "number or table");
  *scalar = lua_tonumber(L, arg);
  *n = 1;
  return scalar;
}

/* sales_needed(goal, deal_value) -> integer */
static int l_sales_needed(lua_State *L) {
  static const lsrm_argpos map[] = {
      {SRM_ARG_GOAL, 1}, {SRM_ARG_DEAL_VALUE, 2}, LSRM_ARGPOS_END};
  srm_error err = SRM_ERROR_INIT;
  int64_t sales;
  double goal, deal_value;
  lsrm_check_nargs(L, 2);
  goal = luaL_checknumber(L, 1);
  deal_value = luaL_checknumber(L, 2);
  if (srm_sales_needed(goal, deal_value, &sales, &err) != SRM_OK)
    return lsrm_fail(L, &err, map);
  lua_pushinteger(L, (lua_Integer)sales);
  return 1;
}

/* leads_needed(goal, deal_value, leads_per_sale [, confidence]) -> integer */
static int l_leads_needed(lua_State *L) {
  static const lsrm_argpos map[] = {{SRM_ARG_GOAL, 1},
                                    {SRM_ARG_DEAL_VALUE, 2},
                                    {SRM_ARG_LEADS_PER_SALE, 3},
                                    {SRM_ARG_CONFIDENCE, 4},
                                    LSRM_ARGPOS_END};
  srm_error err = SRM_ERROR_INIT;
  srm_status status;
  int64_t leads;
  double goal, deal_value, leads_per_sale;
  lsrm_check_nargs(L, 4);
  goal = luaL_checknumber(L, 1);
  deal_value = luaL_checknumber(L, 2);
  leads_per_sale = luaL_checknumber(L, 3);
  if (lua_isnoneornil(L, 4))
    status = srm_leads_needed(goal, deal_value, leads_per_sale, &leads, &err);
  else
    status = srm_leads_needed_at_confidence(
        goal, deal_value, leads_per_sale, luaL_checknumber(L, 4), &leads, &err);
  if (status != SRM_OK)
    return lsrm_fail(L, &err, map);
  lua_pushinteger(L, (lua_Integer)leads);
  return 1;
}

/* funnel_needed(goal, deal_value, ratios) -> {top, ..., sales} */
static int l_funnel_needed(lua_State *L) {
  static const lsrm_argpos map[] = {{SRM_ARG_GOAL, 1},
                                    {SRM_ARG_DEAL_VALUE, 2},
                                    {SRM_ARG_RATIOS, 3},
                                    LSRM_ARGPOS_END};
  srm_error err = SRM_ERROR_INIT;
  const double *ratios;
  int64_t *counts;
  size_t n, i;
  double goal, deal_value;
  lsrm_check_nargs(L, 3);
  goal = luaL_checknumber(L, 1);
  deal_value = luaL_checknumber(L, 2);
  luaL_checktype(L, 3, LUA_TTABLE);
  ratios = lsrm_to_numbers(L, 3, 3, "ratios", &n);
  counts = lua_newuserdatauv(L, (n + 1) * sizeof *counts, 0);
  if (srm_funnel_needed(goal, deal_value, ratios, n, counts, &err) != SRM_OK)
    return lsrm_fail(L, &err, map);
  lua_createtable(L, (int)(n + 1), 0);
  for (i = 0; i <= n; i++) {
    lua_pushinteger(L, (lua_Integer)counts[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* period_targets(total, start, finish, period [, opts]) -> {record, ...} */
static int l_period_targets(lua_State *L) {
  static const lsrm_argpos map[] = {{SRM_ARG_TOTAL, 1},    {SRM_ARG_START, 2},
                                    {SRM_ARG_END, 3},      {SRM_ARG_PERIOD, 4},
                                    {SRM_ARG_HOLIDAYS, 5}, {SRM_ARG_WEEKEND, 5},
                                    LSRM_ARGPOS_END};
  srm_error err = SRM_ERROR_INIT;
  srm_calendar cal;
  srm_period period;
  srm_day start, finish;
  double total;
  lsrm_check_nargs(L, 5);
  total = luaL_checknumber(L, 1);
  start = check_day(L, 2);
  finish = check_day(L, 3);
  luaL_checkstring(L, 4);
  period = lsrm_to_period(L, 4, 4, "");
  opt_calendar(L, 5, &cal);
  if (lsrm_push_targets(L, total, start, finish, period, &cal, &err) != SRM_OK)
    return lsrm_fail(L, &err, map);
  return 1;
}

/* pace(total, done, today, finish [, opts]) -> integer per working day */
static int l_pace(lua_State *L) {
  static const lsrm_argpos map[] = {{SRM_ARG_TOTAL, 1},   {SRM_ARG_DONE, 2},
                                    {SRM_ARG_TODAY, 3},   {SRM_ARG_START, 3},
                                    {SRM_ARG_END, 4},     {SRM_ARG_HOLIDAYS, 5},
                                    {SRM_ARG_WEEKEND, 5}, LSRM_ARGPOS_END};
  srm_error err = SRM_ERROR_INIT;
  srm_calendar cal;
  srm_day today, finish;
  int64_t per_day;
  double total, done;
  lsrm_check_nargs(L, 5);
  total = luaL_checknumber(L, 1);
  done = luaL_checknumber(L, 2);
  today = check_day(L, 3);
  finish = check_day(L, 4);
  opt_calendar(L, 5, &cal);
  if (srm_pace(total, done, today, finish, &cal, &per_day, &err) != SRM_OK)
    return lsrm_fail(L, &err, map);
  lua_pushinteger(L, (lua_Integer)per_day);
  return 1;
}

/* leads_per_sale(leads, sales [, confidence]) -> number */
static int l_leads_per_sale(lua_State *L) {
  static const lsrm_argpos map[] = {{SRM_ARG_LEADS, 1},
                                    {SRM_ARG_SALES, 2},
                                    {SRM_ARG_CONFIDENCE, 3},
                                    LSRM_ARGPOS_END};
  srm_error err = SRM_ERROR_INIT;
  srm_status status;
  const double *leads, *sales;
  double leads1, sales1, out;
  size_t n_leads, n_sales;
  int has_confidence;
  lsrm_check_nargs(L, 3);
  /* Before the lists push their buffers above the arguments. */
  has_confidence = !lua_isnoneornil(L, 3);
  leads = check_numbers(L, 1, "leads", &leads1, &n_leads);
  sales = check_numbers(L, 2, "sales", &sales1, &n_sales);
  if (!has_confidence)
    status = srm_leads_per_sale(leads, n_leads, sales, n_sales, &out, &err);
  else
    status = srm_leads_per_sale_at_confidence(
        leads, n_leads, sales, n_sales, luaL_checknumber(L, 3), &out, &err);
  if (status != SRM_OK)
    return lsrm_fail(L, &err, map);
  lua_pushnumber(L, (lua_Number)out);
  return 1;
}

/* workdays(start, finish [, opts]) -> integer */
static int l_workdays(lua_State *L) {
  static const lsrm_argpos map[] = {{SRM_ARG_START, 1},
                                    {SRM_ARG_END, 2},
                                    {SRM_ARG_HOLIDAYS, 3},
                                    {SRM_ARG_WEEKEND, 3},
                                    LSRM_ARGPOS_END};
  srm_error err = SRM_ERROR_INIT;
  srm_calendar cal;
  srm_day start, finish;
  int64_t count;
  lsrm_check_nargs(L, 3);
  start = check_day(L, 1);
  finish = check_day(L, 2);
  opt_calendar(L, 3, &cal);
  if (srm_workdays(&cal, start, finish, &count, &err) != SRM_OK)
    return lsrm_fail(L, &err, map);
  lua_pushinteger(L, (lua_Integer)count);
  return 1;
}

static const luaL_Reg functions[] = {{"sales_needed", l_sales_needed},
                                     {"leads_needed", l_leads_needed},
                                     {"funnel_needed", l_funnel_needed},
                                     {"period_targets", l_period_targets},
                                     {"pace", l_pace},
                                     {"leads_per_sale", l_leads_per_sale},
                                     {"workdays", l_workdays},
                                     {"plan", lsrm_plan},
                                     {NULL, NULL}};

int luaopen_salesroadmap(lua_State *L) {
  /* The module and the core it is linked with must be the same version. */
  if (srm_version_number() != SRM_VERSION_NUMBER)
    return luaL_error(L,
                      "salesroadmap: module built for core %s (%d) but the "
                      "core library is %s (%d)",
                      SRM_VERSION, (int)SRM_VERSION_NUMBER, srm_version(),
                      srm_version_number());
  if (luaL_newmetatable(L, LSRM_PLAN_META)) {
    lua_pushcfunction(L, lsrm_plan_tostring);
    lua_setfield(L, -2, "__tostring");
  }
  lua_pop(L, 1);
  luaL_newlib(L, functions);
  lua_pushliteral(L, SRM_VERSION);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}
