/*
 * fuzz_common.h - input decoding and invariant checks shared by the
 * libFuzzer targets.
 *
 * The fuzz input is read as a stream of small fields.  Doubles are not taken
 * as raw bit patterns only (those are almost always huge or tiny): a selector
 * byte picks a special value (NaN, infinities, zeros, 1e308, 1e-308, the
 * smallest subnormal, the double just below 1), a small whole number, a
 * decimal with a fraction, or raw bits.  When the input runs out every field
 * reads as zero, so every input is valid for every target.
 */
#ifndef SRM_FUZZ_COMMON_H
#define SRM_FUZZ_COMMON_H

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "salesroadmap.h"

/* The call being checked, in words, printed when an invariant fails. */
static char fz_call[512];
#define FZ_NOTE(...) snprintf(fz_call, sizeof fz_call, __VA_ARGS__)

/* An invariant does not hold: say which and for what call, then stop with a
 * crash that libFuzzer records together with the input. */
#define FZ_CHECK(cond)                                                         \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "%s:%d: invariant violated: %s\n  in %s\n", __FILE__,    \
              __LINE__, #cond, fz_call);                                       \
      __builtin_trap();                                                        \
    }                                                                          \
  } while (0)

typedef struct fz_input {
  const uint8_t *p;
  size_t n;
} fz_input;

static inline uint8_t fz_u8(fz_input *in) {
  uint8_t v;
  if (in->n == 0)
    return 0;
  v = in->p[0];
  in->p++;
  in->n--;
  return v;
}

static inline uint16_t fz_u16(fz_input *in) {
  uint16_t hi = fz_u8(in);
  return (uint16_t)((hi << 8) | fz_u8(in));
}

static inline uint32_t fz_u32(fz_input *in) {
  uint32_t hi = fz_u16(in);
  return (hi << 16) | fz_u16(in);
}

static inline uint64_t fz_u64(fz_input *in) {
  uint64_t hi = fz_u32(in);
  return (hi << 32) | fz_u32(in);
}

static inline double fz_raw_double(fz_input *in) {
  uint64_t bits = fz_u64(in);
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

/* A double from anywhere, with the awkward values much more likely than
 * uniform bit patterns would make them. */
static inline double fz_double(fz_input *in) {
  static const double pow10[] = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7};
  uint8_t sel = fz_u8(in);
  switch (sel % 20) {
  case 0:
    return NAN;
  case 1:
    return INFINITY;
  case 2:
    return -INFINITY;
  case 3:
    return 0.0;
  case 4:
    return -0.0;
  case 5:
    return 1e308;
  case 6:
    return 1e-308;
  case 7:
    return 4.9406564584124654e-324; /* smallest subnormal */
  case 8:
    return nextafter(1.0, 0.0);
  case 9:
    return 1.0;
  case 10:
    return -(double)fz_u16(in);
  case 11:
  case 12:
    return fz_raw_double(in);
  case 13:
    return DBL_MAX;
  case 14:
    return SRM_MAX_COUNT + (double)(fz_u8(in) % 5) - 2.0;
  default:
    /* A decimal such as 1234.56 or 0.25: an integer part, a fraction in
     * hundredths, scaled by a power of ten. */
    {
      double whole = fz_u16(in);
      double frac = fz_u8(in) % 100 / 100.0;
      return (whole + frac) * pow10[fz_u8(in) % 8];
    }
  }
}

/* A double that is finite, >= 1 and at most `cap`, but sometimes an
 * arbitrary one from fz_double(). */
static inline double fz_ratio(fz_input *in, double cap) {
  uint8_t sel = fz_u8(in);
  if (sel < 32)
    return fz_double(in);
  if (sel < 64)
    return 1.0 + (double)(fz_u8(in) % 50);
  return 1.0 + fz_u32(in) / 4294967296.0 * (cap - 1.0);
}

/* Days (since 1970-01-01) of the supported range's ends, from Python's
 * datetime: date(1583,1,1).toordinal() - date(1970,1,1).toordinal(). */
#define FZ_MIN_DAY (-141349)
#define FZ_MAX_DAY 2932896

/* A day, mostly inside the supported range, often near its ends, sometimes
 * any int32. */
static inline srm_day fz_day(fz_input *in, srm_day near) {
  uint8_t sel = fz_u8(in);
  switch (sel % 8) {
  case 0:
    return (srm_day)fz_u32(in);
  case 1:
    return FZ_MIN_DAY + (srm_day)(fz_u8(in) % 16) - 8;
  case 2:
    return FZ_MAX_DAY + (srm_day)(fz_u8(in) % 16) - 8;
  case 3:
    return FZ_MIN_DAY + (srm_day)(fz_u32(in) % (FZ_MAX_DAY - FZ_MIN_DAY + 1));
  default:
    return near + (srm_day)fz_u16(in) - 32768;
  }
}

/* Days since 1970-01-01 of a proleptic Gregorian date, by the era method
 * (Howard Hinnant's days_from_civil): a second computation, independent of
 * the core's, used to check it. */
static inline int64_t fz_days_from_civil(int64_t y, int64_t m, int64_t d) {
  int64_t era, yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static inline void fz_civil_from_days(int64_t z, int *y, int *m, int *d) {
  int64_t era, doe, yoe, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* A failure must be reported consistently: a real error status (not OK),
 * the same status in err, a non-empty static message. */
static inline void fz_check_failure(srm_status st, const srm_error *err) {
  FZ_CHECK(st != SRM_OK);
  FZ_CHECK(st == SRM_EINVAL || st == SRM_ERANGE || st == SRM_EUNREACHABLE ||
           st == SRM_ESIZE || st == SRM_ENUMERIC);
  FZ_CHECK(err->status == st);
  FZ_CHECK(err->message != NULL);
  FZ_CHECK(err->message[0] != '\0');
  FZ_CHECK(srm_arg_name(err->arg) != NULL);
  FZ_CHECK(strcmp(srm_arg_name(err->arg), "unknown argument") != 0);
}

static inline int fz_valid_number(double x) {
  return isfinite(x) && x >= 0;
}

/* What SPEC 8 makes of a history: the sums, and which failures a call may
 * report.  A call with several problems may report any one of them. */
typedef struct fz_history {
  double n, s;                /* sum(leads), sum(sales), added in order */
  int bad_leads, bad_sales;   /* an entry not finite or negative */
  int over_leads, over_sales; /* valid entries whose sum overflows */
} fz_history;

static inline fz_history fz_history_of(const double *leads, size_t nl,
                                       const double *sales, size_t ns) {
  fz_history h = {0, 0, 0, 0, 0, 0};
  size_t i;
  for (i = 0; i < nl; i++) {
    h.bad_leads |= !fz_valid_number(leads[i]);
    h.n += leads[i];
  }
  for (i = 0; i < ns; i++) {
    h.bad_sales |= !fz_valid_number(sales[i]);
    h.s += sales[i];
  }
  h.over_leads = !h.bad_leads && isinf(h.n);
  h.over_sales = !h.bad_sales && isinf(h.s);
  return h;
}

/* Whether a call must fail; *ok_failure tells whether (st, arg) is one of
 * the failures it may report.  need_sale: the plain estimate needs s > 0. */
static inline int fz_history_must_fail(const fz_history *h, int need_sale,
                                       int bad_c, srm_status st, srm_arg arg,
                                       int *ok_failure) {
  int sound =
      !h->bad_leads && !h->bad_sales && !h->over_leads && !h->over_sales;
  int leads_wrong = h->bad_leads || (sound && (!(h->n > 0) || h->n < h->s));
  int sales_wrong =
      h->bad_sales || (sound && ((need_sale && !(h->s > 0)) || h->n < h->s));
  int overflow = h->over_leads || h->over_sales ||
                 (sound && need_sale && h->s > 0 && isinf(h->n / h->s));
  *ok_failure =
      (st == SRM_EINVAL && ((leads_wrong && arg == SRM_ARG_LEADS) ||
                            (sales_wrong && arg == SRM_ARG_SALES) ||
                            (bad_c && arg == SRM_ARG_CONFIDENCE))) ||
      (st == SRM_ERANGE && overflow &&
       (arg == SRM_ARG_LEADS || arg == SRM_ARG_SALES || arg == SRM_ARG_NONE));
  return leads_wrong || sales_wrong || bad_c || overflow;
}

#endif /* SRM_FUZZ_COMMON_H */
