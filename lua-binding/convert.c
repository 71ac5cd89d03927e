/*
 * convert.c - Lua values to core arguments, core failures to Lua errors.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "convert.h"

int lsrm_fail(lua_State *L, const srm_error *err, const lsrm_argpos *map) {
  const char *message = err->message != NULL ? err->message : "unknown error";
  if (err->status == SRM_EINVAL) {
    for (; map->pos != 0; map++)
      if (map->arg == err->arg)
        return luaL_argerror(L, map->pos, message);
  }
  return luaL_error(L, "%s", message);
}

int lsrm_argerrorf(lua_State *L, int arg, const char *fmt, ...) {
  const char *reason;
  va_list ap;
  va_start(ap, fmt);
  reason = lua_pushvfstring(L, fmt, ap);
  va_end(ap);
  return luaL_argerror(L, arg, reason);
}

void lsrm_check_nargs(lua_State *L, int max) {
  int n = lua_gettop(L);
  if (n > max)
    lsrm_argerrorf(L, max + 1, "no more than %d argument%s expected, got %d",
                   max, max == 1 ? "" : "s", n);
}

/* An integer field of a date table, clamped to int: a value out of int's
 * range is out of the core's range too, so the core reports it. */
static int date_field(lua_State *L, int idx, const char *key, int arg,
                      const char *prefix) {
  lua_Integer v;
  int isint = 0;
  int type = lua_getfield(L, idx, key);
  if (type == LUA_TNIL)
    lsrm_argerrorf(L, arg, "%sfield '%s' missing in date table", prefix, key);
  v = type == LUA_TNUMBER ? lua_tointegerx(L, -1, &isint) : 0;
  if (!isint)
    lsrm_argerrorf(L, arg, "%sfield '%s' in date table is not an integer",
                   prefix, key);
  lua_pop(L, 1);
  if (v < INT_MIN)
    return INT_MIN;
  if (v > INT_MAX)
    return INT_MAX;
  return (int)v;
}

srm_day lsrm_to_day(lua_State *L, int idx, int arg, const char *prefix) {
  srm_error err = SRM_ERROR_INIT;
  srm_status status;
  srm_day day = 0;
  idx = lua_absindex(L, idx);
  switch (lua_type(L, idx)) {
  case LUA_TSTRING: {
    size_t len;
    const char *text = lua_tolstring(L, idx, &len);
    status = srm_day_parse_iso(text, len, &day, &err);
    break;
  }
  case LUA_TTABLE: {
    int year = date_field(L, idx, "year", arg, prefix);
    int month = date_field(L, idx, "month", arg, prefix);
    int mday = date_field(L, idx, "day", arg, prefix);
    status = srm_day_from_ymd(year, month, mday, &day, &err);
    break;
  }
  default:
    return (srm_day)lsrm_argerrorf(L, arg,
                                   "%sdate string or table expected, got %s",
                                   prefix, luaL_typename(L, idx));
  }
  if (status != SRM_OK)
    lsrm_argerrorf(L, arg, "%s%s", prefix, err.message);
  return day;
}

void lsrm_push_day(lua_State *L, srm_day day) {
  char buf[SRM_ISO_DATE_SIZE];
  srm_error err = SRM_ERROR_INIT;
  static const lsrm_argpos none[] = {LSRM_ARGPOS_END};
  if (srm_day_format_iso(day, buf, &err) != SRM_OK)
    lsrm_fail(L, &err, none);
  lua_pushstring(L, buf);
}

/* A buffer of n items of `size` bytes left on the stack; at least one item
 * so that the core never gets a NULL pointer. */
static void *new_buffer(lua_State *L, size_t n, size_t size, int arg) {
  if (n > (SIZE_MAX / size) - 1)
    lsrm_argerrorf(L, arg, "table too large");
  return lua_newuserdatauv(L, (n + 1) * size, 0);
}

const double *lsrm_to_numbers(lua_State *L, int idx, int arg, const char *name,
                              size_t *n) {
  size_t len, i;
  double *values;
  idx = lua_absindex(L, idx);
  len = (size_t)lua_rawlen(L, idx);
  values = new_buffer(L, len, sizeof *values, arg);
  for (i = 0; i < len; i++) {
    if (lua_rawgeti(L, idx, (lua_Integer)i + 1) != LUA_TNUMBER)
      lsrm_argerrorf(L, arg, "%s[%d]: number expected, got %s", name,
                     (int)(i + 1), luaL_typename(L, -1));
    values[i] = lua_tonumber(L, -1);
    lua_pop(L, 1);
  }
  *n = len;
  return values;
}

void lsrm_check_keys(lua_State *L, int tbl, const char *const names[],
                     const lsrm_where *where) {
  tbl = lua_absindex(L, tbl);
  lua_pushnil(L);
  while (lua_next(L, tbl) != 0) {
    const char *key;
    int i, known = 0;
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING)
      lsrm_argerrorf(L, where->arg, "%s names must be strings, got %s",
                     where->what, luaL_typename(L, -1));
    key = lua_tostring(L, -1);
    for (i = 0; names[i] != NULL; i++)
      if (strcmp(key, names[i]) == 0)
        known = 1;
    if (!known)
      lsrm_argerrorf(L, where->arg, "unknown %s '%s'", where->what, key);
  }
}

/* Reads `holidays` into a buffer left on the stack; returns their count. */
static size_t to_holidays(lua_State *L, int tbl, const lsrm_where *where,
                          srm_day **days) {
  size_t n, i;
  int list;
  char prefix[48];
  int type = lua_getfield(L, tbl, "holidays");
  list = lua_gettop(L);
  if (type == LUA_TNIL) {
    *days = NULL;
    return 0;
  }
  if (type != LUA_TTABLE)
    lsrm_argerrorf(L, where->arg, "%s 'holidays': table expected, got %s",
                   where->what, luaL_typename(L, list));
  n = (size_t)lua_rawlen(L, list);
  *days = new_buffer(L, n, sizeof **days, where->arg);
  for (i = 0; i < n; i++) {
    snprintf(prefix, sizeof prefix, "holidays[%d]: ", (int)(i + 1));
    lua_rawgeti(L, list, (lua_Integer)i + 1);
    (*days)[i] = lsrm_to_day(L, -1, where->arg, prefix);
    lua_pop(L, 1);
  }
  return n;
}

/* Reads `weekend`: a NETWORKDAYS.INTL number or a 7-character string. */
static unsigned to_weekend(lua_State *L, int tbl, const lsrm_where *where) {
  srm_error err = SRM_ERROR_INIT;
  srm_status status;
  unsigned mask = SRM_WEEKEND_SAT_SUN;
  switch (lua_getfield(L, tbl, "weekend")) {
  case LUA_TNIL:
    status = SRM_OK;
    break;
  case LUA_TNUMBER:
    status = srm_weekend_from_code(lua_tonumber(L, -1), &mask, &err);
    break;
  case LUA_TSTRING: {
    size_t len;
    const char *text = lua_tolstring(L, -1, &len);
    status = srm_weekend_from_string(text, len, &mask, &err);
    break;
  }
  default:
    return (unsigned)lsrm_argerrorf(
        L, where->arg, "%s 'weekend': number or string expected, got %s",
        where->what, luaL_typename(L, -1));
  }
  if (status != SRM_OK) {
    if (where->prefix_core)
      lsrm_argerrorf(L, where->arg, "%s 'weekend': %s", where->what,
                     err.message);
    luaL_argerror(L, where->arg, err.message);
  }
  lua_pop(L, 1);
  return mask;
}

void lsrm_to_calendar(lua_State *L, int tbl, const lsrm_where *where,
                      srm_calendar *cal) {
  srm_error err = SRM_ERROR_INIT;
  srm_day *days;
  size_t n;
  unsigned weekend;
  tbl = lua_absindex(L, tbl);
  weekend = to_weekend(L, tbl, where);
  n = to_holidays(L, tbl, where, &days);
  if (srm_calendar_init(cal, weekend, days, n, &err) != SRM_OK) {
    const char *key = err.arg == SRM_ARG_WEEKEND ? "weekend" : "holidays";
    if (err.status == SRM_EINVAL && where->prefix_core)
      lsrm_argerrorf(L, where->arg, "%s '%s': %s", where->what, key,
                     err.message);
    if (err.status == SRM_EINVAL)
      luaL_argerror(L, where->arg, err.message);
    luaL_error(L, "%s", err.message);
  }
}

srm_period lsrm_to_period(lua_State *L, int idx, int arg, const char *prefix) {
  srm_error err = SRM_ERROR_INIT;
  srm_period period = SRM_PERIOD_MONTH;
  size_t len;
  const char *name = lua_tolstring(L, idx, &len);
  if (srm_period_parse(name, len, &period, &err) != SRM_OK)
    lsrm_argerrorf(L, arg, "%s%s", prefix, err.message);
  return period;
}

srm_status lsrm_push_targets(lua_State *L, double total, srm_day start,
                             srm_day end, srm_period period,
                             const srm_calendar *cal, srm_error *err) {
  srm_period_target *targets;
  srm_status status;
  int64_t count;
  size_t n, i;
  status = srm_period_count(start, end, period, &count, err);
  if (status != SRM_OK)
    return status;
  /* srm_period_count gives at least 1 on success; a plan of 1583-9999 by
   * day has about 3.1 million periods, far below both limits. */
  if (count < 1 || (uint64_t)count > SIZE_MAX / sizeof *targets ||
      count > INT_MAX)
    return (srm_status)luaL_error(L, "cannot hold %I periods",
                                  (LUAI_UACINT)count);
  targets = lua_newuserdatauv(L, (size_t)count * sizeof *targets, 0);
  status = srm_period_targets(total, start, end, period, cal, targets,
                              (size_t)count, &n, err);
  if (status != SRM_OK)
    return status;
  lua_createtable(L, (int)n, 0);
  for (i = 0; i < n; i++) {
    lua_createtable(L, 0, 6);
    lua_pushinteger(L, (lua_Integer)targets[i].index);
    lua_setfield(L, -2, "index");
    lsrm_push_day(L, targets[i].first);
    lua_setfield(L, -2, "first");
    lsrm_push_day(L, targets[i].last);
    lua_setfield(L, -2, "last");
    lua_pushinteger(L, (lua_Integer)targets[i].workdays);
    lua_setfield(L, -2, "workdays");
    lua_pushinteger(L, (lua_Integer)targets[i].target);
    lua_setfield(L, -2, "target");
    lua_pushinteger(L, (lua_Integer)targets[i].cumulative);
    lua_setfield(L, -2, "cumulative");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_remove(L, -2); /* the buffer */
  return SRM_OK;
}
