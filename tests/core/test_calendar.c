/*
 * test_calendar.c - days, dates, serials, weekends and working days
 * (SPEC section 6).
 *
 * Expected values are worked out by hand in the comments, or come from the
 * slow reference calendar in naive_calendar.h (walking years and months,
 * Zeller's congruence, visiting every day).
 */
#include <string.h>

#include "testutil.h"
#include "naive_calendar.h"

enum { MON = 0, TUE, WED, THU, FRI, SAT, SUN };
#define BIT(d) (1u << (d))

/* 1583-01-01: 387 years before 1970 of which 94 leap (1584..1968 has 97
 * multiples of 4, less 1700, 1800, 1900): 387 * 365 + 94 = 141349 days
 * before 1970-01-01.  9999-12-31: 1583..9999 is 8417 years with 2041 leap
 * years (2104 multiples of 4, less 84 of 100, plus 21 of 400), 8417 * 365 +
 * 2041 = 3074246 days, so the last is -141349 + 3074246 - 1 = 2932896. */
#define FIRST_DAY (-141349)
#define LAST_DAY 2932896
/* LibreOffice's default null date 1899-12-30: two days before 1900-01-01,
 * which is 70 years with 17 leap years (1904..1968) before 1970-01-01:
 * 2 + 70 * 365 + 17 = 25569 days. */
#define NULL_1899 (-25569)

static srm_day ymd(int y, int m, int d) {
  srm_day day = 0;
  assert_int_equal(srm_day_from_ymd(y, m, d, &day, NULL), SRM_OK);
  return day;
}

static void leap_years(void **state) {
  (void)state;
  assert_int_equal(srm_is_leap_year(1900), 0);
  assert_int_equal(srm_is_leap_year(2000), 1);
  assert_int_equal(srm_is_leap_year(2024), 1);
  assert_int_equal(srm_is_leap_year(2100), 0);
  assert_int_equal(srm_is_leap_year(2023), 0);
  assert_int_equal(srm_is_leap_year(1600), 1);
  assert_int_equal(srm_is_leap_year(1700), 0);
  for (int y = SRM_MIN_YEAR; y <= SRM_MAX_YEAR; y++)
    assert_int_equal(srm_is_leap_year(y), naive_leap(y));
}

static void known_days(void **state) {
  (void)state;
  assert_int_equal(ymd(1970, 1, 1), 0);
  assert_int_equal(ymd(1969, 12, 31), -1);
  assert_int_equal(ymd(1970, 3, 1), 31 + 28);
  /* 30 years with 7 leap years (1972..1996): 30 * 365 + 7. */
  assert_int_equal(ymd(2000, 1, 1), 10957);
  assert_int_equal(ymd(1583, 1, 1), FIRST_DAY);
  assert_int_equal(ymd(9999, 12, 31), LAST_DAY);
  assert_int_equal(ymd(1899, 12, 30), NULL_1899);
  assert_int_equal(ymd(2024, 2, 29) + 1, ymd(2024, 3, 1));
  assert_int_equal(ymd(2000, 2, 29) + 1, ymd(2000, 3, 1));
  assert_int_equal(ymd(2100, 2, 28) + 1, ymd(2100, 3, 1));

  int y = 0, m = 0, d = 0;
  assert_int_equal(srm_day_to_ymd(LAST_DAY, &y, &m, &d, NULL), SRM_OK);
  assert_int_equal(y, 9999);
  assert_int_equal(m, 12);
  assert_int_equal(d, 31);
  assert_int_equal(srm_day_to_ymd(FIRST_DAY, &y, &m, &d, NULL), SRM_OK);
  assert_int_equal(y, 1583);
  assert_int_equal(m, 1);
  assert_int_equal(d, 1);
}

static void date_errors(void **state) {
  (void)state;
  srm_error err = SRM_ERROR_INIT;
  srm_day day = 12345;
  int y = 7, m = 7, d = 7;

  assert_failed(srm_day_from_ymd(1582, 12, 31, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_string_equal(err.message,
                      "date must be between 1583-01-01 and 9999-12-31");
  assert_failed(srm_day_from_ymd(10000, 1, 1, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_from_ymd(-2147483647 - 1, 1, 1, &day, &err), err,
                SRM_EINVAL, SRM_ARG_DATE);
  assert_failed(srm_day_from_ymd(2027, 2, 29, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_string_equal(err.message, "no such date");
  assert_failed(srm_day_from_ymd(1900, 2, 29, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_from_ymd(2027, 0, 1, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_from_ymd(2027, 13, 1, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_from_ymd(2027, 4, 31, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_from_ymd(2027, 1, 0, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_from_ymd(2027, 1, 32, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_from_ymd(2027, 1, 1, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  assert_int_equal(day, 12345);

  assert_failed(srm_day_to_ymd(FIRST_DAY - 1, &y, &m, &d, &err), err,
                SRM_EINVAL, SRM_ARG_DATE);
  assert_failed(srm_day_to_ymd(LAST_DAY + 1, &y, &m, &d, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_to_ymd(INT32_MIN, &y, &m, &d, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_to_ymd(INT32_MAX, &y, &m, &d, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_to_ymd(0, NULL, &m, &d, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  assert_failed(srm_day_to_ymd(0, &y, NULL, &d, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  assert_failed(srm_day_to_ymd(0, &y, &m, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  assert_int_equal(y, 7);
  assert_int_equal(m, 7);
  assert_int_equal(d, 7);
  /* err may be NULL. */
  assert_int_equal(srm_day_from_ymd(1582, 1, 1, &day, NULL), SRM_EINVAL);
}

static void known_weekdays(void **state) {
  (void)state;
  assert_int_equal(srm_weekday(0), THU); /* 1970-01-01 */
  assert_int_equal(srm_weekday(-1), WED);
  assert_int_equal(srm_weekday(-7), THU);
  assert_int_equal(srm_weekday(-8), WED);
  assert_int_equal(srm_weekday(ymd(2027, 1, 1)), FRI);
  assert_int_equal(srm_weekday(ymd(2000, 1, 1)), SAT);
  assert_int_equal(srm_weekday(ymd(2026, 12, 28)), MON);
  assert_int_equal(srm_weekday(ymd(2027, 1, 4)), MON);
  /* 141349 = 7 * 20192 + 5 days before a Thursday: a Saturday. */
  assert_int_equal(srm_weekday(FIRST_DAY), SAT);
  /* 3074246 days = 439178 whole weeks from a Saturday: ends on Friday. */
  assert_int_equal(srm_weekday(LAST_DAY), FRI);
  /* Every srm_day has a weekday: 2^31 = 7 * 306783378 + 2, so INT32_MIN
   * is 2 days before a Thursday (Tuesday) and INT32_MAX is 2^31 - 1 days,
   * i.e. 1 day, after one (Friday). */
  assert_int_equal(srm_weekday(INT32_MIN), TUE);
  assert_int_equal(srm_weekday(INT32_MAX), FRI);
  assert_int_equal(srm_weekday(INT32_MIN + 1), WED);
  assert_int_equal(srm_weekday(INT32_MAX - 1), THU);
}

/* Every supported day, walked one by one from 1970-01-01 (day 0) in both
 * directions with a naive next/previous date, compared with the
 * conversions, Zeller's weekday and printf's ISO text. */
static void check_one_day(int64_t day, int y, int m, int d) {
  int yy = 0, mm = 0, dd = 0;
  srm_day back = 0;
  char iso[SRM_ISO_DATE_SIZE], want[32];

  assert_int_equal(srm_day_to_ymd((srm_day)day, &yy, &mm, &dd, NULL), SRM_OK);
  if (yy != y || mm != m || dd != d)
    fail_msg("day %lld: %d-%d-%d, expected %d-%d-%d", (long long)day, yy, mm,
             dd, y, m, d);
  assert_int_equal(srm_day_from_ymd(y, m, d, &back, NULL), SRM_OK);
  assert_int_equal(back, day);
  assert_int_equal(srm_weekday((srm_day)day), naive_weekday_ymd(y, m, d));
  if (day % 5 == 0) {
    assert_int_equal(srm_day_format_iso((srm_day)day, iso, NULL), SRM_OK);
    snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
    assert_string_equal(iso, want);
    assert_int_equal(srm_day_parse_iso(want, 10, &back, NULL), SRM_OK);
    assert_int_equal(back, day);
  }
}

static void every_supported_day(void **state) {
  (void)state;
  int y = 1970, m = 1, d = 1;
  for (int64_t day = 0; day <= LAST_DAY; day++) {
    check_one_day(day, y, m, d);
    naive_next(&y, &m, &d);
  }
  assert_int_equal(y, 10000);
  y = 1970, m = 1, d = 1;
  for (int64_t day = 0; day >= FIRST_DAY; day--) {
    check_one_day(day, y, m, d);
    naive_prev(&y, &m, &d);
  }
  assert_int_equal(y, 1582);
  /* The walk is anchored at day 0 only; the year-walking converter checks
   * a spread of days independently. */
  for (int64_t day = FIRST_DAY; day <= LAST_DAY; day += 997) {
    naive_ymd(day, &y, &m, &d);
    assert_int_equal(naive_day(y, m, d), day);
    check_one_day(day, y, m, d);
  }
}

static void iso_text(void **state) {
  (void)state;
  srm_error err = SRM_ERROR_INIT;
  srm_day day = 777;
  char buf[SRM_ISO_DATE_SIZE];

  assert_int_equal(srm_day_parse_iso("2027-01-01", 10, &day, NULL), SRM_OK);
  assert_int_equal(day, ymd(2027, 1, 1));
  /* Only len bytes are read: no terminator needed. */
  assert_int_equal(srm_day_parse_iso("2024-02-29xyz", 10, &day, NULL), SRM_OK);
  assert_int_equal(day, ymd(2024, 2, 29));
  assert_int_equal(srm_day_parse_iso("1583-01-01", 10, &day, NULL), SRM_OK);
  assert_int_equal(day, FIRST_DAY);
  assert_int_equal(srm_day_parse_iso("9999-12-31", 10, &day, NULL), SRM_OK);
  assert_int_equal(day, LAST_DAY);

  day = 777;
  static const char *const malformed[] = {
      "2027-1-01",  "2027/01/01", "2027-01-0a", "+027-01-01",
      " 2027-01-1", "2027-01-1 ", "20270101xx", "2027-01--1",
      "2027 01 01", "-027-01-01", "2027-0x-01", "ABCD-01-01"};
  for (size_t i = 0; i < sizeof malformed / sizeof *malformed; i++) {
    err = (srm_error)SRM_ERROR_INIT;
    assert_failed(
        srm_day_parse_iso(malformed[i], strlen(malformed[i]), &day, &err), err,
        SRM_EINVAL, SRM_ARG_DATE);
    assert_string_equal(err.message, "date must be written YYYY-MM-DD");
  }
  assert_failed(srm_day_parse_iso("2027-01-011", 11, &day, &err), err,
                SRM_EINVAL, SRM_ARG_DATE);
  assert_failed(srm_day_parse_iso("2027-01-01", 9, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_parse_iso("", 0, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_parse_iso(NULL, 10, &day, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_parse_iso("2027-02-29", 10, &day, &err), err,
                SRM_EINVAL, SRM_ARG_DATE);
  assert_string_equal(err.message, "no such date");
  assert_failed(srm_day_parse_iso("2027-00-10", 10, &day, &err), err,
                SRM_EINVAL, SRM_ARG_DATE);
  assert_string_equal(err.message, "no such date");
  assert_failed(srm_day_parse_iso("1582-12-31", 10, &day, &err), err,
                SRM_EINVAL, SRM_ARG_DATE);
  assert_string_equal(err.message,
                      "date must be between 1583-01-01 and 9999-12-31");
  assert_failed(srm_day_parse_iso("0000-01-01", 10, &day, &err), err,
                SRM_EINVAL, SRM_ARG_DATE);
  assert_failed(srm_day_parse_iso("2027-01-01", 10, NULL, &err), err,
                SRM_EINVAL, SRM_ARG_OUTPUT);
  assert_int_equal(day, 777);

  assert_int_equal(srm_day_format_iso(ymd(2027, 1, 1), buf, NULL), SRM_OK);
  assert_string_equal(buf, "2027-01-01");
  assert_int_equal(srm_day_format_iso(FIRST_DAY, buf, NULL), SRM_OK);
  assert_string_equal(buf, "1583-01-01");
  assert_int_equal(srm_day_format_iso(LAST_DAY, buf, NULL), SRM_OK);
  assert_string_equal(buf, "9999-12-31");
  memcpy(buf, "untouched", 10);
  assert_failed(srm_day_format_iso(FIRST_DAY - 1, buf, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_failed(srm_day_format_iso(LAST_DAY + 1, buf, &err), err, SRM_EINVAL,
                SRM_ARG_DATE);
  assert_string_equal(buf, "untouched");
  assert_failed(srm_day_format_iso(0, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
}

static void serials(void **state) {
  (void)state;
  srm_error err = SRM_ERROR_INIT;
  srm_day day = 0;
  srm_day null_1904 = ymd(1904, 1, 1);

  /* The default null date itself is serial 0, the next day serial 1. */
  assert_int_equal(srm_day_from_serial(0, NULL_1899, &day, NULL), SRM_OK);
  assert_int_equal(day, ymd(1899, 12, 30));
  assert_int_equal(srm_day_from_serial(1, NULL_1899, &day, NULL), SRM_OK);
  assert_int_equal(day, ymd(1899, 12, 31));
  /* 2027-01-01: 2 days to 1900-01-01, then 127 years with 31 leap years
   * (1904..2024; 1900 is not one): 2 + 127 * 365 + 31 = 46388. */
  assert_int_equal(srm_day_from_serial(46388, NULL_1899, &day, NULL), SRM_OK);
  assert_int_equal(day, ymd(2027, 1, 1));
  /* The time of day is ignored. */
  assert_int_equal(srm_day_from_serial(46388.999, NULL_1899, &day, NULL),
                   SRM_OK);
  assert_int_equal(day, ymd(2027, 1, 1));
  assert_int_equal(srm_day_from_serial(46387.5, NULL_1899, &day, NULL), SRM_OK);
  assert_int_equal(day, ymd(2026, 12, 31));
  /* Before the null date the fraction still means "later that day". */
  assert_int_equal(srm_day_from_serial(-0.5, NULL_1899, &day, NULL), SRM_OK);
  assert_int_equal(day, ymd(1899, 12, 29));
  assert_int_equal(srm_day_from_serial(-1, NULL_1899, &day, NULL), SRM_OK);
  assert_int_equal(day, ymd(1899, 12, 29));
  /* 1899-12-30 to 1904-01-01: 2 + 4 * 365 (1900 not leap) = 1462 days. */
  assert_int_equal(srm_day_from_serial(46388 - 1462, null_1904, &day, NULL),
                   SRM_OK);
  assert_int_equal(day, ymd(2027, 1, 1));
  assert_close(srm_day_to_serial(ymd(2027, 1, 1), NULL_1899), 46388, 0);
  assert_close(srm_day_to_serial(ymd(2027, 1, 1), null_1904), 44926, 0);

  /* Limits: 1583-01-01 is serial -141349 + 25569 = -115780, 9999-12-31 is
   * 2932896 + 25569 = 2958465 (the largest date serial of spreadsheets). */
  assert_int_equal(srm_day_from_serial(-115780, NULL_1899, &day, NULL), SRM_OK);
  assert_int_equal(day, FIRST_DAY);
  assert_int_equal(srm_day_from_serial(2958465.75, NULL_1899, &day, NULL),
                   SRM_OK);
  assert_int_equal(day, LAST_DAY);
  day = 4242;
  static const double bad[] = {-115781,  -115780.5, 2958466,     1e308,
                               -1e308,   3e9,       -3e9,        NAN,
                               INFINITY, -INFINITY, 4294967296.0};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    err = (srm_error)SRM_ERROR_INIT;
    assert_failed(srm_day_from_serial(bad[i], NULL_1899, &day, &err), err,
                  SRM_EINVAL, SRM_ARG_DATE);
  }
  assert_failed(srm_day_from_serial(1, FIRST_DAY - 1, &day, &err), err,
                SRM_EINVAL, SRM_ARG_NULL_DATE);
  assert_failed(srm_day_from_serial(1, INT32_MAX, &day, &err), err, SRM_EINVAL,
                SRM_ARG_NULL_DATE);
  assert_failed(srm_day_from_serial(1, NULL_1899, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  assert_int_equal(day, 4242);

  /* Round trips serial -> day -> ISO text -> day -> serial with random
   * days and times of day, against the year-walking converter. */
  uint64_t seed = 20270101;
  for (int i = 0; i < 5000; i++) {
    int64_t want = naive_rand_range(&seed, FIRST_DAY, LAST_DAY);
    srm_day nd = i % 2 ? NULL_1899 : null_1904;
    double frac = (double)naive_rand_range(&seed, 0, 1023) / 1024.0;
    double serial = (double)(want - nd) + frac;
    char iso[SRM_ISO_DATE_SIZE], text[32];
    int y, m, d;
    srm_day back = 0;
    assert_int_equal(srm_day_from_serial(serial, nd, &day, NULL), SRM_OK);
    assert_int_equal(day, want);
    naive_ymd(want, &y, &m, &d);
    snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
    assert_int_equal(srm_day_format_iso(day, iso, NULL), SRM_OK);
    assert_string_equal(iso, text);
    assert_int_equal(srm_day_parse_iso(iso, 10, &back, NULL), SRM_OK);
    assert_int_equal(back, want);
    assert_close(srm_day_to_serial(back, nd), floor(serial), 0);
  }
}

static void weekend_codes(void **state) {
  (void)state;
  /* NETWORKDAYS.INTL: 1-7 are pairs, 11-17 single days. */
  static const struct {
    double code;
    unsigned mask;
    const char *text;
  } cases[] = {
      {1, BIT(SAT) | BIT(SUN), "0000011"}, {2, BIT(SUN) | BIT(MON), "1000001"},
      {3, BIT(MON) | BIT(TUE), "1100000"}, {4, BIT(TUE) | BIT(WED), "0110000"},
      {5, BIT(WED) | BIT(THU), "0011000"}, {6, BIT(THU) | BIT(FRI), "0001100"},
      {7, BIT(FRI) | BIT(SAT), "0000110"}, {11, BIT(SUN), "0000001"},
      {12, BIT(MON), "1000000"},           {13, BIT(TUE), "0100000"},
      {14, BIT(WED), "0010000"},           {15, BIT(THU), "0001000"},
      {16, BIT(FRI), "0000100"},           {17, BIT(SAT), "0000010"},
  };
  srm_error err = SRM_ERROR_INIT;
  unsigned mask = 999;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    assert_int_equal(srm_weekend_from_code(cases[i].code, &mask, NULL), SRM_OK);
    assert_int_equal(mask, cases[i].mask);
    mask = 999;
    assert_int_equal(srm_weekend_from_string(cases[i].text, 7, &mask, NULL),
                     SRM_OK);
    assert_int_equal(mask, cases[i].mask);
  }
  assert_int_equal(SRM_WEEKEND_SAT_SUN, BIT(SAT) | BIT(SUN));

  mask = 999;
  static const double bad_codes[] = {0,   8,     9,   10,       18,
                                     -1,  1.5,   0.5, 16.99999, -0.0,
                                     1e9, 1e300, NAN, INFINITY, -INFINITY};
  for (size_t i = 0; i < sizeof bad_codes / sizeof *bad_codes; i++) {
    err = (srm_error)SRM_ERROR_INIT;
    assert_failed(srm_weekend_from_code(bad_codes[i], &mask, &err), err,
                  SRM_EINVAL, SRM_ARG_WEEKEND);
    assert_string_equal(err.message,
                        "weekend must be 1-7, 11-17 or a 7-character string "
                        "of 0 and 1 starting Monday");
  }
  assert_failed(srm_weekend_from_code(1, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);

  /* Any 7-character 0/1 string but all ones. */
  assert_int_equal(srm_weekend_from_string("0000000", 7, &mask, NULL), SRM_OK);
  assert_int_equal(mask, 0);
  assert_int_equal(srm_weekend_from_string("1111110", 7, &mask, NULL), SRM_OK);
  assert_int_equal(mask, 0x3F);
  assert_int_equal(srm_weekend_from_string("1010101xyz", 7, &mask, NULL),
                   SRM_OK);
  assert_int_equal(mask, BIT(MON) | BIT(WED) | BIT(FRI) | BIT(SUN));
  mask = 999;
  assert_failed(srm_weekend_from_string("1111111", 7, &mask, &err), err,
                SRM_EINVAL, SRM_ARG_WEEKEND);
  assert_string_equal(err.message, "weekend leaves no working day");
  static const char *const bad_text[] = {"000001",  "00000110", "000001a",
                                         " 000011", "0000012",  "",
                                         "00 0011", "OOOOO11"};
  for (size_t i = 0; i < sizeof bad_text / sizeof *bad_text; i++) {
    err = (srm_error)SRM_ERROR_INIT;
    assert_failed(
        srm_weekend_from_string(bad_text[i], strlen(bad_text[i]), &mask, &err),
        err, SRM_EINVAL, SRM_ARG_WEEKEND);
  }
  assert_failed(srm_weekend_from_string(NULL, 7, &mask, &err), err, SRM_EINVAL,
                SRM_ARG_WEEKEND);
  assert_failed(srm_weekend_from_string("0000011", 7, NULL, &err), err,
                SRM_EINVAL, SRM_ARG_OUTPUT);
  assert_int_equal(mask, 999);
}

static void calendar_init(void **state) {
  (void)state;
  srm_error err = SRM_ERROR_INIT;
  srm_calendar cal = SRM_CALENDAR_INIT;
  /* 2027-01-01 Fri, 01-02 Sat, 01-03 Sun, 01-04 Mon, 01-18 Mon. */
  srm_day h[] = {ymd(2027, 1, 18), ymd(2027, 1, 1), ymd(2027, 1, 2),
                 ymd(2027, 1, 18), ymd(2027, 1, 3), ymd(2027, 1, 1),
                 ymd(2027, 1, 4),  ymd(1583, 1, 3)};
  assert_int_equal(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, h, 8, NULL),
                   SRM_OK);
  assert_int_equal(cal.weekend, SRM_WEEKEND_SAT_SUN);
  assert_ptr_equal(cal.holidays, h);
  /* 1583-01-03 was a Monday (1583-01-01 a Saturday). */
  assert_int_equal(cal.n_holidays, 4);
  assert_int_equal(h[0], ymd(1583, 1, 3));
  assert_int_equal(h[1], ymd(2027, 1, 1));
  assert_int_equal(h[2], ymd(2027, 1, 4));
  assert_int_equal(h[3], ymd(2027, 1, 18));

  /* With a Friday-only weekend the Friday goes, Saturday and Sunday stay. */
  srm_day h2[] = {ymd(2027, 1, 3), ymd(2027, 1, 2), ymd(2027, 1, 1),
                  ymd(2027, 1, 2)};
  assert_int_equal(srm_calendar_init(&cal, BIT(FRI), h2, 4, NULL), SRM_OK);
  assert_int_equal(cal.n_holidays, 2);
  assert_int_equal(h2[0], ymd(2027, 1, 2));
  assert_int_equal(h2[1], ymd(2027, 1, 3));

  /* Only weekend holidays: nothing left. */
  srm_day h3[] = {ymd(2027, 1, 2), ymd(2027, 1, 3)};
  assert_int_equal(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, h3, 2, NULL),
                   SRM_OK);
  assert_int_equal(cal.n_holidays, 0);
  assert_int_equal(srm_calendar_init(&cal, 0, NULL, 0, NULL), SRM_OK);
  assert_int_equal(cal.weekend, 0);
  assert_int_equal(cal.n_holidays, 0);

  srm_calendar sentinel = {0x11, h, 99};
  cal = sentinel;
  assert_failed(srm_calendar_init(&cal, SRM_WEEKEND_ALL, NULL, 0, &err), err,
                SRM_EINVAL, SRM_ARG_WEEKEND);
  assert_failed(srm_calendar_init(&cal, 0x80, NULL, 0, &err), err, SRM_EINVAL,
                SRM_ARG_WEEKEND);
  assert_failed(srm_calendar_init(&cal, 0xFFFFFFFFu, NULL, 0, &err), err,
                SRM_EINVAL, SRM_ARG_WEEKEND);
  assert_failed(srm_calendar_init(&cal, 0x60, NULL, 3, &err), err, SRM_EINVAL,
                SRM_ARG_HOLIDAYS);
  assert_int_equal(cal.weekend, 0x11);
  assert_int_equal(cal.n_holidays, 99);
  assert_failed(srm_calendar_init(NULL, 0x60, NULL, 0, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
}

static void workdays_by_hand(void **state) {
  (void)state;
  srm_error err = SRM_ERROR_INIT;
  int64_t n = -1;
  srm_day jan1 = ymd(2027, 1, 1), jan31 = ymd(2027, 1, 31);

  /* January 2027 starts on a Friday: 4 weeks (20) + Fri, Sat, Sun (1). */
  assert_int_equal(srm_workdays(NULL, jan1, jan31, &n, NULL), SRM_OK);
  assert_int_equal(n, 21);
  /* Monday 2027-01-04 to Sunday 2027-01-10. */
  assert_int_equal(
      srm_workdays(NULL, ymd(2027, 1, 4), ymd(2027, 1, 10), &n, NULL), SRM_OK);
  assert_int_equal(n, 5);
  assert_int_equal(
      srm_workdays(NULL, ymd(2027, 1, 2), ymd(2027, 1, 3), &n, NULL), SRM_OK);
  assert_int_equal(n, 0);
  assert_int_equal(srm_workdays(NULL, jan1, jan1, &n, NULL), SRM_OK);
  assert_int_equal(n, 1);

  /* Holidays: the Friday 01-01 (twice), the Saturday 01-02 (weekend),
   * two outside the range and Monday 01-18: 21 - 2 = 19. */
  srm_day h[] = {jan1,
                 ymd(2027, 1, 18),
                 jan1,
                 ymd(2027, 1, 2),
                 ymd(2026, 12, 25),
                 ymd(2027, 2, 1)};
  srm_calendar cal;
  assert_int_equal(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, h, 6, NULL),
                   SRM_OK);
  assert_int_equal(srm_workdays(&cal, jan1, jan31, &n, NULL), SRM_OK);
  assert_int_equal(n, 19);
  /* The holidays on the edges of a range count, those just outside do
   * not: 2027-01-18 alone, then 01-19..01-31 (9 working days). */
  assert_int_equal(
      srm_workdays(&cal, ymd(2027, 1, 18), ymd(2027, 1, 18), &n, NULL), SRM_OK);
  assert_int_equal(n, 0);
  assert_int_equal(srm_workdays(&cal, ymd(2027, 1, 19), jan31, &n, NULL),
                   SRM_OK);
  assert_int_equal(n, 9);

  /* Every weekend over 2027: 365 days = 52 weeks + one more Friday (the
   * year starts and ends on a Friday).  Two-day weekends: 52 * 5 plus the
   * Friday unless it is off; one-day weekends: 52 * 6 plus the Friday. */
  static const struct {
    double code;
    int64_t days;
  } year[] = {{1, 261},  {2, 261},  {3, 261},  {4, 261},  {5, 261},
              {6, 260},  {7, 260},  {11, 313}, {12, 313}, {13, 313},
              {14, 313}, {15, 313}, {16, 312}, {17, 313}};
  for (size_t i = 0; i < sizeof year / sizeof *year; i++) {
    unsigned mask;
    assert_int_equal(srm_weekend_from_code(year[i].code, &mask, NULL), SRM_OK);
    assert_int_equal(srm_calendar_init(&cal, mask, NULL, 0, NULL), SRM_OK);
    assert_int_equal(srm_workdays(&cal, jan1, ymd(2027, 12, 31), &n, NULL),
                     SRM_OK);
    assert_int_equal(n, year[i].days);
  }
  /* No weekend at all: every day counts. */
  assert_int_equal(srm_calendar_init(&cal, 0, NULL, 0, NULL), SRM_OK);
  assert_int_equal(srm_workdays(&cal, jan1, ymd(2027, 12, 31), &n, NULL),
                   SRM_OK);
  assert_int_equal(n, 365);

  /* Errors, and the count left alone. */
  n = -5;
  assert_failed(srm_workdays(NULL, jan31, jan1, &n, &err), err, SRM_EINVAL,
                SRM_ARG_START);
  assert_string_equal(err.message, "start is after end");
  assert_failed(srm_workdays(NULL, FIRST_DAY - 1, jan1, &n, &err), err,
                SRM_EINVAL, SRM_ARG_START);
  assert_failed(srm_workdays(NULL, jan1, LAST_DAY + 1, &n, &err), err,
                SRM_EINVAL, SRM_ARG_END);
  assert_failed(srm_workdays(NULL, INT32_MIN, INT32_MAX, &n, &err), err,
                SRM_EINVAL, SRM_ARG_START);
  assert_failed(srm_workdays(NULL, jan1, jan31, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  srm_calendar bad = {SRM_WEEKEND_ALL, NULL, 0};
  assert_failed(srm_workdays(&bad, jan1, jan31, &n, &err), err, SRM_EINVAL,
                SRM_ARG_WEEKEND);
  bad.weekend = 0x100;
  assert_failed(srm_workdays(&bad, jan1, jan31, &n, &err), err, SRM_EINVAL,
                SRM_ARG_WEEKEND);
  bad.weekend = 0x60;
  bad.n_holidays = 2;
  assert_failed(srm_workdays(&bad, jan1, jan31, &n, &err), err, SRM_EINVAL,
                SRM_ARG_HOLIDAYS);
  assert_int_equal(n, -5);
}

static void workdays_long_ranges(void **state) {
  (void)state;
  int64_t n = 0;
  /* 2020-01-01 (a Wednesday) .. 2029-12-31: 3650 + 3 leap days = 3653 =
   * 521 weeks + 6 days (Wed..Mon, 4 working): 521 * 5 + 4 = 2609. */
  assert_int_equal(
      srm_workdays(NULL, ymd(2020, 1, 1), ymd(2029, 12, 31), &n, NULL), SRM_OK);
  assert_int_equal(n, 2609);
  assert_int_equal(naive_workdays(SRM_WEEKEND_SAT_SUN, NULL, 0, ymd(2020, 1, 1),
                                  ymd(2029, 12, 31)),
                   2609);
  /* The whole supported range is 3074246 days = 439178 whole weeks:
   * 439178 * 5 = 2195890 with Sat+Sun, 439178 * 6 with Sunday only. */
  assert_int_equal(srm_workdays(NULL, FIRST_DAY, LAST_DAY, &n, NULL), SRM_OK);
  assert_int_equal(n, 2195890);
  assert_int_equal(
      naive_workdays(SRM_WEEKEND_SAT_SUN, NULL, 0, FIRST_DAY, LAST_DAY),
      2195890);
  srm_calendar cal;
  srm_day h[] = {FIRST_DAY, FIRST_DAY + 2, LAST_DAY, LAST_DAY - 1};
  /* With only Sunday off, all four are working days: 1583-01-01 is a
   * Saturday, 1583-01-03 a Monday, 9999-12-31 a Friday, 12-30 a Thursday. */
  assert_int_equal(srm_calendar_init(&cal, BIT(SUN), h, 4, NULL), SRM_OK);
  assert_int_equal(srm_workdays(&cal, FIRST_DAY, LAST_DAY, &n, NULL), SRM_OK);
  assert_int_equal(n, 439178 * 6 - 4);
  assert_int_equal(naive_workdays(BIT(SUN), h, 4, FIRST_DAY, LAST_DAY),
                   439178 * 6 - 4);
}

/* Random ranges, weekends and holiday lists against the day-by-day count,
 * and adjacent ranges adding up. */
static void workdays_random(void **state) {
  (void)state;
  uint64_t seed = 42;
  for (int i = 0; i < 4000; i++) {
    unsigned mask = (unsigned)naive_rand_range(&seed, 0, 126);
    srm_day raw[24], h[24];
    size_t nh = (size_t)naive_rand_range(&seed, 0, 24);
    int64_t lo = naive_rand_range(&seed, FIRST_DAY, LAST_DAY - 2000);
    int64_t start = lo + naive_rand_range(&seed, 0, 30);
    int64_t end = start + naive_rand_range(&seed, 0, i % 10 ? 60 : 1500);
    int64_t mid = naive_rand_range(&seed, start, end);
    for (size_t k = 0; k < nh; k++) {
      /* Some duplicates, some outside the range. */
      raw[k] = k > 0 && naive_rand(&seed) % 4 == 0
                   ? raw[k - 1]
                   : (srm_day)naive_rand_range(&seed, start - 40, end + 40);
      h[k] = raw[k];
    }
    srm_calendar cal;
    int64_t n = -1, a = -1, b = -1;
    assert_int_equal(srm_calendar_init(&cal, mask, h, nh, NULL), SRM_OK);
    assert_int_equal(srm_workdays(&cal, (srm_day)start, (srm_day)end, &n, NULL),
                     SRM_OK);
    int64_t want = naive_workdays(mask, raw, nh, start, end);
    if (n != want)
      fail_msg("case %d: mask %#x, %lld..%lld: %lld, expected %lld", i, mask,
               (long long)start, (long long)end, (long long)n, (long long)want);
    assert_int_equal(srm_workdays(&cal, (srm_day)start, (srm_day)mid, &a, NULL),
                     SRM_OK);
    if (mid < end) {
      assert_int_equal(
          srm_workdays(&cal, (srm_day)(mid + 1), (srm_day)end, &b, NULL),
          SRM_OK);
      assert_int_equal(a + b, n);
    } else {
      assert_int_equal(a, n);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(leap_years),
      cmocka_unit_test(known_days),
      cmocka_unit_test(date_errors),
      cmocka_unit_test(known_weekdays),
      cmocka_unit_test(every_supported_day),
      cmocka_unit_test(iso_text),
      cmocka_unit_test(serials),
      cmocka_unit_test(weekend_codes),
      cmocka_unit_test(calendar_init),
      cmocka_unit_test(workdays_by_hand),
      cmocka_unit_test(workdays_long_ranges),
      cmocka_unit_test(workdays_random),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
