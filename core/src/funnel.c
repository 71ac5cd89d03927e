/*
 * funnel.c - sales, leads and funnel stages needed for a revenue goal,
 * on average and with a confidence level.
 */
#include <math.h>

#include "internal.h"

static srm_status check_goal(double goal, srm_error *err) {
  if (!isfinite(goal))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_GOAL,
                     "goal must be a finite number");
  if (goal < 0.0)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_GOAL, "goal must be >= 0");
  return SRM_OK;
}

static srm_status check_deal_value(double deal_value, srm_error *err) {
  if (!isfinite(deal_value))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_DEAL_VALUE,
                     "deal value must be a finite number");
  if (!(deal_value > 0.0))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_DEAL_VALUE,
                     "deal value must be > 0");
  return SRM_OK;
}

static srm_status check_leads_per_sale(double k, srm_error *err) {
  if (!isfinite(k))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE,
                     "leads per sale must be a finite number");
  if (!(k >= 1.0))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE,
                     "leads per sale must be >= 1 (a conversion rate of 20% "
                     "is 5 leads per sale)");
  return SRM_OK;
}

srm_status srmi_check_confidence(double confidence, srm_error *err) {
  if (!(confidence > 0.0 && confidence < 1.0))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_CONFIDENCE,
                     "confidence must be > 0 and < 1");
  return SRM_OK;
}

static srm_status null_output(srm_error *err) {
  return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                   "output pointer must not be NULL");
}

/* Sales needed for valid goal and deal value. */
static srm_status sales(double goal, double deal_value, int64_t *s,
                        srm_error *err) {
  srm_status st = srmi_count(goal / deal_value, s, SRM_ARG_NONE, err);
  if (st != SRM_OK)
    return st;
  /* A positive goal needs a sale even when goal / deal_value underflows. */
  if (*s == 0 && goal > 0.0)
    *s = 1;
  return SRM_OK;
}

srm_status srm_sales_needed(double goal, double deal_value, int64_t *sales_out,
                            srm_error *err) {
  srm_status st;
  int64_t s;
  if ((st = check_goal(goal, err)) != SRM_OK ||
      (st = check_deal_value(deal_value, err)) != SRM_OK)
    return st;
  if (sales_out == NULL)
    return null_output(err);
  if ((st = sales(goal, deal_value, &s, err)) != SRM_OK)
    return st;
  *sales_out = s;
  return SRM_OK;
}

srm_status srm_leads_needed(double goal, double deal_value,
                            double leads_per_sale, int64_t *leads,
                            srm_error *err) {
  srm_status st;
  int64_t s, l;
  if ((st = check_goal(goal, err)) != SRM_OK ||
      (st = check_deal_value(deal_value, err)) != SRM_OK ||
      (st = check_leads_per_sale(leads_per_sale, err)) != SRM_OK)
    return st;
  if (leads == NULL)
    return null_output(err);
  if ((st = sales(goal, deal_value, &s, err)) != SRM_OK ||
      (st = srmi_count((double)s * leads_per_sale, &l, SRM_ARG_NONE, err)) !=
          SRM_OK)
    return st;
  *leads = l;
  return SRM_OK;
}

/* Relative tolerance of the comparison with c.  The probability is computed
 * to about 1e-15 relative for s up to 10^6 (1e-13 beyond), so a
 * probability this close to c is an exact tie as far as double precision
 * can tell; ties count as reaching c.  They do occur for natural inputs:
 * with 2 leads per sale P[Binomial(2s - 1, 1/2) >= s] is exactly 1/2, so
 * a confidence of 0.5 needs 2s - 1 leads. */
#define TIE_TOLERANCE 1e-14

/* Whether P[Binomial(n, p) >= s] = I_p(s, n - s + 1) reaches c, for whole
 * n >= s >= 1, q = 1 - p.  The comparison is made on the side of the
 * probability that keeps its precision: the probability itself for c <= 1/2,
 * its complement (against the exact 1 - c) above. */
static srm_status reaches(double n, double s, double p, double q, double c,
                          int *yes) {
  double w, w1;
  srm_status st = srmi_beta_inc(p, q, s, n - s + 1.0, &w, &w1);
  if (st != SRM_OK)
    return st;
  if (c <= 0.5)
    *yes = w >= c * (1.0 - TIE_TOLERANCE);
  else
    *yes = w1 <= (1.0 - c) * (1.0 + TIE_TOLERANCE);
  return SRM_OK;
}

/* The smallest whole n with P[Binomial(n, 1/k) >= s] >= c, for s >= 1 and
 * k > 1.  The probability grows with n: bracket the answer starting from
 * the mean s k with steps of about one standard deviation (of the number
 * of leads it takes to win s sales) that double, then bisect. */
static srm_status leads_at_confidence(double s, double k, double c,
                                      double *out) {
  double p = 1.0 / k, q = (k - 1.0) / k;
  double lo, hi, step, cand;
  int yes;
  srm_status st;

  step = ceil(sqrt(s * k * (k - 1.0)));
  if (step < 1.0)
    step = 1.0;
  cand = floor(s * k);
  if (cand < s)
    cand = s;
  if (cand > SRM_MAX_COUNT)
    cand = SRM_MAX_COUNT;

  if ((st = reaches(cand, s, p, q, c, &yes)) != SRM_OK)
    return st;
  if (yes) {
    /* Walk down; below s the probability is 0 < c. */
    hi = cand;
    for (;;) {
      cand = hi - step;
      if (cand < s) {
        lo = s - 1.0;
        break;
      }
      if ((st = reaches(cand, s, p, q, c, &yes)) != SRM_OK)
        return st;
      if (!yes) {
        lo = cand;
        break;
      }
      hi = cand;
      step *= 2.0;
    }
  } else {
    lo = cand;
    for (;;) {
      if (lo >= SRM_MAX_COUNT)
        return SRM_ERANGE;
      cand = lo + step;
      if (cand > SRM_MAX_COUNT)
        cand = SRM_MAX_COUNT;
      if ((st = reaches(cand, s, p, q, c, &yes)) != SRM_OK)
        return st;
      if (yes) {
        hi = cand;
        break;
      }
      lo = cand;
      step *= 2.0;
    }
  }
  /* Invariant: the probability at lo is below c, at hi it reaches c. */
  while (hi - lo > 1.0) {
    double mid = lo + floor((hi - lo) / 2.0);
    if ((st = reaches(mid, s, p, q, c, &yes)) != SRM_OK)
      return st;
    if (yes)
      hi = mid;
    else
      lo = mid;
  }
  *out = hi;
  return SRM_OK;
}

srm_status srm_leads_needed_at_confidence(double goal, double deal_value,
                                          double leads_per_sale,
                                          double confidence, int64_t *leads,
                                          srm_error *err) {
  srm_status st;
  int64_t s;
  double l;
  if ((st = check_goal(goal, err)) != SRM_OK ||
      (st = check_deal_value(deal_value, err)) != SRM_OK ||
      (st = check_leads_per_sale(leads_per_sale, err)) != SRM_OK ||
      (st = srmi_check_confidence(confidence, err)) != SRM_OK)
    return st;
  if (leads == NULL)
    return null_output(err);
  if ((st = sales(goal, deal_value, &s, err)) != SRM_OK)
    return st;
  if (s == 0 || leads_per_sale == 1.0) {
    *leads = s;
    return SRM_OK;
  }
  st = leads_at_confidence((double)s, leads_per_sale, confidence, &l);
  if (st == SRM_ERANGE)
    return srmi_fail(err, st, SRM_ARG_NONE,
                     "result is too large to represent exactly (above 2^53)");
  if (st != SRM_OK)
    return srmi_fail(err, st, SRM_ARG_NONE,
                     "the binomial probability did not converge");
  *leads = (int64_t)l;
  return SRM_OK;
}

/* Stage counts from the bottom up into counts[0..n] when counts is not
 * NULL; with counts NULL only checks that every count is representable. */
static srm_status funnel(int64_t s, const double *ratios, size_t n,
                         int64_t *counts, srm_error *err) {
  int64_t below = s;
  if (counts != NULL)
    counts[n] = s;
  for (size_t i = n; i-- > 0;) {
    int64_t c;
    srm_status st =
        srmi_count((double)below * ratios[i], &c, SRM_ARG_NONE, err);
    if (st != SRM_OK)
      return st;
    if (counts != NULL)
      counts[i] = c;
    below = c;
  }
  return SRM_OK;
}

srm_status srm_funnel_needed(double goal, double deal_value,
                             const double *ratios, size_t n, int64_t *counts,
                             srm_error *err) {
  srm_status st;
  int64_t s;
  if ((st = check_goal(goal, err)) != SRM_OK ||
      (st = check_deal_value(deal_value, err)) != SRM_OK)
    return st;
  if (ratios == NULL || n == 0)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_RATIOS,
                     "funnel needs at least one ratio");
  for (size_t i = 0; i < n; i++) {
    if (!isfinite(ratios[i]))
      return srmi_fail(err, SRM_EINVAL, SRM_ARG_RATIOS,
                       "each funnel ratio must be a finite number");
    if (!(ratios[i] >= 1.0))
      return srmi_fail(err, SRM_EINVAL, SRM_ARG_RATIOS,
                       "each funnel ratio must be >= 1 (a conversion rate of "
                       "25% is a ratio of 4)");
  }
  if (counts == NULL)
    return null_output(err);
  /* A dry run first, so that counts is written only when every stage is
   * representable; the second run repeats the same arithmetic. */
  if ((st = sales(goal, deal_value, &s, err)) != SRM_OK ||
      (st = funnel(s, ratios, n, NULL, err)) != SRM_OK)
    return st;
  return funnel(s, ratios, n, counts, err);
}
