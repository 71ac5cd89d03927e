/*
 * fuzz_date.c - ISO date parsing and formatting, calendar dates, spreadsheet
 * serials and weekdays, each checked against an independent computation.
 *
 * The first byte picks what the rest of the input drives:
 *   0  srm_day_parse_iso() on the raw bytes, then the format round trip;
 *   1  a day number through format, parse, to_ymd, from_ymd and weekday;
 *   2  srm_day_from_ymd() with arbitrary year, month and day of month;
 *   3  srm_day_from_serial() with an arbitrary serial and null date.
 */
#include <stdio.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int is_digit(uint8_t c) {
  return c >= '0' && c <= '9';
}

static int days_in_month(int y, int m) {
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 ? 28 + leap : mdays[m - 1];
}

static int valid_ymd(int64_t y, int64_t m, int64_t d) {
  return y >= SRM_MIN_YEAR && y <= SRM_MAX_YEAR && m >= 1 && m <= 12 &&
         d >= 1 && d <= days_in_month((int)y, (int)m);
}

/* The day a 10-byte text names, or 0 with *ok = 0 when srm_day_parse_iso()
 * must reject it. */
static int64_t expected_parse(const uint8_t *t, size_t len, int *ok) {
  static const int digit_at[] = {0, 1, 2, 3, 5, 6, 8, 9};
  int y, m, d;
  size_t i;
  *ok = 0;
  if (len != 10 || t[4] != '-' || t[7] != '-')
    return 0;
  for (i = 0; i < 8; i++)
    if (!is_digit(t[digit_at[i]]))
      return 0;
  y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 +
      (t[3] - '0');
  m = (t[5] - '0') * 10 + (t[6] - '0');
  d = (t[8] - '0') * 10 + (t[9] - '0');
  if (!valid_ymd(y, m, d))
    return 0;
  *ok = 1;
  return fz_days_from_civil(y, m, d);
}

static void check_parse(const uint8_t *text, size_t len) {
  srm_error err = SRM_ERROR_INIT;
  srm_day day = 123456789;
  char buf[SRM_ISO_DATE_SIZE + 1];
  int ok;
  int64_t want = expected_parse(text, len, &ok);
  srm_status st;
  FZ_NOTE("day_parse_iso(%.*s)", (int)(len < 40 ? len : 40),
          (const char *)text);
  st = srm_day_parse_iso((const char *)text, len, &day, &err);

  if (!ok) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_DATE);
    FZ_CHECK(day == 123456789);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(day == want);
  /* Formatting gives back exactly the text that was parsed. */
  memset(buf, 'x', sizeof buf);
  FZ_CHECK(srm_day_format_iso(day, buf, NULL) == SRM_OK);
  FZ_CHECK(buf[10] == '\0' && buf[11] == 'x');
  FZ_CHECK(memcmp(buf, text, 10) == 0);
}

static void check_day(srm_day day) {
  srm_error err = SRM_ERROR_INIT;
  char buf[SRM_ISO_DATE_SIZE + 1], want[32];
  int y = -1, m = -1, d = -1, wy, wm, wd;
  srm_day back = 42;
  int in_range = day >= FZ_MIN_DAY && day <= FZ_MAX_DAY;
  srm_status st;
  int64_t wday = (((int64_t)day + 3) % 7 + 7) % 7; /* 1970-01-01: Thursday */

  FZ_NOTE("day %ld", (long)day);
  FZ_CHECK(srm_weekday(day) == wday);
  memset(buf, 'x', sizeof buf);
  st = srm_day_format_iso(day, buf, &err);
  if (!in_range) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_DATE);
    FZ_CHECK(buf[0] == 'x'); /* nothing written */
    err = (srm_error)SRM_ERROR_INIT;
    st = srm_day_to_ymd(day, &y, &m, &d, &err);
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_DATE);
    FZ_CHECK(y == -1 && m == -1 && d == -1);
    return;
  }
  fz_civil_from_days(day, &wy, &wm, &wd);
  snprintf(want, sizeof want, "%04d-%02d-%02d", wy, wm, wd);
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(strcmp(buf, want) == 0 && buf[11] == 'x');
  FZ_CHECK(srm_day_parse_iso(buf, 10, &back, NULL) == SRM_OK);
  FZ_CHECK(back == day);
  FZ_CHECK(srm_day_to_ymd(day, &y, &m, &d, NULL) == SRM_OK);
  FZ_CHECK(y == wy && m == wm && d == wd);
  back = 42;
  FZ_CHECK(srm_day_from_ymd(y, m, d, &back, NULL) == SRM_OK);
  FZ_CHECK(back == day);
  FZ_CHECK(srm_is_leap_year(y) == (days_in_month(y, 2) == 29));
}

static void check_ymd(int y, int m, int d) {
  srm_error err = SRM_ERROR_INIT;
  srm_day day = 777;
  srm_status st;
  FZ_NOTE("day_from_ymd(%d, %d, %d)", y, m, d);
  st = srm_day_from_ymd(y, m, d, &day, &err);
  if (!valid_ymd(y, m, d)) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_DATE);
    FZ_CHECK(day == 777);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(day == fz_days_from_civil(y, m, d));
}

static void check_serial(double serial, srm_day null_date) {
  srm_error err = SRM_ERROR_INIT;
  srm_day day = 555;
  srm_status st;
  FZ_NOTE("day_from_serial(%.17g, %ld)", serial, (long)null_date);
  st = srm_day_from_serial(serial, null_date, &day, &err);
  int ok = 0;
  int64_t want = 0;
  /* The null date must itself be a supported date (SRM_ARG_NULL_DATE). */
  if (!(null_date >= FZ_MIN_DAY && null_date <= FZ_MAX_DAY)) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_NULL_DATE);
    FZ_CHECK(day == 555);
    return;
  }
  if (isfinite(serial) && fabs(serial) < 1e12) {
    want = (int64_t)floor(serial) + null_date;
    ok = want >= FZ_MIN_DAY && want <= FZ_MAX_DAY;
  }
  if (!ok) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_DATE);
    FZ_CHECK(day == 555);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(day == want);
  FZ_CHECK(srm_day_to_serial(day, null_date) == (double)(want - null_date));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_input in = {data, size};
  switch (fz_u8(&in) % 4) {
  case 0:
    check_parse(in.p, in.n);
    break;
  case 1:
    check_day(fz_day(&in, 20000));
    break;
  case 2: {
    int y = (int)(int32_t)fz_u32(&in);
    int m = (int)(int8_t)fz_u8(&in);
    int d = (int)(int8_t)fz_u8(&in);
    if (fz_u8(&in) & 1) /* mostly plausible years */
      y = 1500 + (int)(fz_u16(&in) % 9000);
    check_ymd(y, m, d);
    break;
  }
  default: {
    double serial = fz_double(&in);
    srm_day null_date = fz_day(&in, -25569); /* 1899-12-30 */
    if (fz_u8(&in) & 1)
      serial = fmod(serial, 4e6);
    check_serial(serial, null_date);
    break;
  }
  }
  return 0;
}
