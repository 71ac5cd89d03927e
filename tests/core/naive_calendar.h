/*
 * naive_calendar.h - slow, obviously correct reference calendar for the
 * tests: dates by walking years and months, weekdays by Zeller's
 * congruence, working days and period targets by visiting every day.
 * Deliberately shares no code and no formula with core/src/calendar.c and
 * core/src/periods.c.
 */
#ifndef SRM_NAIVE_CALENDAR_H
#define SRM_NAIVE_CALENDAR_H

#include <stdint.h>
#include <stdlib.h>

#include "salesroadmap.h"

static inline int naive_leap(int y) {
  if (y % 400 == 0)
    return 1;
  if (y % 100 == 0)
    return 0;
  return y % 4 == 0;
}

static inline int naive_days_in_month(int y, int m) {
  switch (m) {
  case 2:
    return naive_leap(y) ? 29 : 28;
  case 4:
  case 6:
  case 9:
  case 11:
    return 30;
  default:
    return 31;
  }
}

/* Days since 1970-01-01 by walking whole years, then months. */
static inline int64_t naive_day(int y, int m, int d) {
  int64_t n = 0;
  for (int yy = 1970; yy < y; yy++)
    n += naive_leap(yy) ? 366 : 365;
  for (int yy = y; yy < 1970; yy++)
    n -= naive_leap(yy) ? 366 : 365;
  for (int mm = 1; mm < m; mm++)
    n += naive_days_in_month(y, mm);
  return n + d - 1;
}

/* The calendar date of a day by walking whole years, then months. */
static inline void naive_ymd(int64_t day, int *y, int *m, int *d) {
  int yy = 1970, mm = 1;
  while (day < 0) {
    yy--;
    day += naive_leap(yy) ? 366 : 365;
  }
  while (day >= (naive_leap(yy) ? 366 : 365)) {
    day -= naive_leap(yy) ? 366 : 365;
    yy++;
  }
  while (day >= naive_days_in_month(yy, mm)) {
    day -= naive_days_in_month(yy, mm);
    mm++;
  }
  *y = yy;
  *m = mm;
  *d = (int)day + 1;
}

static inline void naive_next(int *y, int *m, int *d) {
  if (++*d > naive_days_in_month(*y, *m)) {
    *d = 1;
    if (++*m > 12) {
      *m = 1;
      ++*y;
    }
  }
}

static inline void naive_prev(int *y, int *m, int *d) {
  if (--*d < 1) {
    if (--*m < 1) {
      *m = 12;
      --*y;
    }
    *d = naive_days_in_month(*y, *m);
  }
}

/* Weekday 0 = Monday .. 6 = Sunday by Zeller's congruence (h = 0 is
 * Saturday), January and February counted as months 13 and 14. */
static inline int naive_weekday_ymd(int y, int m, int d) {
  if (m < 3) {
    m += 12;
    y -= 1;
  }
  int k = y % 100, j = y / 100;
  int h = (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
  return (h + 5) % 7;
}

static inline int naive_is_holiday(const srm_day *h, size_t n, int64_t day) {
  for (size_t i = 0; i < n; i++)
    if (h[i] == day)
      return 1;
  return 0;
}

/* Working days in [start, end] by visiting every day; `holidays` is the
 * raw list (unsorted, duplicates and weekend days allowed). */
static inline int64_t naive_workdays(unsigned weekend, const srm_day *holidays,
                                     size_t n, int64_t start, int64_t end) {
  int y, m, d;
  int64_t count = 0;
  naive_ymd(start, &y, &m, &d);
  int wd = naive_weekday_ymd(y, m, d);
  for (int64_t day = start; day <= end; day++) {
    if (!((weekend >> wd) & 1u) && !naive_is_holiday(holidays, n, day))
      count++;
    wd = (wd + 1) % 7;
  }
  return count;
}

/* One period of a plan computed the slow way. */
typedef struct naive_period {
  int64_t first, last, workdays, target, cumulative;
} naive_period;

/* Splits [start, end] into calendar periods by visiting every day and
 * noticing when the week (its Monday), month, quarter or year changes, and
 * spreads total = num / den over them with exact integer arithmetic:
 * C_k = ceil(num * W_k / (den * W)).  Returns the number of periods
 * (at most cap are stored), or -1 when the plan has no working day. */
static inline int64_t naive_plan(int64_t num, int64_t den, int64_t start,
                                 int64_t end, srm_period period,
                                 unsigned weekend, const srm_day *holidays,
                                 size_t nh, naive_period *out, size_t cap) {
  int y, m, d;
  int64_t count = 0, prev_key = 0, total_w = 0;
  naive_ymd(start, &y, &m, &d);
  int wd = naive_weekday_ymd(y, m, d);
  for (int64_t day = start; day <= end; day++) {
    int64_t key;
    switch (period) {
    case SRM_PERIOD_DAY:
      key = day;
      break;
    case SRM_PERIOD_WEEK:
      key = day - wd; /* the Monday of the week */
      break;
    case SRM_PERIOD_MONTH:
      key = (int64_t)y * 12 + m;
      break;
    case SRM_PERIOD_QUARTER:
      key = (int64_t)y * 4 + (m - 1) / 3;
      break;
    default:
      key = y;
      break;
    }
    if (day == start || key != prev_key) {
      count++;
      if ((size_t)count <= cap) {
        out[count - 1].first = day;
        out[count - 1].workdays = 0;
      }
      prev_key = key;
    }
    int working =
        !((weekend >> wd) & 1u) && !naive_is_holiday(holidays, nh, day);
    if ((size_t)count <= cap) {
      out[count - 1].last = day;
      out[count - 1].workdays += working;
    }
    total_w += working;
    wd = (wd + 1) % 7;
    naive_next(&y, &m, &d);
  }
  if (total_w == 0)
    return -1;
  int64_t cum_w = 0, prev_c = 0;
  for (int64_t k = 0; k < count && (size_t)k < cap; k++) {
    cum_w += out[k].workdays;
    int64_t c = (num * cum_w + den * total_w - 1) / (den * total_w);
    out[k].cumulative = c;
    out[k].target = c - prev_c;
    prev_c = c;
  }
  return count;
}

/* A small fixed-seed generator (splitmix64), so every run tests the same
 * inputs. */
static inline uint64_t naive_rand(uint64_t *state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15u);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
  return z ^ (z >> 31);
}

/* Uniform in [lo, hi]. */
static inline int64_t naive_rand_range(uint64_t *state, int64_t lo,
                                       int64_t hi) {
  return lo + (int64_t)(naive_rand(state) % (uint64_t)(hi - lo + 1));
}

#endif /* SRM_NAIVE_CALENDAR_H */
