/*
 * history.c - leads per sale learned from past periods.
 */
#include <float.h>
#include <math.h>

#include "internal.h"

/* Sums a list of history entries, each finite and >= 0.  *above (when not
 * NULL) tells whether the sum exceeds 2^53: whole entries are added exactly
 * up to 2^53, and the one addition that crosses it, which may round back
 * to 2^53 itself (2^53 + 1 does), shows a positive rounding error. */
static srm_status sum_entries(const double *v, size_t n, srm_arg arg,
                              double *sum, int *above, srm_error *err) {
  double s = 0.0;
  int over = 0;
  if (v == NULL && n > 0)
    return srmi_fail(err, SRM_EINVAL, arg,
                     arg == SRM_ARG_LEADS ? "leads list is NULL"
                                          : "sales list is NULL");
  for (size_t i = 0; i < n; i++) {
    if (!isfinite(v[i]))
      return srmi_fail(err, SRM_EINVAL, arg,
                       arg == SRM_ARG_LEADS
                           ? "every leads entry must be a finite number"
                           : "every sales entry must be a finite number");
    if (v[i] < 0.0)
      return srmi_fail(err, SRM_EINVAL, arg,
                       arg == SRM_ARG_LEADS ? "every leads entry must be >= 0"
                                            : "every sales entry must be >= 0");
    double t = s + v[i];
    if (t >= SRM_MAX_COUNT && !over) {
      /* s + v[i] = t + e exactly (Knuth's TwoSum) */
      double bv = t - s;
      double e = (s - (t - bv)) + (v[i] - bv);
      over = t > SRM_MAX_COUNT || e > 0.0;
    }
    s = t;
  }
  if (!isfinite(s))
    return srmi_fail(err, SRM_ERANGE, arg,
                     arg == SRM_ARG_LEADS
                         ? "the leads add up to more than a double can hold"
                         : "the sales add up to more than a double can hold");
  *sum = s;
  if (above != NULL)
    *above = over;
  return SRM_OK;
}

/* Validates a history and returns n = sum(leads), s = sum(sales), and
 * whether the exact sum of the leads is above 2^53. */
static srm_status history(const double *leads, size_t n_leads,
                          const double *sales, size_t n_sales, double *n,
                          double *s, int *n_above, srm_error *err) {
  srm_status st;
  if ((st = sum_entries(leads, n_leads, SRM_ARG_LEADS, n, n_above, err)) !=
          SRM_OK ||
      (st = sum_entries(sales, n_sales, SRM_ARG_SALES, s, NULL, err)) != SRM_OK)
    return st;
  if (!(*n > 0.0))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_LEADS, "no leads in the history");
  if (*s > *n)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_SALES,
                     "more sales than leads in the history");
  return SRM_OK;
}

static srm_status too_large(srm_error *err) {
  return srmi_fail(err, SRM_ERANGE, SRM_ARG_NONE,
                   "leads per sale is too large to represent");
}

srm_status srm_leads_per_sale(const double *leads, size_t n_leads,
                              const double *sales, size_t n_sales, double *out,
                              srm_error *err) {
  double n, s, r;
  srm_status st = history(leads, n_leads, sales, n_sales, &n, &s, NULL, err);
  if (st != SRM_OK)
    return st;
  if (!(s > 0.0))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_SALES,
                     "no sale in the history yet: nothing to learn from; "
                     "give a confidence");
  if (out == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "output pointer must not be NULL");
  r = n / s;
  if (!isfinite(r))
    return too_large(err);
  *out = r;
  return SRM_OK;
}

srm_status srm_leads_per_sale_at_confidence(const double *leads, size_t n_leads,
                                            const double *sales, size_t n_sales,
                                            double confidence, double *out,
                                            srm_error *err) {
  double n, s, q;
  int n_above;
  srm_status st =
      history(leads, n_leads, sales, n_sales, &n, &s, &n_above, err);
  if (st != SRM_OK)
    return st;
  if ((st = srmi_check_confidence(confidence, err)) != SRM_OK)
    return st;
  /* Beyond 2^53 leads the posterior's parameters leave the domain of the
   * incomplete beta function. */
  if (n_above)
    return srmi_fail(err, SRM_ERANGE, SRM_ARG_LEADS,
                     "the leads add up to more than 2^53, too many to "
                     "estimate with a confidence");
  if (out == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "output pointer must not be NULL");
  /* The (1 - c) quantile of the Jeffreys posterior Beta(s + 1/2,
   * n - s + 1/2).  1 - c is exact for c >= 1/2; below, the search works
   * with c itself as the upper tail, so that a tiny confidence keeps its
   * digits (1 - 1e-17 rounds to 1). */
  st = srmi_beta_inc_inv_pq(1.0 - confidence, confidence, s + 0.5,
                            (n - s) + 0.5, &q);
  if (st != SRM_OK)
    return srmi_fail(err, st, SRM_ARG_NONE,
                     "the posterior quantile did not converge");
  /* Below DBL_MIN q would lose relative precision and 1 / q would be
   * beyond 4e307.  With at most 2^53 leads q stays above about 1e-48 (the
   * 2^-53 quantile of Beta(1/2, 2^53)), so this is only a guard. */
  if (!(q >= DBL_MIN))
    return too_large(err);
  *out = 1.0 / q;
  return SRM_OK;
}
