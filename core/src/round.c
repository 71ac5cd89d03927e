/*
 * round.c - the approximate ceiling used for every count.
 */
#include <math.h>

#include "internal.h"

/* 10^-8 .. 10^15; entries 8..30 (10^0 .. 10^22) are exact doubles. */
static const double ten_pow[] = {1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1,
                                 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
#define TEN_POW(e) (ten_pow[(e) + 8])

/* The full definition: round to 15 significant digits, then ceil. */
static double approx_ceil_digits(double x) {
  double a = fabs(x);
  int e2, e, k;
  double p, rest, whole, r;

  /* Whole numbers (0 and everything from 2^52 on among them), NaN and
   * infinities pass unchanged. */
  if (!(a < 4503599627370496.0) || a == floor(a))
    return x;
  /* Below 1e-7 or from 1e15 on, rounding to 15 significant digits cannot
   * remove floating-point noise without also dropping real digits (from 1e15
   * on it would drop whole units), so these are plain ceilings. */
  if (a < 1e-7 || a >= 1e15)
    return ceil(x);

  /* Decimal exponent e with 10^e <= a < 10^(e+1), from the binary one. */
  (void)frexp(a, &e2);
  e = (int)floor((e2 - 1) * 0.30102999566398120);
  if (a >= TEN_POW(e + 1))
    e++;
  /* Scale so that the 15 significant digits are the integer part.  The
   * product p is rounded, so round it to a whole number with its exact
   * remainder (fma) deciding the one case that rounding can mislead: p
   * exactly halfway, when the true product may lie just below (x =
   * 97834167.000000045 scales to 978341670000000.45, stored as .5).  Both
   * 10^k (k = 0..21) and the whole result (< 10^15) are exact, so the
   * division back is correctly rounded. */
  k = 14 - e;
  p = a * TEN_POW(k);
  rest = fma(a, TEN_POW(k), -p);
  whole = floor(p);
  if (p - whole > 0.5 || (p - whole == 0.5 && rest >= 0.0))
    whole += 1.0;
  r = whole / TEN_POW(k);
  return ceil(x < 0 ? -r : r);
}

double srm_approx_ceil(double x) {
  double a = fabs(x);
  int64_t c;
  if (a < 1e15 && srmi_ceil_fast(a, &c)) {
    if (x >= 0)
      return (double)c;
    /* ceil(-a) = -floor(a): -a when a is whole, else -(ceil(a) - 1). */
    return (double)c == a ? -a : -(double)(c - 1);
  }
  return approx_ceil_digits(x);
}

srm_status srmi_count_slow(double value, int64_t *count, srm_arg arg,
                           srm_error *err) {
  double c = srm_approx_ceil(value);
  if (!(c <= SRM_MAX_COUNT))
    return srmi_fail(err, SRM_ERANGE, arg,
                     "result is too large to represent exactly (above 2^53)");
  *count = (int64_t)c;
  return SRM_OK;
}
