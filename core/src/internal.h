/*
 * internal.h - helpers shared by the core's source files; not installed.
 */
#ifndef SRM_INTERNAL_H
#define SRM_INTERNAL_H

#include "salesroadmap.h"

/* Records a failure in err (when given) and returns the status. */
static inline srm_status srmi_fail(srm_error *err, srm_status status,
                                   srm_arg arg, const char *message) {
  if (err != NULL) {
    err->status = status;
    err->arg = arg;
    err->message = message;
  }
  return status;
}

/* The fast path of the approximate ceiling, for 0 <= a < 1e15: rounding a
 * to 15 significant digits moves it by at most 0.5e-14 * a, so when a is
 * whole, or farther than tol = 1e-14 * a from every whole number, the
 * approximate ceiling is the plain one.  Returns 1 and sets *ceiling when
 * that applies, else 0 (the caller then takes the full definition). */
static inline int srmi_ceil_fast(double a, int64_t *ceiling) {
  int64_t whole = (int64_t)a;
  double frac = a - (double)whole; /* exact */
  double tol = a * 1e-14;
  if ((frac == 0.0) | ((frac > tol) & (1.0 - frac > tol))) {
    *ceiling = whole + (frac > 0.0);
    return 1;
  }
  return 0;
}

/* srmi_count() for the values its inline fast path leaves to the full
 * approximate ceiling. */
srm_status srmi_count_slow(double value, int64_t *count, srm_arg arg,
                           srm_error *err);

/* Rounds a non-negative finite value up with srm_approx_ceil() into a count.
 * Fails with SRM_ERANGE (argument `arg`) when the count exceeds 2^53 or the
 * value is not finite. */
static inline srm_status srmi_count(double value, int64_t *count, srm_arg arg,
                                    srm_error *err) {
  if (value >= 0.0 && value < 1e15 && srmi_ceil_fast(value, count))
    return SRM_OK;
  return srmi_count_slow(value, count, arg, err);
}

/* Regularized incomplete beta for 0 < a, b <= 2^53, 0 <= x <= 1, with
 * y = 1 - x given by the caller (more precise when known): *w = I_x(a, b)
 * and *w1 = 1 - I_x(a, b), the smaller one computed directly (to about
 * 1e-13 relative; 1e-11 in the far tail with a <= 1 < b, where a
 * recurrence is used) and the other as its complement.  Returns SRM_OK, or
 * SRM_ENUMERIC when the continued fraction did not converge within its
 * iteration bound. */
srm_status srmi_beta_inc(double x, double y, double a, double b, double *w,
                         double *w1);

/* The x with I_x(a, b) = p (a, b > 0 finite, 0 <= p <= 1).  Returns SRM_OK
 * or SRM_ENUMERIC. */
srm_status srmi_beta_inc_inv(double p, double a, double b, double *x);

/* The same with q = 1 - p given separately, for a p near 1 that is known
 * only through q (p = 1 - c for a tiny c rounds to 1, while q = c keeps all
 * its digits): the search uses p for p <= 1/2 and q above. */
srm_status srmi_beta_inc_inv_pq(double p, double q, double a, double b,
                                double *x);

/* Checks a confidence level: finite, 0 < c < 1 (SRM_ARG_CONFIDENCE). */
srm_status srmi_check_confidence(double confidence, srm_error *err);

#endif /* SRM_INTERNAL_H */
