/*
 * periods.c - plan periods, period targets that add up, and pacing.
 *
 * A plan [start, end] is cut into calendar-aligned periods clipped to the
 * plan.  Period k's bounds follow from start by arithmetic alone, so one
 * target is found without visiting the periods before it: with W the
 * working days of the plan and W_k those up to the end of period k,
 * C_k = approx_ceil(total * W_k / W) and target_k = C_k - C_(k-1).
 */
#include <math.h>

#include "internal.h"

/* A validated plan: its bounds, the calendar date of start and the number
 * of periods. */
typedef struct plan {
  srm_day start, end;
  srm_period period;
  int year, month; /* of start */
  int64_t monday;  /* the Monday of start's ISO week, maybe before 1583 */
  int64_t count;
} plan;

srm_status srm_period_parse(const char *name, size_t len, srm_period *period,
                            srm_error *err) {
  static const struct {
    const char *name;
    size_t len;
    srm_period period;
  } names[] = {
      {"day", 3, SRM_PERIOD_DAY},          {"dag", 3, SRM_PERIOD_DAY},
      {"week", 4, SRM_PERIOD_WEEK},        {"month", 5, SRM_PERIOD_MONTH},
      {"maand", 5, SRM_PERIOD_MONTH},      {"quarter", 7, SRM_PERIOD_QUARTER},
      {"kwartaal", 8, SRM_PERIOD_QUARTER}, {"year", 4, SRM_PERIOD_YEAR},
      {"jaar", 4, SRM_PERIOD_YEAR}};
  if (period == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "period output must not be NULL");
  for (size_t i = 0; name != NULL && i < sizeof names / sizeof *names; i++) {
    size_t j = 0;
    if (names[i].len != len)
      continue;
    /* ASCII case folding, independent of the locale. */
    while (j < len) {
      char c = name[j];
      if (c >= 'A' && c <= 'Z')
        c = (char)(c - 'A' + 'a');
      if (c != names[i].name[j])
        break;
      j++;
    }
    if (j == len) {
      *period = names[i].period;
      return SRM_OK;
    }
  }
  return srmi_fail(err, SRM_EINVAL, SRM_ARG_PERIOD,
                   "period must be day, week, month, quarter or year");
}

const char *srm_period_name(srm_period period) {
  switch (period) {
  case SRM_PERIOD_DAY:
    return "day";
  case SRM_PERIOD_WEEK:
    return "week";
  case SRM_PERIOD_MONTH:
    return "month";
  case SRM_PERIOD_QUARTER:
    return "quarter";
  case SRM_PERIOD_YEAR:
    return "year";
  }
  return NULL;
}

/* Checks that a day is supported and gives its calendar date. */
static srm_status check_day(srm_day day, srm_arg arg, const char *message,
                            int *year, int *month, srm_error *err) {
  int mday;
  if (srm_day_to_ymd(day, year, month, &mday, NULL) != SRM_OK)
    return srmi_fail(err, SRM_EINVAL, arg, message);
  return SRM_OK;
}

static srm_status plan_init(srm_day start, srm_day end, srm_period period,
                            plan *p, srm_error *err) {
  int y1, m1;
  srm_status st;
  st = check_day(start, SRM_ARG_START,
                 "start must be between 1583-01-01 and 9999-12-31", &p->year,
                 &p->month, err);
  if (st != SRM_OK)
    return st;
  st =
      check_day(end, SRM_ARG_END,
                "end must be between 1583-01-01 and 9999-12-31", &y1, &m1, err);
  if (st != SRM_OK)
    return st;
  if (start > end)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_START, "start is after end");
  p->start = start;
  p->end = end;
  p->period = period;
  p->monday = (int64_t)start - srm_weekday(start);
  switch (period) {
  case SRM_PERIOD_DAY:
    p->count = (int64_t)end - start + 1;
    return SRM_OK;
  case SRM_PERIOD_WEEK:
    p->count = ((int64_t)end - srm_weekday(end) - p->monday) / 7 + 1;
    return SRM_OK;
  case SRM_PERIOD_MONTH:
    p->count = ((int64_t)y1 * 12 + m1) - ((int64_t)p->year * 12 + p->month) + 1;
    return SRM_OK;
  case SRM_PERIOD_QUARTER:
    p->count = ((int64_t)y1 * 4 + (m1 - 1) / 3) -
               ((int64_t)p->year * 4 + (p->month - 1) / 3) + 1;
    return SRM_OK;
  case SRM_PERIOD_YEAR:
    p->count = (int64_t)y1 - p->year + 1;
    return SRM_OK;
  }
  return srmi_fail(err, SRM_EINVAL, SRM_ARG_PERIOD,
                   "period must be day, week, month, quarter or year");
}

/* The first day of a month of a supported year. */
static int64_t first_of_month(int64_t year, int64_t month) {
  srm_day day = 0;
  /* Valid by construction: the callers stay within the plan's years. */
  (void)srm_day_from_ymd((int)year, (int)month, 1, &day, NULL);
  return day;
}

/* The first day of the calendar period k (1-based) counted from the one
 * containing the plan's start, before clipping to the plan.  For k >= 2 and
 * k <= count it lies inside the plan. */
static int64_t aligned_first(const plan *p, int64_t k) {
  int64_t i;
  switch (p->period) {
  case SRM_PERIOD_DAY:
    return (int64_t)p->start + (k - 1);
  case SRM_PERIOD_WEEK:
    return p->monday + 7 * (k - 1);
  case SRM_PERIOD_MONTH:
    i = (int64_t)p->year * 12 + (p->month - 1) + (k - 1);
    return first_of_month(i / 12, i % 12 + 1);
  case SRM_PERIOD_QUARTER:
    i = (int64_t)p->year * 4 + (p->month - 1) / 3 + (k - 1);
    return first_of_month(i / 4, (i % 4) * 3 + 1);
  case SRM_PERIOD_YEAR:
    return first_of_month(p->year + (k - 1), 1);
  }
  return p->start;
}

/* Bounds of period k (1..count) clipped to the plan. */
static void period_bounds(const plan *p, int64_t k, srm_day *first,
                          srm_day *last) {
  *first = k == 1 ? p->start : (srm_day)aligned_first(p, k);
  *last = k == p->count ? p->end : (srm_day)(aligned_first(p, k + 1) - 1);
}

srm_status srm_period_count(srm_day start, srm_day end, srm_period period,
                            int64_t *count, srm_error *err) {
  plan p;
  srm_status st;
  if (count == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "count output must not be NULL");
  st = plan_init(start, end, period, &p, err);
  if (st != SRM_OK)
    return st;
  *count = p.count;
  return SRM_OK;
}

static srm_status check_amount(double value, srm_arg arg, const char *message,
                               srm_error *err) {
  if (!isfinite(value) || value < 0)
    return srmi_fail(err, SRM_EINVAL, arg, message);
  return SRM_OK;
}

/* Everything target_at and targets share: the plan, its working days W and
 * the rounded total. */
static srm_status spread_init(double total, srm_day start, srm_day end,
                              srm_period period, const srm_calendar *cal,
                              plan *p, int64_t *w, int64_t *ctotal,
                              srm_error *err) {
  srm_status st;
  st = check_amount(total, SRM_ARG_TOTAL, "total must be a finite number >= 0",
                    err);
  if (st != SRM_OK)
    return st;
  st = plan_init(start, end, period, p, err);
  if (st != SRM_OK)
    return st;
  st = srm_workdays(cal, start, end, w, err);
  if (st != SRM_OK)
    return st;
  if (*w == 0)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_START,
                     "the plan has no working day");
  return srmi_count(total, ctotal, SRM_ARG_TOTAL, err);
}

/* C_k for W_k = wk working days out of w.  The last working day gives
 * exactly approx_ceil(total), so the targets add up.  Never fails once
 * ctotal <= 2^53: the product and the quotient are correctly rounded, hence
 * monotonic in wk, and wk < w keeps the value below total. */
static srm_status cumulative(double total, int64_t ctotal, int64_t wk,
                             int64_t w, int64_t *c, srm_error *err) {
  if (wk == w) {
    *c = ctotal;
    return SRM_OK;
  }
  return srmi_count((total * (double)wk) / (double)w, c, SRM_ARG_TOTAL, err);
}

srm_status srm_period_target_at(double total, srm_day start, srm_day end,
                                srm_period period, int64_t index,
                                const srm_calendar *cal, srm_period_target *out,
                                srm_error *err) {
  plan p;
  srm_status st;
  int64_t w, ctotal, wk, wd, c, c_prev;
  srm_day first, last;
  if (out == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "target output must not be NULL");
  st = spread_init(total, start, end, period, cal, &p, &w, &ctotal, err);
  if (st != SRM_OK)
    return st;
  if (index < 1 || index > p.count)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_INDEX,
                     "index must be between 1 and the number of periods");
  period_bounds(&p, index, &first, &last);
  /* Calendar and bounds are valid here, so these cannot fail. */
  st = srm_workdays(cal, start, last, &wk, err);
  if (st == SRM_OK)
    st = srm_workdays(cal, first, last, &wd, err);
  if (st == SRM_OK)
    st = cumulative(total, ctotal, wk, w, &c, err);
  if (st == SRM_OK)
    st = cumulative(total, ctotal, wk - wd, w, &c_prev, err);
  if (st != SRM_OK)
    return st;
  out->index = index;
  out->first = first;
  out->last = last;
  out->workdays = wd;
  out->target = c - c_prev;
  out->cumulative = c;
  return SRM_OK;
}

srm_status srm_period_targets(double total, srm_day start, srm_day end,
                              srm_period period, const srm_calendar *cal,
                              srm_period_target *out, size_t cap, size_t *n,
                              srm_error *err) {
  plan p;
  srm_status st;
  int64_t w, ctotal, wk = 0, c_prev = 0;
  if (n == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "count output must not be NULL");
  st = spread_init(total, start, end, period, cal, &p, &w, &ctotal, err);
  if (st != SRM_OK)
    return st;
  if ((uint64_t)p.count > cap) {
    *n = (size_t)p.count;
    return srmi_fail(err, SRM_ESIZE, SRM_ARG_OUTPUT,
                     "output buffer is too small for the periods of the plan");
  }
  if (out == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "target output must not be NULL");
  for (int64_t k = 1; k <= p.count; k++) {
    srm_period_target *t = &out[k - 1];
    int64_t wd, c;
    period_bounds(&p, k, &t->first, &t->last);
    /* As in srm_period_target_at(), these cannot fail any more. */
    st = srm_workdays(cal, t->first, t->last, &wd, err);
    if (st == SRM_OK) {
      wk += wd;
      st = cumulative(total, ctotal, wk, w, &c, err);
    }
    if (st != SRM_OK)
      return st;
    t->index = k;
    t->workdays = wd;
    t->target = c - c_prev;
    t->cumulative = c;
    c_prev = c;
  }
  *n = (size_t)p.count;
  return SRM_OK;
}

srm_status srm_pace(double total, double done, srm_day today, srm_day end,
                    const srm_calendar *cal, int64_t *per_day, srm_error *err) {
  srm_status st;
  int64_t r = 0;
  int y, m;
  double remaining;
  if (per_day == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "pace output must not be NULL");
  st = check_amount(total, SRM_ARG_TOTAL, "total must be a finite number >= 0",
                    err);
  if (st == SRM_OK)
    st = check_amount(done, SRM_ARG_DONE, "done must be a finite number >= 0",
                      err);
  if (st == SRM_OK)
    st = check_day(today, SRM_ARG_TODAY,
                   "today must be between 1583-01-01 and 9999-12-31", &y, &m,
                   err);
  if (st == SRM_OK)
    st =
        check_day(end, SRM_ARG_END,
                  "end must be between 1583-01-01 and 9999-12-31", &y, &m, err);
  /* Counting [end, end] when today is after end still checks the calendar,
   * so a bad one fails whatever the dates. */
  if (st == SRM_OK)
    st = srm_workdays(cal, today <= end ? today : end, end, &r, err);
  if (st != SRM_OK)
    return st;
  if (today > end)
    r = 0;
  remaining = total - done;
  if (remaining <= 0) {
    *per_day = 0;
    return SRM_OK;
  }
  if (r == 0)
    return srmi_fail(err, SRM_EUNREACHABLE, SRM_ARG_TODAY,
                     "no working day is left between today and end");
  st = srmi_count(remaining / (double)r, per_day, SRM_ARG_TOTAL, err);
  /* Work remains: at least 1 per day, even when remaining / r underflows. */
  if (st == SRM_OK && *per_day == 0)
    *per_day = 1;
  return st;
}
