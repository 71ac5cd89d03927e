/*
 * test_pace.c - pacing: what is needed per remaining working day
 * (SPEC section 7).
 *
 * Expected values are worked out by hand in the comments, or with exact
 * integer arithmetic over naive_workdays() from naive_calendar.h.
 */
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

static int64_t pace(double total, double done, srm_day today, srm_day end,
                    const srm_calendar *cal) {
  int64_t per_day = -1;
  srm_error err = SRM_ERROR_INIT;
  srm_status st = srm_pace(total, done, today, end, cal, &per_day, &err);
  if (st != SRM_OK)
    fail_msg("srm_pace failed: %s", err.message);
  return per_day;
}

static void by_hand(void **state) {
  (void)state;
  srm_day mon4 = ymd(2027, 1, 4), fri15 = ymd(2027, 1, 15);
  /* Monday 01-04 .. Friday 01-15: 10 working days. 60 left: 6 a day. */
  assert_int_equal(pace(100, 40, mon4, fri15, NULL), 6);
  /* 61 left: 6.1, so 7. */
  assert_int_equal(pace(100, 39, mon4, fri15, NULL), 7);
  /* Fractions of done count: 100 - 39.5 = 60.5 -> 6.05 -> 7. */
  assert_int_equal(pace(100, 39.5, mon4, fri15, NULL), 7);
  /* Today a Saturday: the working days are Mon 01-04 .. Fri 01-08, 5.
   * 12 left: 2.4 -> 3. */
  assert_int_equal(pace(12, 0, ymd(2027, 1, 2), ymd(2027, 1, 8), NULL), 3);
  /* Today is the end and a working day: everything today. */
  assert_int_equal(pace(10, 3, fri15, fri15, NULL), 7);
  /* 100 * 1.1 = 110.00000000000001 over 10 days is 11.000000000000002 in
   * binary: 11 a day, not 12. */
  assert_true(100 * 1.1 / 10 > 11.0);
  assert_int_equal(pace(100 * 1.1, 0, mon4, fri15, NULL), 11);

  /* Holiday Wednesday 01-06 (and Saturday 01-09, ignored): Mon 01-04 ..
   * Sun 01-10 has 4 working days; 10 left: 2.5 -> 3. */
  srm_day h[] = {ymd(2027, 1, 6), ymd(2027, 1, 9)};
  srm_calendar cal;
  assert_int_equal(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, h, 2, NULL),
                   SRM_OK);
  assert_int_equal(pace(10, 0, mon4, ymd(2027, 1, 10), &cal), 3);
  /* Friday+Saturday weekend, no holidays: Sun 01-03 .. Sat 01-09 has 5
   * working days (Sun..Thu); 11 left: 2.2 -> 3. */
  assert_int_equal(srm_calendar_init(&cal, BIT(FRI) | BIT(SAT), NULL, 0, NULL),
                   SRM_OK);
  assert_int_equal(pace(11, 0, ymd(2027, 1, 3), ymd(2027, 1, 9), &cal), 3);

  /* Nothing left, or more than enough done: 0, whatever the dates. */
  assert_int_equal(pace(100, 100, mon4, fri15, NULL), 0);
  assert_int_equal(pace(100, 250, mon4, fri15, NULL), 0);
  assert_int_equal(pace(0, 0, mon4, fri15, NULL), 0);
  assert_int_equal(pace(100, 100, fri15 + 1, fri15, NULL), 0);
  assert_int_equal(pace(100, 100, ymd(2027, 1, 16), ymd(2027, 1, 17), NULL), 0);

  /* The whole supported range: 2195890 working days (see test_calendar.c).
   * 2195890 * 3 left: exactly 3 a day; one more: 4. */
  assert_int_equal(pace(2195890.0 * 3, 0, FIRST_DAY, LAST_DAY, NULL), 3);
  assert_int_equal(pace(2195890.0 * 3 + 1, 0, FIRST_DAY, LAST_DAY, NULL), 4);
  /* 2^53 left over one day is still exact. */
  assert_int_equal(pace(SRM_MAX_COUNT, 0, fri15, fri15, NULL),
                   (int64_t)1 << 53);
}

static void unreachable_and_errors(void **state) {
  (void)state;
  srm_error err = SRM_ERROR_INIT;
  int64_t per_day = -7;
  srm_day mon4 = ymd(2027, 1, 4), fri15 = ymd(2027, 1, 15);

  /* Work left, but today is after the end, or only weekend days remain,
   * or only holidays. */
  assert_failed(srm_pace(100, 40, fri15 + 1, fri15, NULL, &per_day, &err), err,
                SRM_EUNREACHABLE, SRM_ARG_TODAY);
  assert_string_equal(err.message,
                      "no working day is left between today and end");
  assert_failed(srm_pace(1, 0, LAST_DAY, FIRST_DAY, NULL, &per_day, &err), err,
                SRM_EUNREACHABLE, SRM_ARG_TODAY);
  assert_failed(srm_pace(100, 99.5, ymd(2027, 1, 16), ymd(2027, 1, 17), NULL,
                         &per_day, &err),
                err, SRM_EUNREACHABLE, SRM_ARG_TODAY);
  srm_day h[] = {fri15};
  srm_calendar cal;
  assert_int_equal(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, h, 1, NULL),
                   SRM_OK);
  assert_failed(srm_pace(5, 0, fri15, ymd(2027, 1, 17), &cal, &per_day, &err),
                err, SRM_EUNREACHABLE, SRM_ARG_TODAY);

  /* Invalid numbers. */
  static const double bad[] = {NAN, INFINITY, -INFINITY, -1, -0.5};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    assert_failed(srm_pace(bad[i], 0, mon4, fri15, NULL, &per_day, &err), err,
                  SRM_EINVAL, SRM_ARG_TOTAL);
    assert_failed(srm_pace(100, bad[i], mon4, fri15, NULL, &per_day, &err), err,
                  SRM_EINVAL, SRM_ARG_DONE);
  }
  /* Dates outside 1583..9999. */
  assert_failed(srm_pace(100, 0, FIRST_DAY - 1, fri15, NULL, &per_day, &err),
                err, SRM_EINVAL, SRM_ARG_TODAY);
  assert_failed(srm_pace(100, 0, INT32_MAX, fri15, NULL, &per_day, &err), err,
                SRM_EINVAL, SRM_ARG_TODAY);
  assert_failed(srm_pace(100, 0, mon4, LAST_DAY + 1, NULL, &per_day, &err), err,
                SRM_EINVAL, SRM_ARG_END);
  assert_failed(srm_pace(100, 0, mon4, INT32_MIN, NULL, &per_day, &err), err,
                SRM_EINVAL, SRM_ARG_END);
  /* A bad calendar fails even when nothing is left or today is late. */
  srm_calendar bad_cal = {SRM_WEEKEND_ALL, NULL, 0};
  assert_failed(srm_pace(100, 0, mon4, fri15, &bad_cal, &per_day, &err), err,
                SRM_EINVAL, SRM_ARG_WEEKEND);
  assert_failed(srm_pace(100, 100, mon4, fri15, &bad_cal, &per_day, &err), err,
                SRM_EINVAL, SRM_ARG_WEEKEND);
  assert_failed(srm_pace(100, 0, fri15 + 3, fri15, &bad_cal, &per_day, &err),
                err, SRM_EINVAL, SRM_ARG_WEEKEND);
  bad_cal.weekend = SRM_WEEKEND_SAT_SUN;
  bad_cal.n_holidays = 3;
  assert_failed(srm_pace(100, 0, mon4, fri15, &bad_cal, &per_day, &err), err,
                SRM_EINVAL, SRM_ARG_HOLIDAYS);
  /* Too large: 1e17 left over one day. */
  assert_failed(srm_pace(1e17, 0, fri15, fri15, NULL, &per_day, &err), err,
                SRM_ERANGE, SRM_ARG_TOTAL);
  assert_failed(
      srm_pace(SRM_MAX_COUNT + 2, 0, fri15, fri15, NULL, &per_day, &err), err,
      SRM_ERANGE, SRM_ARG_TOTAL);
  assert_int_equal(per_day, -7);
  assert_failed(srm_pace(100, 0, mon4, fri15, NULL, NULL, &err), err,
                SRM_EINVAL, SRM_ARG_OUTPUT);
  /* err may be NULL. */
  assert_int_equal(srm_pace(NAN, 0, mon4, fri15, NULL, &per_day, NULL),
                   SRM_EINVAL);
  assert_int_equal(per_day, -7);
}

/* Random whole amounts and dates: pace = ceil((total - done) / R) with
 * integer arithmetic and R counted day by day. */
static void random_against_naive(void **state) {
  (void)state;
  uint64_t seed = 2027;
  for (int i = 0; i < 4000; i++) {
    unsigned mask =
        i % 2 ? SRM_WEEKEND_SAT_SUN : (unsigned)naive_rand_range(&seed, 0, 126);
    int64_t end = naive_rand_range(&seed, FIRST_DAY + 400, LAST_DAY);
    int64_t today = end - naive_rand_range(&seed, -5, 400);
    if (today > LAST_DAY)
      today = LAST_DAY;
    int64_t total = naive_rand_range(&seed, 0, 1000000);
    int64_t done = naive_rand_range(&seed, 0, 1100000);
    srm_day raw[16], h[16];
    size_t nh = (size_t)naive_rand_range(&seed, 0, 16);
    for (size_t k = 0; k < nh; k++)
      h[k] = raw[k] = (srm_day)naive_rand_range(&seed, today - 10, end + 10);
    srm_calendar cal;
    assert_int_equal(srm_calendar_init(&cal, mask, h, nh, NULL), SRM_OK);
    int64_t per_day = -1;
    srm_error err = SRM_ERROR_INIT;
    srm_status st = srm_pace((double)total, (double)done, (srm_day)today,
                             (srm_day)end, &cal, &per_day, &err);
    int64_t r = today > end ? 0 : naive_workdays(mask, raw, nh, today, end);
    int64_t left = total - done;
    if (left <= 0) {
      assert_int_equal(st, SRM_OK);
      assert_int_equal(per_day, 0);
    } else if (r == 0) {
      assert_int_equal(st, SRM_EUNREACHABLE);
      assert_int_equal(err.arg, SRM_ARG_TODAY);
      assert_int_equal(per_day, -1);
    } else {
      assert_int_equal(st, SRM_OK);
      assert_int_equal(per_day, (left + r - 1) / r);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(by_hand),
      cmocka_unit_test(unreachable_and_errors),
      cmocka_unit_test(random_against_naive),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
