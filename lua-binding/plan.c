/*
 * plan.c - plan{...}: a whole sales roadmap in one plain table, and the text
 * table its __tostring prints.
 *
 * plan() reads its fields, calls the core for every figure and returns the
 * inputs (dates as ISO strings) next to the results.  The text rendering
 * reads the table back, so it shows what the table holds.
 */
#include <stdint.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "convert.h"

/* ------------------------------------------------------------------------
 * Reading the fields
 * ---------------------------------------------------------------------- */

/* Raises the error of a failed core call: an argument error naming the
 * field the core blames, a plain error for failures that are not about one
 * argument. */
static int plan_fail(lua_State *L, const srm_error *err) {
  static const struct {
    srm_arg arg;
    const char *key;
  } keys[] = {{SRM_ARG_GOAL, "goal"},
              {SRM_ARG_DEAL_VALUE, "deal_value"},
              {SRM_ARG_LEADS_PER_SALE, "leads_per_sale"},
              {SRM_ARG_CONFIDENCE, "confidence"},
              {SRM_ARG_RATIOS, "funnel"},
              {SRM_ARG_START, "start"},
              {SRM_ARG_END, "finish"},
              {SRM_ARG_PERIOD, "period"},
              {SRM_ARG_HOLIDAYS, "holidays"},
              {SRM_ARG_WEEKEND, "weekend"}};
  static const lsrm_argpos whole[] = {{SRM_ARG_NONE, 1}, LSRM_ARGPOS_END};
  size_t i;
  if (err->status == SRM_EINVAL) {
    for (i = 0; i < sizeof keys / sizeof keys[0]; i++)
      if (keys[i].arg == err->arg)
        return lsrm_argerrorf(L, 1, "field '%s': %s", keys[i].key,
                              err->message);
    return luaL_argerror(L, 1, err->message);
  }
  return lsrm_fail(L, err, whole + 1);
}

/* A number field; returns 0 when it is absent (an error if required). */
static int field_number(lua_State *L, const char *key, int required,
                        double *out) {
  int type = lua_getfield(L, 1, key);
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    if (required)
      lsrm_argerrorf(L, 1, "missing field '%s'", key);
    return 0;
  }
  if (type != LUA_TNUMBER)
    lsrm_argerrorf(L, 1, "field '%s': number expected, got %s", key,
                   luaL_typename(L, -1));
  *out = lua_tonumber(L, -1);
  lua_pop(L, 1);
  return 1;
}

/* A required date field. */
static srm_day field_day(lua_State *L, const char *key) {
  srm_day day;
  const char *prefix;
  if (lua_getfield(L, 1, key) == LUA_TNIL)
    lsrm_argerrorf(L, 1, "missing field '%s'", key);
  prefix = lua_pushfstring(L, "field '%s': ", key);
  day = lsrm_to_day(L, -2, 1, prefix);
  lua_pop(L, 2);
  return day;
}

/* The optional period field; "month" when absent. */
static srm_period field_period(lua_State *L) {
  srm_period period = SRM_PERIOD_MONTH;
  int type = lua_getfield(L, 1, "period");
  if (type == LUA_TSTRING)
    period = lsrm_to_period(L, -1, 1, "field 'period': ");
  else if (type != LUA_TNIL)
    lsrm_argerrorf(L, 1, "field 'period': string expected, got %s",
                   luaL_typename(L, -1));
  lua_pop(L, 1);
  return period;
}

/* The optional funnel field: its ratios, left on the stack with their
 * buffer; NULL when absent. */
static const double *field_funnel(lua_State *L, size_t *n) {
  int type = lua_getfield(L, 1, "funnel");
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    *n = 0;
    return NULL;
  }
  if (type != LUA_TTABLE)
    lsrm_argerrorf(L, 1, "field 'funnel': table expected, got %s",
                   luaL_typename(L, -1));
  return lsrm_to_numbers(L, -1, 1, "funnel", n);
}

static void set_integer(lua_State *L, int tbl, const char *key, int64_t v) {
  lua_pushinteger(L, (lua_Integer)v);
  lua_setfield(L, tbl, key);
}

/* Copies field `key` of the argument table into the result table. */
static void copy_field(lua_State *L, int result, const char *key) {
  lua_getfield(L, 1, key);
  lua_setfield(L, result, key);
}

/* A sequence of counts as a new table on the stack. */
static void push_counts(lua_State *L, const int64_t *v, size_t n) {
  size_t i;
  lua_createtable(L, (int)n, 0);
  for (i = 0; i < n; i++) {
    lua_pushinteger(L, (lua_Integer)v[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

/* A copy of items 1..n of the sequence in field `key` of the argument. */
static void copy_sequence(lua_State *L, int result, const char *key, size_t n) {
  size_t i;
  lua_getfield(L, 1, key);
  lua_createtable(L, (int)n, 0);
  for (i = 1; i <= n; i++) {
    lua_rawgeti(L, -2, (lua_Integer)i);
    lua_rawseti(L, -2, (lua_Integer)i);
  }
  lua_setfield(L, result, key);
  lua_pop(L, 1);
}

int lsrm_plan(lua_State *L) {
  static const char *const names[] = {"goal",    "deal_value", "leads_per_sale",
                                      "funnel",  "confidence", "start",
                                      "finish",  "period",     "holidays",
                                      "weekend", NULL};
  lsrm_where where;
  srm_error err = SRM_ERROR_INIT;
  srm_calendar cal;
  srm_period period;
  srm_day start, finish;
  const double *ratios;
  int64_t *stages = NULL;
  int64_t sales, leads = 0, leads_at_confidence = 0, total, workdays, pace;
  double goal, deal_value, leads_per_sale = 0, confidence = 0;
  size_t n_ratios, i;
  int has_leads_per_sale, has_confidence, periods, result;

  lsrm_check_nargs(L, 1);
  luaL_checktype(L, 1, LUA_TTABLE);
  where.arg = 1;
  where.what = "field";
  where.prefix_core = 1;
  lsrm_check_keys(L, 1, names, &where);

  field_number(L, "goal", 1, &goal);
  field_number(L, "deal_value", 1, &deal_value);
  has_leads_per_sale = field_number(L, "leads_per_sale", 0, &leads_per_sale);
  ratios = field_funnel(L, &n_ratios);
  if (has_leads_per_sale && ratios != NULL)
    lsrm_argerrorf(L, 1,
                   "fields 'leads_per_sale' and 'funnel' both given; "
                   "give one of them");
  if (!has_leads_per_sale && ratios == NULL)
    lsrm_argerrorf(L, 1, "missing field 'leads_per_sale' or 'funnel'");
  has_confidence = field_number(L, "confidence", 0, &confidence);
  if (has_confidence && ratios != NULL)
    lsrm_argerrorf(L, 1,
                   "field 'confidence': needs 'leads_per_sale'; it is "
                   "not available with 'funnel'");
  start = field_day(L, "start");
  finish = field_day(L, "finish");
  period = field_period(L);
  lsrm_to_calendar(L, 1, &where, &cal);

  /* Every figure comes from the core. */
  if (srm_sales_needed(goal, deal_value, &sales, &err) != SRM_OK)
    return plan_fail(L, &err);
  if (ratios == NULL) {
    if (srm_leads_needed(goal, deal_value, leads_per_sale, &leads, &err) !=
        SRM_OK)
      return plan_fail(L, &err);
    total = leads;
    if (has_confidence) {
      if (srm_leads_needed_at_confidence(goal, deal_value, leads_per_sale,
                                         confidence, &leads_at_confidence,
                                         &err) != SRM_OK)
        return plan_fail(L, &err);
      total = leads_at_confidence;
    }
  } else {
    stages = lua_newuserdatauv(L, (n_ratios + 1) * sizeof *stages, 0);
    if (srm_funnel_needed(goal, deal_value, ratios, n_ratios, stages, &err) !=
        SRM_OK)
      return plan_fail(L, &err);
    total = stages[0];
  }
  if (srm_workdays(&cal, start, finish, &workdays, &err) != SRM_OK)
    return plan_fail(L, &err);
  if (lsrm_push_targets(L, (double)total, start, finish, period, &cal, &err) !=
      SRM_OK)
    return plan_fail(L, &err);
  periods = lua_gettop(L);
  if (srm_pace((double)total, 0, start, finish, &cal, &pace, &err) != SRM_OK)
    return plan_fail(L, &err);

  lua_createtable(L, 0, 20);
  result = lua_gettop(L);
  copy_field(L, result, "goal");
  copy_field(L, result, "deal_value");
  if (ratios == NULL)
    copy_field(L, result, "leads_per_sale");
  else
    copy_sequence(L, result, "funnel", n_ratios);
  copy_field(L, result, "confidence");
  lsrm_push_day(L, start);
  lua_setfield(L, result, "start");
  lsrm_push_day(L, finish);
  lua_setfield(L, result, "finish");
  lua_pushstring(L, srm_period_name(period));
  lua_setfield(L, result, "period");
  copy_field(L, result, "weekend");
  if (cal.n_holidays > 0) {
    /* The holidays that count: sorted, without duplicates or weekend days. */
    lua_createtable(L, (int)cal.n_holidays, 0);
    for (i = 0; i < cal.n_holidays; i++) {
      lsrm_push_day(L, cal.holidays[i]);
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, result, "holidays");
  }
  set_integer(L, result, "sales", sales);
  if (ratios == NULL)
    set_integer(L, result, "leads", leads);
  if (has_confidence)
    set_integer(L, result, "leads_at_confidence", leads_at_confidence);
  if (stages != NULL) {
    push_counts(L, stages, n_ratios + 1);
    lua_setfield(L, result, "stages");
  }
  set_integer(L, result, "total", total);
  set_integer(L, result, "workdays", workdays);
  set_integer(L, result, "per_workday", pace);
  lua_pushvalue(L, periods);
  lua_setfield(L, result, "periods");
  luaL_setmetatable(L, LSRM_PLAN_META);
  return 1;
}

/* ------------------------------------------------------------------------
 * The text table
 *
 * The text is measured first and then written into one buffer, so its size
 * does not depend on the number of periods.  Every cell is the tostring of
 * what the table holds.
 * ---------------------------------------------------------------------- */

typedef struct writer {
  char *out; /* NULL while measuring */
  size_t cap;
  size_t len;
} writer;

static void put(writer *w, const char *s, size_t n) {
  if (w->out != NULL) {
    size_t room = w->len < w->cap ? w->cap - w->len : 0;
    memcpy(w->out + w->len, s, n < room ? n : room);
  }
  w->len += n;
}

static void put_spaces(writer *w, size_t n) {
  static const char spaces[] = "                ";
  while (n > 0) {
    size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
    put(w, spaces, k);
    n -= k;
  }
}

/* Writes s in a column of `width`, right-aligned or left-aligned. */
static void put_cell(writer *w, const char *s, size_t len, size_t width,
                     int right) {
  size_t fill = len < width ? width - len : 0;
  if (right)
    put_spaces(w, fill);
  put(w, s, len);
  if (!right)
    put_spaces(w, fill);
}

/* Pushes the text of field `key` of the table at tbl: its tostring, or its
 * items joined with ", " when it is a table without a __tostring. */
static const char *push_text(lua_State *L, int tbl, const char *key,
                             size_t *len) {
  lua_getfield(L, tbl, key);
  if (lua_type(L, -1) == LUA_TTABLE &&
      luaL_getmetafield(L, -1, "__tostring") == LUA_TNIL) {
    luaL_Buffer b;
    lua_Integer i, n = (lua_Integer)lua_rawlen(L, -1);
    int list = lua_gettop(L);
    luaL_buffinit(L, &b);
    for (i = 1; i <= n; i++) {
      if (i > 1)
        luaL_addstring(&b, ", ");
      lua_rawgeti(L, list, i);
      luaL_tolstring(L, -1, NULL);
      lua_remove(L, -2);
      luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
  } else {
    if (lua_type(L, -1) == LUA_TTABLE)
      lua_pop(L, 1); /* the metafield */
    luaL_tolstring(L, -1, NULL);
  }
  lua_remove(L, -2);
  return lua_tolstring(L, -1, len);
}

/* The summary rows: label and field.  Rows whose field is nil are left
 * out; the funnel's stages are added before "sales". */
static const struct {
  const char *label;
  const char *key;
  int count; /* show the number of items of a list, not the items */
} summary[] = {{"goal", "goal", 0},
               {"deal value", "deal_value", 0},
               {"leads per sale", "leads_per_sale", 0},
               {"funnel ratios", "funnel", 0},
               {"confidence", "confidence", 0},
               {"weekend", "weekend", 0},
               {"holidays", "holidays", 1},
               {"working days", "workdays", 0},
               {"sales", "sales", 0},
               {"leads (average)", "leads", 0},
               {"leads at confidence", "leads_at_confidence", 0},
               {"per working day", "per_workday", 0}};

#define N_COLUMNS 6
static const char *const column_key[N_COLUMNS] = {
    "index", "first", "last", "workdays", "target", "cumulative"};
static const char *const column_head[N_COLUMNS] = {
    "period", "first", "last", "workdays", "target", "cumulative"};
static const int column_right[N_COLUMNS] = {1, 0, 0, 1, 1, 1};

/* Pushes every summary row as two strings, label and value; returns the
 * number of rows. */
static int push_summary(lua_State *L, int tbl) {
  size_t i;
  int rows = 0;
  for (i = 0; i < sizeof summary / sizeof summary[0]; i++) {
    int type;
    if (strcmp(summary[i].key, "sales") == 0) {
      /* The funnel's stages come before sales, the last stage. */
      lua_Integer k, n = 0;
      if (lua_getfield(L, tbl, "stages") == LUA_TTABLE)
        n = (lua_Integer)lua_rawlen(L, -1);
      lua_pop(L, 1);
      for (k = 1; k < n; k++) {
        luaL_checkstack(L, 4, "too many funnel stages");
        lua_pushfstring(L, "stage %I", (LUAI_UACINT)k);
        lua_getfield(L, tbl, "stages");
        lua_rawgeti(L, -1, k);
        luaL_tolstring(L, -1, NULL);
        lua_replace(L, -3);
        lua_pop(L, 1);
        rows++;
      }
    }
    type = lua_getfield(L, tbl, summary[i].key);
    lua_pop(L, 1);
    if (type != LUA_TNIL) {
      luaL_checkstack(L, 2, "too many rows");
      lua_pushstring(L, summary[i].label);
      if (summary[i].count &&
          lua_getfield(L, tbl, summary[i].key) == LUA_TTABLE) {
        lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
        luaL_tolstring(L, -1, NULL);
        lua_replace(L, -3);
        lua_pop(L, 1);
      } else {
        if (summary[i].count)
          lua_pop(L, 1);
        push_text(L, tbl, summary[i].key, NULL);
      }
      rows++;
    }
  }
  return rows;
}

/* Writes the whole text; the summary strings start at stack index `first`.
 */
static void render(lua_State *L, int tbl, int first, int rows,
                   const size_t *label_width, const size_t *value_width,
                   const size_t *width, int periods, writer *w) {
  size_t len;
  const char *s;
  int r, c;
  lua_Integer i, n;

  put(w, "Sales roadmap ", 14);
  s = push_text(L, tbl, "start", &len);
  put(w, s, len);
  put(w, " to ", 4);
  s = push_text(L, tbl, "finish", &len);
  put(w, s, len);
  put(w, ", by ", 5);
  s = push_text(L, tbl, "period", &len);
  put(w, s, len);
  put(w, "\n", 1);
  lua_pop(L, 3);

  for (r = 0; r < rows; r++) {
    put_spaces(w, 2);
    s = lua_tolstring(L, first + 2 * r, &len);
    put_cell(w, s, len, *label_width, 0);
    put_spaces(w, 2);
    s = lua_tolstring(L, first + 2 * r + 1, &len);
    put_cell(w, s, len, *value_width, 1);
    put(w, "\n", 1);
  }

  if (periods == 0)
    return;
  put(w, "\n", 1);
  for (c = 0; c < N_COLUMNS; c++) {
    put_spaces(w, 2);
    put_cell(w, column_head[c], strlen(column_head[c]), width[c],
             column_right[c]);
  }
  put(w, "\n", 1);
  n = (lua_Integer)lua_rawlen(L, periods);
  for (i = 1; i <= n; i++) {
    int record;
    lua_rawgeti(L, periods, i);
    record = lua_gettop(L);
    for (c = 0; c < N_COLUMNS; c++) {
      put_spaces(w, 2);
      if (lua_type(L, record) == LUA_TTABLE)
        s = push_text(L, record, column_key[c], &len);
      else
        s = luaL_tolstring(L, record, &len);
      put_cell(w, s, len, width[c], column_right[c]);
      lua_pop(L, 1);
    }
    put(w, "\n", 1);
    lua_pop(L, 1);
  }
}

int lsrm_plan_tostring(lua_State *L) {
  size_t label_width = 0, value_width = 0, width[N_COLUMNS];
  int first, rows, r, c, periods = 0;
  lua_Integer i, n;
  writer w;

  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  if (lua_getfield(L, 1, "periods") == LUA_TTABLE)
    periods = 2;
  first = lua_gettop(L) + 1;
  rows = push_summary(L, 1);

  for (r = 0; r < rows; r++) {
    size_t len;
    lua_tolstring(L, first + 2 * r, &len);
    if (len > label_width)
      label_width = len;
    lua_tolstring(L, first + 2 * r + 1, &len);
    if (len > value_width)
      value_width = len;
  }
  for (c = 0; c < N_COLUMNS; c++)
    width[c] = strlen(column_head[c]);
  n = periods != 0 ? (lua_Integer)lua_rawlen(L, periods) : 0;
  for (i = 1; i <= n; i++) {
    lua_rawgeti(L, periods, i);
    for (c = 0; c < N_COLUMNS; c++) {
      size_t len;
      if (lua_type(L, -1) == LUA_TTABLE)
        push_text(L, -1, column_key[c], &len);
      else
        luaL_tolstring(L, -1, &len);
      if (len > width[c])
        width[c] = len;
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }

  w.out = NULL;
  w.cap = 0;
  w.len = 0;
  render(L, 1, first, rows, &label_width, &value_width, width, periods, &w);
  w.cap = w.len;
  w.out = lua_newuserdatauv(L, w.cap > 0 ? w.cap : 1, 0);
  w.len = 0;
  render(L, 1, first, rows, &label_width, &value_width, width, periods, &w);
  lua_pushlstring(L, w.out, w.len < w.cap ? w.len : w.cap);
  return 1;
}
