/*
 * test_periods.c - plan periods and period targets (SPEC section 6).
 *
 * Expected values are worked out by hand in the comments, or come from
 * naive_plan() in naive_calendar.h, which cuts a plan into periods by
 * visiting every day and spreads integer (or quarter) totals with exact
 * integer arithmetic.
 */
#include <string.h>

#include "testutil.h"
#include "naive_calendar.h"

enum { MON = 0, TUE, WED, THU, FRI, SAT, SUN };
#define BIT(d) (1u << (d))
#define FIRST_DAY (-141349) /* 1583-01-01, see test_calendar.c */
#define LAST_DAY 2932896    /* 9999-12-31 */

static srm_day ymd(int y, int m, int d) {
  srm_day day = 0;
  assert_int_equal(srm_day_from_ymd(y, m, d, &day, NULL), SRM_OK);
  return day;
}

static int64_t count_of(srm_day start, srm_day end, srm_period period) {
  int64_t n = -1;
  assert_int_equal(srm_period_count(start, end, period, &n, NULL), SRM_OK);
  return n;
}

static void names(void **state) {
  (void)state;
  static const struct {
    const char *text;
    srm_period period;
  } good[] = {{"day", SRM_PERIOD_DAY},          {"DAY", SRM_PERIOD_DAY},
              {"Dag", SRM_PERIOD_DAY},          {"week", SRM_PERIOD_WEEK},
              {"WeEk", SRM_PERIOD_WEEK},        {"month", SRM_PERIOD_MONTH},
              {"MAAND", SRM_PERIOD_MONTH},      {"Quarter", SRM_PERIOD_QUARTER},
              {"kwartaal", SRM_PERIOD_QUARTER}, {"year", SRM_PERIOD_YEAR},
              {"JAAR", SRM_PERIOD_YEAR},        {"mOnTh", SRM_PERIOD_MONTH}};
  srm_error err = SRM_ERROR_INIT;
  srm_period p = (srm_period)77;
  for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
    assert_int_equal(
        srm_period_parse(good[i].text, strlen(good[i].text), &p, NULL), SRM_OK);
    assert_int_equal(p, good[i].period);
  }
  /* Only len bytes count. */
  assert_int_equal(srm_period_parse("monthly", 5, &p, NULL), SRM_OK);
  assert_int_equal(p, SRM_PERIOD_MONTH);

  p = (srm_period)77;
  static const char *const bad[] = {"days",      "",     "weeks", "mon",
                                    "month ",    " day", "jaren", "kwartal",
                                    "quarterly", "d@y",  "yea",   "maandag"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    err = (srm_error)SRM_ERROR_INIT;
    assert_failed(srm_period_parse(bad[i], strlen(bad[i]), &p, &err), err,
                  SRM_EINVAL, SRM_ARG_PERIOD);
    assert_string_equal(err.message,
                        "period must be day, week, month, quarter or year");
  }
  assert_failed(srm_period_parse("day\0", 4, &p, &err), err, SRM_EINVAL,
                SRM_ARG_PERIOD);
  assert_failed(srm_period_parse(NULL, 3, &p, &err), err, SRM_EINVAL,
                SRM_ARG_PERIOD);
  assert_failed(srm_period_parse("day", 3, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  assert_int_equal(p, 77);

  assert_string_equal(srm_period_name(SRM_PERIOD_DAY), "day");
  assert_string_equal(srm_period_name(SRM_PERIOD_WEEK), "week");
  assert_string_equal(srm_period_name(SRM_PERIOD_MONTH), "month");
  assert_string_equal(srm_period_name(SRM_PERIOD_QUARTER), "quarter");
  assert_string_equal(srm_period_name(SRM_PERIOD_YEAR), "year");
  assert_null(srm_period_name((srm_period)5));
  assert_null(srm_period_name((srm_period)-1));
}

static void counts(void **state) {
  (void)state;
  srm_day jan1 = ymd(2027, 1, 1), mar31 = ymd(2027, 3, 31);
  assert_int_equal(count_of(jan1, mar31, SRM_PERIOD_DAY), 31 + 28 + 31);
  /* Friday 01-01 is in the week of Monday 2026-12-28, Wednesday 03-31 in
   * the week of Monday 03-29: 7 + 27 + 28 + 29 = 91 days = 13 weeks apart,
   * so 14 weeks. */
  assert_int_equal(count_of(jan1, mar31, SRM_PERIOD_WEEK), 14);
  assert_int_equal(count_of(jan1, mar31, SRM_PERIOD_MONTH), 3);
  assert_int_equal(count_of(jan1, mar31, SRM_PERIOD_QUARTER), 1);
  assert_int_equal(count_of(jan1, mar31, SRM_PERIOD_YEAR), 1);
  for (int p = SRM_PERIOD_DAY; p <= SRM_PERIOD_YEAR; p++)
    assert_int_equal(count_of(jan1, jan1, (srm_period)p), 1);
  /* Sunday 2027-01-03 and Monday 01-04 are in different weeks. */
  assert_int_equal(count_of(ymd(2027, 1, 3), ymd(2027, 1, 4), SRM_PERIOD_WEEK),
                   2);
  assert_int_equal(count_of(ymd(2027, 1, 4), ymd(2027, 1, 10), SRM_PERIOD_WEEK),
                   1);
  assert_int_equal(
      count_of(ymd(2026, 12, 31), ymd(2027, 1, 1), SRM_PERIOD_YEAR), 2);
  assert_int_equal(
      count_of(ymd(2027, 3, 31), ymd(2027, 4, 1), SRM_PERIOD_QUARTER), 2);
  assert_int_equal(
      count_of(ymd(2027, 2, 15), ymd(2027, 8, 10), SRM_PERIOD_QUARTER), 3);
  assert_int_equal(
      count_of(ymd(2026, 11, 30), ymd(2027, 2, 1), SRM_PERIOD_MONTH), 4);
  /* The whole supported range: 8417 years, 33668 quarters, 101004 months,
   * 3074246 days; Saturday 1583-01-01 is 5 days after its Monday and
   * Friday 9999-12-31 4 days after its Monday, so the Mondays are 3074246
   * days = 439178 weeks apart: 439179 weeks. */
  assert_int_equal(count_of(FIRST_DAY, LAST_DAY, SRM_PERIOD_YEAR), 8417);
  assert_int_equal(count_of(FIRST_DAY, LAST_DAY, SRM_PERIOD_QUARTER), 33668);
  assert_int_equal(count_of(FIRST_DAY, LAST_DAY, SRM_PERIOD_MONTH), 101004);
  assert_int_equal(count_of(FIRST_DAY, LAST_DAY, SRM_PERIOD_DAY), 3074246);
  assert_int_equal(count_of(FIRST_DAY, LAST_DAY, SRM_PERIOD_WEEK), 439179);

  srm_error err = SRM_ERROR_INIT;
  int64_t n = -9;
  assert_failed(srm_period_count(mar31, jan1, SRM_PERIOD_DAY, &n, &err), err,
                SRM_EINVAL, SRM_ARG_START);
  assert_string_equal(err.message, "start is after end");
  assert_failed(srm_period_count(FIRST_DAY - 1, jan1, SRM_PERIOD_DAY, &n, &err),
                err, SRM_EINVAL, SRM_ARG_START);
  assert_failed(srm_period_count(jan1, LAST_DAY + 1, SRM_PERIOD_DAY, &n, &err),
                err, SRM_EINVAL, SRM_ARG_END);
  assert_failed(srm_period_count(jan1, mar31, (srm_period)5, &n, &err), err,
                SRM_EINVAL, SRM_ARG_PERIOD);
  assert_failed(srm_period_count(jan1, mar31, (srm_period)-1, &n, &err), err,
                SRM_EINVAL, SRM_ARG_PERIOD);
  assert_failed(srm_period_count(jan1, mar31, SRM_PERIOD_DAY, NULL, &err), err,
                SRM_EINVAL, SRM_ARG_OUTPUT);
  assert_int_equal(n, -9);
}

/* Checks a plan period by period with srm_period_targets() and
 * srm_period_target_at(). */
typedef struct expect {
  srm_day first, last;
  int64_t workdays, target;
} expect;

static void check_plan(double total, srm_day start, srm_day end,
                       srm_period period, const srm_calendar *cal,
                       const expect *want, size_t n_want) {
  srm_period_target got[16];
  size_t n = 0;
  int64_t cum = 0;
  assert_true(n_want <= 16);
  assert_int_equal(
      srm_period_targets(total, start, end, period, cal, got, 16, &n, NULL),
      SRM_OK);
  assert_int_equal(n, n_want);
  for (size_t k = 0; k < n_want; k++) {
    srm_period_target one;
    cum += want[k].target;
    assert_int_equal(got[k].index, (int64_t)k + 1);
    assert_int_equal(got[k].first, want[k].first);
    assert_int_equal(got[k].last, want[k].last);
    assert_int_equal(got[k].workdays, want[k].workdays);
    assert_int_equal(got[k].target, want[k].target);
    assert_int_equal(got[k].cumulative, cum);
    assert_int_equal(srm_period_target_at(total, start, end, period,
                                          (int64_t)k + 1, cal, &one, NULL),
                     SRM_OK);
    assert_memory_equal(&one, &got[k], sizeof one);
  }
}

static void spec_example(void **state) {
  (void)state;
  /* January 2027 has 21 working days (Fri 01-01 + 4 weeks), February 20
   * (starts Monday, 4 weeks), March 23 (starts Monday, 4 weeks + Mon, Tue,
   * Wed): W = 64.  C1 = ceil(100 * 21 / 64 = 32.8) = 33, C2 = ceil(100 *
   * 41 / 64 = 64.06) = 65, C3 = 100: targets 33, 32, 35. */
  const expect want[] = {
      {ymd(2027, 1, 1), ymd(2027, 1, 31), 21, 33},
      {ymd(2027, 2, 1), ymd(2027, 2, 28), 20, 32},
      {ymd(2027, 3, 1), ymd(2027, 3, 31), 23, 35},
  };
  check_plan(100, ymd(2027, 1, 1), ymd(2027, 3, 31), SRM_PERIOD_MONTH, NULL,
             want, 3);
  srm_calendar cal = SRM_CALENDAR_INIT;
  check_plan(100, ymd(2027, 1, 1), ymd(2027, 3, 31), SRM_PERIOD_MONTH, &cal,
             want, 3);
  /* One quarter or one year: everything in one period. */
  const expect whole[] = {{ymd(2027, 1, 1), ymd(2027, 3, 31), 64, 100}};
  check_plan(100, ymd(2027, 1, 1), ymd(2027, 3, 31), SRM_PERIOD_QUARTER, NULL,
             whole, 1);
  check_plan(100, ymd(2027, 1, 1), ymd(2027, 3, 31), SRM_PERIOD_YEAR, NULL,
             whole, 1);
  /* 110 over the same months: ceil(2310 / 64 = 36.09) = 37, ceil(4510 / 64
   * = 70.47) = 71, 110: targets 37, 34, 39. */
  const expect w110[] = {
      {ymd(2027, 1, 1), ymd(2027, 1, 31), 21, 37},
      {ymd(2027, 2, 1), ymd(2027, 2, 28), 20, 34},
      {ymd(2027, 3, 1), ymd(2027, 3, 31), 23, 39},
  };
  check_plan(110, ymd(2027, 1, 1), ymd(2027, 3, 31), SRM_PERIOD_MONTH, NULL,
             w110, 3);
}

static void iso_weeks_across_year_end(void **state) {
  (void)state;
  /* Thursday 2026-12-24 .. Sunday 2027-01-10: the week of Monday 12-21
   * clipped, the week of Monday 12-28 (ISO week 53 of 2026, Fri 01-01 in
   * it), week 1 of 2027 from Monday 01-04.  Working days 2 (Thu, Fri),
   * 5 and 5: W = 12.  10 leads: C1 = ceil(20 / 12 = 1.67) = 2, C2 =
   * ceil(70 / 12 = 5.83) = 6, C3 = 10: targets 2, 4, 4. */
  srm_day start = ymd(2026, 12, 24), end = ymd(2027, 1, 10);
  const expect want[] = {
      {start, ymd(2026, 12, 27), 2, 2},
      {ymd(2026, 12, 28), ymd(2027, 1, 3), 5, 4},
      {ymd(2027, 1, 4), end, 5, 4},
  };
  check_plan(10, start, end, SRM_PERIOD_WEEK, NULL, want, 3);

  /* With 12-25 and 01-01 as holidays (and 12-26, a Saturday, which is
   * ignored): 1, 4, 5 working days, W = 10: C1 = 1, C2 = 5, C3 = 10. */
  srm_day h[] = {ymd(2027, 1, 1), ymd(2026, 12, 25), ymd(2026, 12, 26)};
  srm_calendar cal;
  assert_int_equal(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, h, 3, NULL),
                   SRM_OK);
  const expect with_h[] = {
      {start, ymd(2026, 12, 27), 1, 1},
      {ymd(2026, 12, 28), ymd(2027, 1, 3), 4, 4},
      {ymd(2027, 1, 4), end, 5, 5},
  };
  check_plan(10, start, end, SRM_PERIOD_WEEK, &cal, with_h, 3);
}

static void quarter_started_mid_quarter(void **state) {
  (void)state;
  /* Monday 2027-02-15 .. Tuesday 08-10.  Feb 15-28: 2 weeks = 10, March:
   * 23, so Q1 33.  April starts Thursday: 4 weeks + Thu, Fri = 22; May
   * starts Saturday: 4 weeks + Sat, Sun, Mon = 21; June starts Tuesday:
   * 4 weeks + Tue, Wed = 22; Q2 65.  July 1 (Thursday) .. Aug 10: 41 days
   * = 5 weeks + Thu..Tue = 29.  W = 127.  1000 leads: C1 = ceil(33000 /
   * 127 = 259.8) = 260, C2 = ceil(98000 / 127 = 771.7) = 772, C3 = 1000. */
  const expect want[] = {
      {ymd(2027, 2, 15), ymd(2027, 3, 31), 33, 260},
      {ymd(2027, 4, 1), ymd(2027, 6, 30), 65, 512},
      {ymd(2027, 7, 1), ymd(2027, 8, 10), 29, 228},
  };
  check_plan(1000, ymd(2027, 2, 15), ymd(2027, 8, 10), SRM_PERIOD_QUARTER, NULL,
             want, 3);
}

static void periods_without_working_days(void **state) {
  (void)state;
  /* Fri 2027-01-01 .. Mon 01-11 by day, 3 leads: working days 1, 0, 0, 1,
   * 1, 1, 1, 1, 0, 0, 1, W = 7, so W_k = 1 1 1 2 3 4 5 6 6 6 7 and C_k =
   * ceil(3 W_k / 7) = 1 1 1 1 2 2 3 3 3 3 3 (3/7 = .43, 6/7 = .86,
   * 9/7 = 1.29, 12/7 = 1.71, 15/7 = 2.14, 18/7 = 2.57). */
  static const int64_t wd[] = {1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1};
  static const int64_t tg[] = {1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0};
  expect want[11];
  for (int i = 0; i < 11; i++) {
    want[i].first = want[i].last = ymd(2027, 1, 1) + i;
    want[i].workdays = wd[i];
    want[i].target = tg[i];
  }
  check_plan(3, ymd(2027, 1, 1), ymd(2027, 1, 11), SRM_PERIOD_DAY, NULL, want,
             11);
  /* Nothing to spread: every target is 0. */
  for (int i = 0; i < 11; i++)
    want[i].target = 0;
  check_plan(0, ymd(2027, 1, 1), ymd(2027, 1, 11), SRM_PERIOD_DAY, NULL, want,
             11);
}

static void fractions_and_artifacts(void **state) {
  (void)state;
  srm_day mon = ymd(2027, 1, 4), sun2 = ymd(2027, 1, 17);
  /* 100 * 1.1 is 110.00000000000001; half of it is 55.000000000000007 in
   * binary, which the approximate ceiling takes as 55 (a plain ceiling
   * would give 56 and then 54). */
  double t = 100 * 1.1;
  assert_true((t * 5.0) / 10.0 > 55.0);
  const expect want[] = {{mon, ymd(2027, 1, 10), 5, 55},
                         {ymd(2027, 1, 11), sun2, 5, 55}};
  check_plan(t, mon, sun2, SRM_PERIOD_WEEK, NULL, want, 2);
  /* 2.5 over two equal weeks: C1 = ceil(1.25) = 2, C2 = ceil(2.5) = 3. */
  const expect half[] = {{mon, ymd(2027, 1, 10), 5, 2},
                         {ymd(2027, 1, 11), sun2, 5, 1}};
  check_plan(2.5, mon, sun2, SRM_PERIOD_WEEK, NULL, half, 2);
  /* 2^53 in one period is still exact; above it, SRM_ERANGE. */
  const expect big[] = {{mon, sun2, 10, (int64_t)1 << 53}};
  check_plan(SRM_MAX_COUNT, mon, sun2, SRM_PERIOD_YEAR, NULL, big, 1);
  srm_error err = SRM_ERROR_INIT;
  srm_period_target one;
  size_t n = 0;
  assert_failed(srm_period_target_at(1e17, mon, sun2, SRM_PERIOD_WEEK, 1, NULL,
                                     &one, &err),
                err, SRM_ERANGE, SRM_ARG_TOTAL);
  assert_failed(srm_period_targets(SRM_MAX_COUNT + 2, mon, sun2,
                                   SRM_PERIOD_WEEK, NULL, &one, 1, &n, &err),
                err, SRM_ERANGE, SRM_ARG_TOTAL);
  assert_int_equal(n, 0);
}

static void errors(void **state) {
  (void)state;
  srm_error err = SRM_ERROR_INIT;
  srm_day jan1 = ymd(2027, 1, 1), mar31 = ymd(2027, 3, 31);
  const srm_period_target sentinel = {-1, -2, -3, -4, -5, -6};
  srm_period_target one = sentinel,
                    buf[4] = {sentinel, sentinel, sentinel, sentinel};
  size_t n = 12345;

#define AT(total, s, e, per, idx, cal)                                         \
  srm_period_target_at((total), (s), (e), (per), (idx), (cal), &one, &err)
#define ALL(total, s, e, per, cal)                                             \
  srm_period_targets((total), (s), (e), (per), (cal), buf, 4, &n, &err)

  static const double bad_totals[] = {NAN, INFINITY, -INFINITY, -1, -1e-300};
  for (size_t i = 0; i < sizeof bad_totals / sizeof *bad_totals; i++) {
    assert_failed(AT(bad_totals[i], jan1, mar31, SRM_PERIOD_MONTH, 1, NULL),
                  err, SRM_EINVAL, SRM_ARG_TOTAL);
    assert_failed(ALL(bad_totals[i], jan1, mar31, SRM_PERIOD_MONTH, NULL), err,
                  SRM_EINVAL, SRM_ARG_TOTAL);
  }
  assert_failed(AT(100, mar31, jan1, SRM_PERIOD_MONTH, 1, NULL), err,
                SRM_EINVAL, SRM_ARG_START);
  assert_string_equal(err.message, "start is after end");
  assert_failed(ALL(100, mar31, jan1, SRM_PERIOD_MONTH, NULL), err, SRM_EINVAL,
                SRM_ARG_START);
  assert_failed(AT(100, FIRST_DAY - 1, mar31, SRM_PERIOD_MONTH, 1, NULL), err,
                SRM_EINVAL, SRM_ARG_START);
  assert_failed(ALL(100, jan1, LAST_DAY + 1, SRM_PERIOD_MONTH, NULL), err,
                SRM_EINVAL, SRM_ARG_END);
  assert_failed(AT(100, jan1, INT32_MAX, SRM_PERIOD_MONTH, 1, NULL), err,
                SRM_EINVAL, SRM_ARG_END);
  assert_failed(AT(100, jan1, mar31, (srm_period)9, 1, NULL), err, SRM_EINVAL,
                SRM_ARG_PERIOD);
  assert_failed(ALL(100, jan1, mar31, (srm_period)9, NULL), err, SRM_EINVAL,
                SRM_ARG_PERIOD);
  /* Three months: index 1..3. */
  static const int64_t bad_index[] = {0, -1, 4, INT64_MAX, INT64_MIN};
  for (size_t i = 0; i < sizeof bad_index / sizeof *bad_index; i++) {
    assert_failed(AT(100, jan1, mar31, SRM_PERIOD_MONTH, bad_index[i], NULL),
                  err, SRM_EINVAL, SRM_ARG_INDEX);
    assert_string_equal(err.message,
                        "index must be between 1 and the number of periods");
  }
  /* A weekend-only plan, and a plan whose only working days are
   * holidays. */
  assert_failed(
      AT(100, ymd(2027, 1, 2), ymd(2027, 1, 3), SRM_PERIOD_DAY, 1, NULL), err,
      SRM_EINVAL, SRM_ARG_START);
  assert_string_equal(err.message, "the plan has no working day");
  assert_failed(ALL(0, ymd(2027, 1, 2), ymd(2027, 1, 3), SRM_PERIOD_DAY, NULL),
                err, SRM_EINVAL, SRM_ARG_START);
  srm_day h[] = {ymd(2027, 1, 1), ymd(2027, 1, 4)};
  srm_calendar cal;
  assert_int_equal(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, h, 2, NULL),
                   SRM_OK);
  assert_failed(
      AT(5, ymd(2027, 1, 1), ymd(2027, 1, 4), SRM_PERIOD_WEEK, 1, &cal), err,
      SRM_EINVAL, SRM_ARG_START);
  assert_failed(ALL(5, ymd(2027, 1, 1), ymd(2027, 1, 4), SRM_PERIOD_WEEK, &cal),
                err, SRM_EINVAL, SRM_ARG_START);
  srm_calendar bad = {SRM_WEEKEND_ALL, NULL, 0};
  assert_failed(AT(100, jan1, mar31, SRM_PERIOD_MONTH, 1, &bad), err,
                SRM_EINVAL, SRM_ARG_WEEKEND);
  assert_failed(ALL(100, jan1, mar31, SRM_PERIOD_MONTH, &bad), err, SRM_EINVAL,
                SRM_ARG_WEEKEND);
  bad.weekend = 0x60;
  bad.n_holidays = 1;
  assert_failed(ALL(100, jan1, mar31, SRM_PERIOD_MONTH, &bad), err, SRM_EINVAL,
                SRM_ARG_HOLIDAYS);
  assert_failed(srm_period_target_at(100, jan1, mar31, SRM_PERIOD_MONTH, 1,
                                     NULL, NULL, &err),
                err, SRM_EINVAL, SRM_ARG_OUTPUT);
  assert_failed(srm_period_targets(100, jan1, mar31, SRM_PERIOD_MONTH, NULL,
                                   buf, 4, NULL, &err),
                err, SRM_EINVAL, SRM_ARG_OUTPUT);
  assert_failed(srm_period_targets(100, jan1, mar31, SRM_PERIOD_MONTH, NULL,
                                   NULL, 4, &n, &err),
                err, SRM_EINVAL, SRM_ARG_OUTPUT);
  /* Nothing written by any failure above. */
  assert_int_equal(n, 12345);
  assert_memory_equal(&one, &sentinel, sizeof one);
  for (int i = 0; i < 4; i++)
    assert_memory_equal(&buf[i], &sentinel, sizeof sentinel);

  /* Too small a buffer: SRM_ESIZE, the size needed, nothing written.  A
   * NULL buffer with cap 0 asks for the size. */
  assert_failed(srm_period_targets(100, jan1, mar31, SRM_PERIOD_WEEK, NULL, buf,
                                   4, &n, &err),
                err, SRM_ESIZE, SRM_ARG_OUTPUT);
  assert_int_equal(n, 14);
  for (int i = 0; i < 4; i++)
    assert_memory_equal(&buf[i], &sentinel, sizeof sentinel);
  n = 0;
  assert_failed(srm_period_targets(100, jan1, mar31, SRM_PERIOD_DAY, NULL, NULL,
                                   0, &n, &err),
                err, SRM_ESIZE, SRM_ARG_OUTPUT);
  assert_int_equal(n, 90);
  n = 0;
  assert_failed(srm_period_targets(100, jan1, mar31, SRM_PERIOD_MONTH, NULL,
                                   buf, 2, &n, &err),
                err, SRM_ESIZE, SRM_ARG_OUTPUT);
  assert_int_equal(n, 3);
  assert_memory_equal(&buf[0], &sentinel, sizeof sentinel);
  /* Exactly enough is enough. */
  assert_int_equal(srm_period_targets(100, jan1, mar31, SRM_PERIOD_MONTH, NULL,
                                      buf, 3, &n, NULL),
                   SRM_OK);
  assert_int_equal(n, 3);
  assert_memory_equal(&buf[3], &sentinel, sizeof sentinel);
#undef AT
#undef ALL
}

/* Compares a plan with naive_plan() period by period: bounds, working
 * days, targets (exact integer arithmetic there), and target_at for every
 * index (or a spread of them for long plans). */
static void compare_with_naive(int64_t num, int64_t den, srm_day start,
                               srm_day end, srm_period period, unsigned mask,
                               const srm_day *raw, size_t nh,
                               srm_period_target *got, naive_period *want,
                               size_t cap) {
  srm_day h[64];
  srm_calendar cal;
  srm_error err = SRM_ERROR_INIT;
  size_t n = 0;
  double total = (double)num / (double)den;
  assert_true(nh <= 64);
  if (nh > 0)
    memcpy(h, raw, nh * sizeof *h);
  assert_int_equal(srm_calendar_init(&cal, mask, h, nh, NULL), SRM_OK);
  int64_t count =
      naive_plan(num, den, start, end, period, mask, raw, nh, want, cap);
  srm_status st =
      srm_period_targets(total, start, end, period, &cal, got, cap, &n, &err);
  if (count < 0) {
    assert_int_equal(st, SRM_EINVAL);
    assert_int_equal(err.arg, SRM_ARG_START);
    return;
  }
  assert_int_equal(st, SRM_OK);
  assert_int_equal(n, count);
  assert_int_equal(count_of(start, end, period), count);
  int64_t sum = 0;
  for (int64_t k = 0; k < count; k++) {
    if (got[k].first != want[k].first || got[k].last != want[k].last ||
        got[k].workdays != want[k].workdays ||
        got[k].target != want[k].target ||
        got[k].cumulative != want[k].cumulative)
      fail_msg("%lld/%lld over %d..%d by %s, mask %#x, period %lld: got "
               "%d..%d wd %lld target %lld cum %lld, expected %lld..%lld wd "
               "%lld target %lld cum %lld",
               (long long)num, (long long)den, start, end,
               srm_period_name(period), mask, (long long)k + 1, got[k].first,
               got[k].last, (long long)got[k].workdays,
               (long long)got[k].target, (long long)got[k].cumulative,
               (long long)want[k].first, (long long)want[k].last,
               (long long)want[k].workdays, (long long)want[k].target,
               (long long)want[k].cumulative);
    assert_int_equal(got[k].index, k + 1);
    assert_true(got[k].target >= 0);
    sum += got[k].target;
  }
  /* The targets add up to ceil(num / den). */
  assert_int_equal(sum, (num + den - 1) / den);
  int64_t step = count > 200 ? count / 97 : 1;
  for (int64_t k = 1; k <= count; k += step) {
    srm_period_target one;
    assert_int_equal(
        srm_period_target_at(total, start, end, period, k, &cal, &one, NULL),
        SRM_OK);
    assert_memory_equal(&one, &got[k - 1], sizeof one);
  }
  srm_period_target last;
  assert_int_equal(
      srm_period_target_at(total, start, end, period, count, &cal, &last, NULL),
      SRM_OK);
  assert_memory_equal(&last, &got[count - 1], sizeof last);
}

static void random_plans(void **state) {
  (void)state;
  enum { CAP = 1600 };
  srm_period_target *got = malloc(CAP * sizeof *got);
  naive_period *want = malloc(CAP * sizeof *want);
  assert_non_null(got);
  assert_non_null(want);
  uint64_t seed = 7;
  for (int i = 0; i < 3000; i++) {
    srm_day raw[24];
    size_t nh = (size_t)naive_rand_range(&seed, 0, 24);
    int64_t start = naive_rand_range(&seed, FIRST_DAY, LAST_DAY - 1600);
    int64_t end = start + naive_rand_range(&seed, 0, i % 8 ? 120 : 1500);
    srm_period period = (srm_period)naive_rand_range(&seed, 0, 4);
    /* Mostly ordinary weekends, sometimes any mask but all days. */
    unsigned mask =
        i % 3 ? SRM_WEEKEND_SAT_SUN : (unsigned)naive_rand_range(&seed, 0, 126);
    /* Whole totals up to a million, and quarters (exact in binary). */
    int64_t den = i % 4 ? 1 : 4;
    int64_t num = naive_rand_range(&seed, 0, i % 2 ? 100 : 1000000);
    for (size_t k = 0; k < nh; k++)
      raw[k] = k > 0 && naive_rand(&seed) % 4 == 0
                   ? raw[k - 1]
                   : (srm_day)naive_rand_range(&seed, start - 20, end + 20);
    compare_with_naive(num, den, (srm_day)start, (srm_day)end, period, mask,
                       raw, nh, got, want, CAP);
  }
  free(got);
  free(want);
}

/* Totals that are not exact binary fractions: the targets still add up to
 * approx_ceil(total), are never negative, cumulative targets never lag the
 * even pace, and target_at agrees with targets. */
static void random_decimal_totals(void **state) {
  (void)state;
  srm_period_target got[400];
  uint64_t seed = 99;
  for (int i = 0; i < 3000; i++) {
    int64_t start = naive_rand_range(&seed, ymd(1990, 1, 1), ymd(2040, 1, 1));
    int64_t end = start + naive_rand_range(&seed, 0, 365);
    srm_period period = (srm_period)naive_rand_range(&seed, 1, 4);
    double total = (double)naive_rand_range(&seed, 0, 100000) * 0.01 *
                   (double)naive_rand_range(&seed, 1, 30);
    size_t n = 0;
    srm_status st = srm_period_targets(total, (srm_day)start, (srm_day)end,
                                       period, NULL, got, 400, &n, NULL);
    int64_t w = naive_workdays(SRM_WEEKEND_SAT_SUN, NULL, 0, start, end);
    if (w == 0) {
      assert_int_equal(st, SRM_EINVAL);
      continue;
    }
    assert_int_equal(st, SRM_OK);
    int64_t sum = 0, wk = 0;
    for (size_t k = 0; k < n; k++) {
      srm_period_target one;
      assert_true(got[k].target >= 0);
      sum += got[k].target;
      wk += got[k].workdays;
      assert_int_equal(got[k].cumulative, sum);
      /* C_k >= total * W_k / W, allowing for the 15-digit rounding. */
      assert_true((double)got[k].cumulative >=
                  total * (double)wk / (double)w * (1 - 1e-14));
      assert_int_equal(srm_period_target_at(total, (srm_day)start, (srm_day)end,
                                            period, (int64_t)k + 1, NULL, &one,
                                            NULL),
                       SRM_OK);
      assert_memory_equal(&one, &got[k], sizeof one);
    }
    assert_int_equal(wk, w);
    assert_int_equal(sum, (int64_t)srm_approx_ceil(total));
  }
}

/* Long plans: ten years by every period, the whole supported range by
 * month and year. */
static void long_plans(void **state) {
  (void)state;
  enum { CAP = 110000 };
  srm_period_target *got = malloc(CAP * sizeof *got);
  naive_period *want = malloc(CAP * sizeof *want);
  assert_non_null(got);
  assert_non_null(want);
  srm_day h[] = {ymd(2020, 1, 1), ymd(2024, 12, 25), ymd(2029, 12, 31),
                 ymd(2025, 5, 5)};
  for (int p = SRM_PERIOD_DAY; p <= SRM_PERIOD_YEAR; p++) {
    compare_with_naive(1000000, 1, ymd(2020, 1, 1), ymd(2029, 12, 31),
                       (srm_period)p, SRM_WEEKEND_SAT_SUN, h, 4, got, want,
                       CAP);
    compare_with_naive(12345, 4, ymd(2020, 1, 1), ymd(2029, 12, 31),
                       (srm_period)p, BIT(FRI), h, 4, got, want, CAP);
  }
  compare_with_naive(99999, 1, FIRST_DAY, LAST_DAY, SRM_PERIOD_YEAR,
                     SRM_WEEKEND_SAT_SUN, NULL, 0, got, want, CAP);
  compare_with_naive(1000000, 1, FIRST_DAY, LAST_DAY, SRM_PERIOD_MONTH,
                     BIT(SUN), h, 4, got, want, CAP);
  /* 10 years: 2609 working days (see test_calendar.c); 2609 leads give one
   * a day, so each year's target is its working days. */
  size_t n = 0;
  assert_int_equal(srm_period_targets(2609, ymd(2020, 1, 1), ymd(2029, 12, 31),
                                      SRM_PERIOD_YEAR, NULL, got, CAP, &n,
                                      NULL),
                   SRM_OK);
  assert_int_equal(n, 10);
  for (size_t k = 0; k < n; k++)
    assert_int_equal(got[k].target, got[k].workdays);
  /* 2020 (leap, starts Wednesday): 52 weeks + Wed, Thu = 262. */
  assert_int_equal(got[0].workdays, 262);
  free(got);
  free(want);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(names),
      cmocka_unit_test(counts),
      cmocka_unit_test(spec_example),
      cmocka_unit_test(iso_weeks_across_year_end),
      cmocka_unit_test(quarter_started_mid_quarter),
      cmocka_unit_test(periods_without_working_days),
      cmocka_unit_test(fractions_and_artifacts),
      cmocka_unit_test(errors),
      cmocka_unit_test(random_plans),
      cmocka_unit_test(random_decimal_totals),
      cmocka_unit_test(long_plans),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
