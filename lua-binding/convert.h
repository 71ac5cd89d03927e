/*
 * convert.h - argument conversion shared by the Lua module's source files;
 * not installed.
 *
 * The module checks the shape of each Lua argument (type, table layout,
 * option names), converts it for the core and turns a failed core call into
 * a Lua error.  The meaning of the values is checked by the core alone.
 */
#ifndef SRM_LUA_CONVERT_H
#define SRM_LUA_CONVERT_H

#include <stddef.h>

#include <lua.h>

#include "salesroadmap.h"

/* The metatable of the tables plan() returns (kept in the registry). */
#define LSRM_PLAN_META "salesroadmap.plan"

/* Where a core argument sits among a Lua function's arguments.  Lists of
 * these end with LSRM_ARGPOS_END. */
typedef struct lsrm_argpos {
  srm_arg arg;
  int pos;
} lsrm_argpos;

#define LSRM_ARGPOS_END                                                        \
  { SRM_ARG_NONE, 0 }

/* How errors about a value read from a table argument are worded.  In an
 * options table (`what` = "option") the core's messages are used as they
 * are and shape errors read "option 'weekend': ..."; in plan's table
 * (`what` = "field") every message starts with "field 'name': ". */
typedef struct lsrm_where {
  int arg;          /* Lua argument position the error is reported at */
  const char *what; /* "option" or "field" */
  int prefix_core;  /* 1: prefix the core's messages with the key too */
} lsrm_where;

/* Raises the Lua error for a failed core call.  SRM_EINVAL about an argument
 * found in `map` is `bad argument #pos to 'fn' (message)`; every other
 * failure (result too large, goal no longer reachable, ...) is a plain error
 * whose message is the core's, after the caller's position as luaL_error
 * gives it ("script.lua:12: ").  Never returns. */
int lsrm_fail(lua_State *L, const srm_error *err, const lsrm_argpos *map);

/* luaL_argerror with a formatted reason.  Never returns. */
int lsrm_argerrorf(lua_State *L, int arg, const char *fmt, ...);

/* Rejects calls with more than `max` arguments. */
void lsrm_check_nargs(lua_State *L, int max);

/* The day of the date at stack index idx: an ISO "YYYY-MM-DD" string or a
 * table with integer fields year, month and day (other fields, as in
 * os.date("*t"), are ignored).  Errors are reported at argument `arg`, their
 * reason starting with `prefix` (may be ""). */
srm_day lsrm_to_day(lua_State *L, int idx, int arg, const char *prefix);

/* Pushes the ISO string of a day. */
void lsrm_push_day(lua_State *L, srm_day day);

/* The numbers of the sequence table at stack index idx, copied into a
 * buffer that is left on the stack (a userdata, freed by the garbage
 * collector); *n receives the count.  Every item must be a number; errors
 * are reported at argument `arg` as "name[i]: ...". */
const double *lsrm_to_numbers(lua_State *L, int idx, int arg, const char *name,
                              size_t *n);

/* Fails when the table at stack index tbl has a key not in `names`
 * (NULL-terminated): "unknown <what> 'key'". */
void lsrm_check_keys(lua_State *L, int tbl, const char *const names[],
                     const lsrm_where *where);

/* Builds a calendar from the `holidays` and `weekend` keys of the table at
 * stack index tbl (both optional).  The holiday buffer the calendar points
 * to is left on the stack, so the calendar is valid until the calling
 * function returns. */
void lsrm_to_calendar(lua_State *L, int tbl, const lsrm_where *where,
                      srm_calendar *cal);

/* The period named by the string at stack index idx; a failure is reported
 * at argument `arg` with `prefix` before the core's message. */
srm_period lsrm_to_period(lua_State *L, int idx, int arg, const char *prefix);

/* Computes the period targets of a plan with the core and, on success,
 * pushes them as a sequence of records {index=, first=, last=, workdays=,
 * target=, cumulative=} (dates as ISO strings).  On failure returns the
 * core's status with err filled in. */
srm_status lsrm_push_targets(lua_State *L, double total, srm_day start,
                             srm_day end, srm_period period,
                             const srm_calendar *cal, srm_error *err);

/* plan{...} and the __tostring of its result (plan.c). */
int lsrm_plan(lua_State *L);
int lsrm_plan_tostring(lua_State *L);

#endif /* SRM_LUA_CONVERT_H */
