/*
 * calendar.c - days, calendar dates, spreadsheet serials, weekends and
 * working days.
 *
 * Dates convert with the closed-form days-from-civil / civil-from-days
 * arithmetic over 400-year eras (146097 days each), so every conversion
 * takes the same few operations whatever the year.  Working days are
 * counted a week at a time plus the last partial week, minus the holidays
 * found by binary search.
 */
#include <math.h>
#include <stdlib.h>

#include "internal.h"

/* 1583-01-01 and 9999-12-31 as days since 1970-01-01.  1583-01-01 is
 * 387 years of 365 days plus 94 leap days (1584..1968: 97 multiples of 4,
 * less 1700, 1800, 1900) before 1970: -141349.  From there to 9999-12-31
 * are 8417 years with 2041 leap days, 3074246 days: 2932896. */
#define MIN_DAY (-141349)
#define MAX_DAY 2932896

static const char range_message[] =
    "date must be between 1583-01-01 and 9999-12-31";

static int in_range(int64_t day) {
  return day >= MIN_DAY && day <= MAX_DAY;
}

static int days_in_month(int year, int month) {
  static const unsigned char days[12] = {31, 28, 31, 30, 31, 30,
                                         31, 31, 30, 31, 30, 31};
  if (month == 2 && srm_is_leap_year(year))
    return 29;
  return days[month - 1];
}

/* Days since 1970-01-01 of a valid proleptic Gregorian date.  The year is
 * shifted to start in March so that the leap day comes last. */
static int64_t days_from_civil(int64_t y, int m, int d) {
  int64_t era, yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;                                   /* 0..399 */
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; /* 0..365 */
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* 0..146096 */
  return era * 146097 + doe - 719468; /* 719468: 0000-03-01 to 1970-01-01 */
}

/* The inverse of days_from_civil(). */
static void civil_from_days(int64_t z, int *year, int *month, int *mday) {
  int64_t era, doe, yoe, y, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;                                      /* 0..146096 */
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* 0..399 */
  y = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100); /* 0..365 */
  mp = (5 * doy + 2) / 153;                      /* 0..11 */
  *mday = (int)(doy - (153 * mp + 2) / 5 + 1);
  *month = (int)(mp < 10 ? mp + 3 : mp - 9);
  *year = (int)(y + (*month <= 2));
}

int srm_is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int srm_weekday(srm_day day) {
  /* 1970-01-01 (day 0) was a Thursday, weekday 3. */
  int r = (int)(((int64_t)day + 3) % 7);
  return r < 0 ? r + 7 : r;
}

srm_status srm_day_from_ymd(int year, int month, int mday, srm_day *day,
                            srm_error *err) {
  if (day == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "day output must not be NULL");
  if (year < SRM_MIN_YEAR || year > SRM_MAX_YEAR)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_DATE, range_message);
  if (month < 1 || month > 12 || mday < 1 || mday > days_in_month(year, month))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_DATE, "no such date");
  *day = (srm_day)days_from_civil(year, month, mday);
  return SRM_OK;
}

srm_status srm_day_to_ymd(srm_day day, int *year, int *month, int *mday,
                          srm_error *err) {
  int y, m, d;
  if (year == NULL || month == NULL || mday == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "date outputs must not be NULL");
  if (!in_range(day))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_DATE, range_message);
  civil_from_days(day, &y, &m, &d);
  *year = y;
  *month = m;
  *mday = d;
  return SRM_OK;
}

/* Value of n decimal digits at text, or -1 when one is not a digit. */
static int parse_digits(const char *text, int n) {
  int value = 0;
  for (int i = 0; i < n; i++) {
    if (text[i] < '0' || text[i] > '9')
      return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

srm_status srm_day_parse_iso(const char *text, size_t len, srm_day *day,
                             srm_error *err) {
  static const char form_message[] = "date must be written YYYY-MM-DD";
  int y, m, d;
  if (day == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "day output must not be NULL");
  if (text == NULL || len != 10 || text[4] != '-' || text[7] != '-')
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_DATE, form_message);
  y = parse_digits(text, 4);
  m = parse_digits(text + 5, 2);
  d = parse_digits(text + 8, 2);
  if (y < 0 || m < 0 || d < 0)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_DATE, form_message);
  return srm_day_from_ymd(y, m, d, day, err);
}

static void put_digits(char *buf, int value, int n) {
  for (int i = n - 1; i >= 0; i--) {
    buf[i] = (char)('0' + value % 10);
    value /= 10;
  }
}

srm_status srm_day_format_iso(srm_day day, char buf[SRM_ISO_DATE_SIZE],
                              srm_error *err) {
  int y, m, d;
  if (buf == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "text buffer must not be NULL");
  if (!in_range(day))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_DATE, range_message);
  civil_from_days(day, &y, &m, &d);
  put_digits(buf, y, 4);
  buf[4] = '-';
  put_digits(buf + 5, m, 2);
  buf[7] = '-';
  put_digits(buf + 8, d, 2);
  buf[10] = '\0';
  return SRM_OK;
}

srm_status srm_day_from_serial(double serial, srm_day null_date, srm_day *day,
                               srm_error *err) {
  double whole;
  if (day == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "day output must not be NULL");
  if (!in_range(null_date))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_NULL_DATE,
                     "null date must be between 1583-01-01 and 9999-12-31");
  if (!isfinite(serial))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_DATE,
                     "date must be a finite number");
  /* Checked as a double first: a huge serial must not reach the int
   * conversion.  Both terms and the sum are exact below 2^53. */
  whole = floor(serial) + (double)null_date;
  if (!(whole >= MIN_DAY && whole <= MAX_DAY))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_DATE, range_message);
  *day = (srm_day)whole;
  return SRM_OK;
}

double srm_day_to_serial(srm_day day, srm_day null_date) {
  return (double)day - (double)null_date;
}

static const char weekend_message[] =
    "weekend must be 1-7, 11-17 or a 7-character string of 0 and 1 starting "
    "Monday";

srm_status srm_weekend_from_code(double code, unsigned *mask, srm_error *err) {
  /* Bit i is weekday i, 0 = Monday.  Codes 1-7 are pairs of days starting
   * with Sat+Sun; codes 11-17 single days starting with Sunday. */
  static const unsigned char masks[18] = {0,    0x60, 0x41, 0x03, 0x06, 0x0C,
                                          0x18, 0x30, 0,    0,    0,    0x40,
                                          0x01, 0x02, 0x04, 0x08, 0x10, 0x20};
  unsigned m;
  if (mask == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "weekend output must not be NULL");
  if (!(code >= 1 && code <= 17) || code != floor(code))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_WEEKEND, weekend_message);
  m = masks[(int)code];
  if (m == 0)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_WEEKEND, weekend_message);
  *mask = m;
  return SRM_OK;
}

srm_status srm_weekend_from_string(const char *text, size_t len, unsigned *mask,
                                   srm_error *err) {
  unsigned m = 0;
  if (mask == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "weekend output must not be NULL");
  if (text == NULL || len != 7)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_WEEKEND, weekend_message);
  for (int i = 0; i < 7; i++) {
    if (text[i] == '1')
      m |= 1u << i;
    else if (text[i] != '0')
      return srmi_fail(err, SRM_EINVAL, SRM_ARG_WEEKEND, weekend_message);
  }
  if (m == SRM_WEEKEND_ALL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_WEEKEND,
                     "weekend leaves no working day");
  *mask = m;
  return SRM_OK;
}

static srm_status check_weekend(unsigned weekend, srm_error *err) {
  if (weekend > SRM_WEEKEND_ALL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_WEEKEND,
                     "weekend mask must use only bits 0-6 (Monday-Sunday)");
  if (weekend == SRM_WEEKEND_ALL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_WEEKEND,
                     "weekend leaves no working day");
  return SRM_OK;
}

static int compare_days(const void *a, const void *b) {
  srm_day x = *(const srm_day *)a, y = *(const srm_day *)b;
  return (x > y) - (x < y);
}

srm_status srm_calendar_init(srm_calendar *cal, unsigned weekend,
                             srm_day *holidays, size_t n, srm_error *err) {
  srm_status st;
  size_t kept = 0;
  if (cal == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "calendar must not be NULL");
  st = check_weekend(weekend, err);
  if (st != SRM_OK)
    return st;
  if (holidays == NULL && n > 0)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_HOLIDAYS,
                     "holiday list must not be NULL when it has days");
  if (n > 0) {
    qsort(holidays, n, sizeof *holidays, compare_days);
    for (size_t i = 0; i < n; i++) {
      if ((weekend >> srm_weekday(holidays[i])) & 1u)
        continue;
      if (kept > 0 && holidays[kept - 1] == holidays[i])
        continue;
      holidays[kept++] = holidays[i];
    }
  }
  cal->weekend = weekend;
  cal->holidays = kept > 0 ? holidays : NULL;
  cal->n_holidays = kept;
  return SRM_OK;
}

/* Index of the first holiday >= day (n when none). */
static size_t lower_bound(const srm_day *days, size_t n, int64_t day) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (days[mid] < day)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

srm_status srm_workdays(const srm_calendar *cal, srm_day start, srm_day end,
                        int64_t *count, srm_error *err) {
  static const srm_calendar standard = SRM_CALENDAR_INIT;
  srm_status st;
  int64_t days, weeks, result;
  int per_week = 0, first;
  if (count == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "count output must not be NULL");
  if (cal == NULL)
    cal = &standard;
  if (!in_range(start))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_START, range_message);
  if (!in_range(end))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_END, range_message);
  if (start > end)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_START, "start is after end");
  st = check_weekend(cal->weekend, err);
  if (st != SRM_OK)
    return st;
  if (cal->holidays == NULL && cal->n_holidays > 0)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_HOLIDAYS,
                     "holiday list must not be NULL when it has days");

  for (int w = 0; w < 7; w++)
    per_week += !((cal->weekend >> w) & 1u);
  days = (int64_t)end - start + 1;
  weeks = days / 7;
  result = weeks * per_week;
  /* The last days % 7 days start on the same weekday as `start`. */
  first = srm_weekday(start);
  for (int i = 0; i < days % 7; i++)
    result += !((cal->weekend >> ((first + i) % 7)) & 1u);
  /* The calendar holds no holiday on a weekend day, so each one in range
   * removes exactly one working day. */
  if (cal->n_holidays > 0)
    result -= (int64_t)(lower_bound(cal->holidays, cal->n_holidays,
                                    (int64_t)end + 1) -
                        lower_bound(cal->holidays, cal->n_holidays, start));
  *count = result;
  return SRM_OK;
}
