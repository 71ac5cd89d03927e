/*
 * stats.c - the regularized incomplete beta function and its inverse.
 *
 * I_x(a, b) is evaluated with a continued fraction, on the side of the
 * symmetry I_x(a, b) = 1 - I_(1-x)(b, a) where the fraction converges fast:
 * for a, b > 1 the fraction of DiDonato and Morris, which stays accurate
 * near the mean for large a and b, otherwise the classic one (DLMF 8.17.22)
 * with the modified Lentz method.  The factor in front of the fraction,
 * x^a (1-x)^b / (a B(a, b)), is the delicate part for large a and b: a
 * difference of log-gamma values loses about eight digits there.  It is
 * computed instead as a binomial density in the saddle-point form of
 * C. Loader ("Fast and accurate computation of binomial probabilities",
 * 2000): Stirling-formula error terms plus a deviance term bd0 that is
 * evaluated by a series where it would otherwise cancel.
 */
#include <float.h>
#include <math.h>

#include "internal.h"

/* log(2 pi) */
#define LOG_2PI 1.8378770664093454836

/* Stirling-formula error: log(n!) - [(n + 1/2) log n - n + log(2 pi)/2],
 * for real n > 0.  From n > 15 on the asymptotic series (Bernoulli
 * coefficients 1/12, 1/360, 1/1260, 1/1680, 1/1188) is accurate to double
 * precision; below, the exact step
 *   stirlerr(n) = stirlerr(n + 1) + (n + 1/2) log(1 + 1/n) - 1
 * climbs there, adding only small well-conditioned terms. */
static double stirlerr(double n) {
  double sum = 0.0;
  /* Below 1e-300 log(n!) and n log n are below 1e-297: what is left is
   * exact to double precision, and 1 / n would overflow in the step. */
  if (n < 1e-300)
    return -0.5 * log(n) - 0.5 * LOG_2PI;
  while (n <= 15.0) {
    sum += (n + 0.5) * log1p(1.0 / n) - 1.0;
    n += 1.0;
  }
  double nn = n * n;
  double s;
  if (n > 500.0)
    s = (1.0 / 12 - (1.0 / 360) / nn) / n;
  else if (n > 80.0)
    s = (1.0 / 12 - (1.0 / 360 - (1.0 / 1260) / nn) / nn) / n;
  else if (n > 35.0)
    s = (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680) / nn) / nn) / nn) /
        n;
  else
    s = (1.0 / 12 -
         (1.0 / 360 -
          (1.0 / 1260 - (1.0 / 1680 - (1.0 / 1188) / nn) / nn) / nn) /
             nn) /
        n;
  return sum + s;
}

/* Deviance term bd0(x, m) = x log(x / m) + m - x for x > 0, m >= 0.  When x
 * and m are close the three terms cancel; then with v = (x - m) / (x + m)
 * it equals (x - m) v + 2 x sum_{j>=1} v^(2j+1) / (2j + 1), a sum of
 * positive terms. */
static double bd0(double x, double m) {
  if (m <= 0.0)
    return INFINITY;
  if (fabs(x - m) < 0.1 * (x + m)) {
    double v = (x - m) / (x + m);
    double s = (x - m) * v;
    double ej = 2.0 * x * v;
    double v2 = v * v;
    for (int j = 1; j < 200; j++) {
      ej *= v2;
      double s1 = s + ej / (2 * j + 1);
      if (s1 == s)
        return s1;
      s = s1;
    }
    return s;
  }
  double r = x / m;
  double lr = isfinite(r) && r > 0.0 ? log(r) : log(x) - log(m);
  return x * lr + m - x;
}

/* bd0(x, m) for m = mh + ml given as an unevaluated sum (ml tiny against
 * mh): near x = m the deviance is small and its relative error would
 * otherwise be that of mh times x / |x - m|.  bd0(x, mh + ml) = bd0(x, mh)
 * + ml (1 - x / mh) to first order. */
static double bd0_sum(double x, double mh, double ml) {
  double d = bd0(x, mh);
  /* Only when ml matters: for a subnormal mh, x / mh may be infinite. */
  if (ml != 0.0 && mh > 0.0 && isfinite(d))
    d += ml * (1.0 - x / mh);
  return d;
}

/* The binomial density generalized to real a, b > 0 with n = a + b:
 *   Gamma(n + 1) / (Gamma(a + 1) Gamma(b + 1)) x^a y^b,  y = 1 - x,
 * in Loader's saddle-point form, accurate to a few ulps relative.
 *
 * The means n x and n y enter the deviances exactly: fma() gives the
 * rounding error of a product, and the mean on the other side is taken as
 * n - n x rather than n y.  Only the smaller of x and y is trusted: the
 * larger one may be 1 - x rounded (for most x below 1/2, 1 - x is not a
 * double), and for n near 2^53 that rounding alone moves n y by about 0.1,
 * which near the mean is an error of 1e-8 relative in the result. */
static double binom_density(double a, double b, double x, double y) {
  double n = a + b;
  int x_small = x <= y;
  double s = x_small ? x : y;
  double m = n * s;               /* the mean on the side of s ... */
  double em = fma(n, s, -m);      /* ... is m + em */
  double r = n - m;               /* the other mean, n - m - em ... */
  double er = ((n - r) - m) - em; /* ... is r + er (n >= m: exact) */
  double ds = bd0_sum(x_small ? a : b, m, em);
  /* For tiny parameters n s may underflow: the deviance from logarithms. */
  if (m < DBL_MIN)
    ds = (x_small ? a : b) * (log(x_small ? a : b) - log(n) - log(s)) + m -
         (x_small ? a : b);
  double dr = bd0_sum(x_small ? b : a, r, er);
  double lc = stirlerr(n) - stirlerr(a) - stirlerr(b) - ds - dr;
  /* log(2 pi a b / n), without forming a b. */
  double lf = LOG_2PI + log(a) + log(b / n);
  return exp(lc - 0.5 * lf);
}

/* Iteration bound of the continued fractions.  Near the mean the terms
 * needed grow with the parameters, about like their cube root: 5e4 at
 * a = b = 10^12, 1.1e6 at 2^53, the largest that srm_beta_inc() accepts.
 * The cap of 2e6 keeps one evaluation within a few tens of milliseconds;
 * far beyond 2^53 it would not be enough. */
static long max_terms(double a, double b) {
  double big = a > b ? a : b;
  double limit = 1000.0 + 10.0 * sqrt(big);
  return limit < 2e6 ? (long)limit : 2000000L;
}

/* Continued fraction for I_x(a, b) (DLMF 8.17.22), evaluated with the
 * modified Lentz method; converges for x < (a + 1) / (a + b + 2).  Used
 * when a <= 1 or b <= 1. */
static srm_status cf_lentz(double x, double y, double a, double b,
                           double *out) {
  const double tiny = 1e-300;
  long max_iter = max_terms(a, b);

  /* x^a y^b / (a B(a, b)) = b / (a + b) * binom_density(a, b, x, y) */
  double front = b / (a + b) * binom_density(a, b, x, y);
  if (front == 0.0) {
    *out = 0.0;
    return SRM_OK;
  }

  double c = 1.0;
  double d = 1.0 - (a + b) * x / (a + 1.0);
  if (fabs(d) < tiny)
    d = tiny;
  d = 1.0 / d;
  double h = d;
  for (long m = 1; m <= max_iter; m++) {
    double dm = (double)m;
    double m2 = 2.0 * dm;
    /* even step: d_2m = m (b - m) x / ((a + 2m - 1)(a + 2m)) */
    double coef = dm * (b - dm) * x / ((a + m2 - 1.0) * (a + m2));
    d = 1.0 + coef * d;
    if (fabs(d) < tiny)
      d = tiny;
    c = 1.0 + coef / c;
    if (fabs(c) < tiny)
      c = tiny;
    d = 1.0 / d;
    h *= d * c;
    /* odd step: d_2m+1 = -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)) */
    coef = -(a + dm) * (a + b + dm) * x / ((a + m2) * (a + m2 + 1.0));
    d = 1.0 + coef * d;
    if (fabs(d) < tiny)
      d = tiny;
    c = 1.0 + coef / c;
    if (fabs(c) < tiny)
      c = tiny;
    d = 1.0 / d;
    double delta = d * c;
    h *= delta;
    if (fabs(delta - 1.0) < 1e-16) {
      *out = front * h;
      return SRM_OK;
    }
  }
  return SRM_ENUMERIC;
}

/* The continued fraction of DiDonato and Morris (ACM TOMS 708, 1992) for
 * I_x(a, b), a, b > 1, written around lambda = a - (a + b) x >= 0 (x at or
 * below the mean).  Unlike the fraction above it stays well conditioned
 * near the mean, where for large a and b the other one loses digits.  The
 * convergents A_n / B_n follow the three-term recurrence
 *   A_n = beta_n A_(n-1) + alpha_n A_(n-2)  (the same for B_n),
 * renormalised at every step by B_n. */
static srm_status cf_shifted(double x, double y, double a, double b,
                             double lambda, double *out) {
  long max_iter = max_terms(a, b);
  /* x^a y^b / B(a, b) */
  double front = a * (b / (a + b)) * binom_density(a, b, x, y);
  if (front == 0.0) {
    *out = 0.0;
    return SRM_OK;
  }
  double c = lambda + 1.0, c0 = b / a, c1 = 1.0 / a + 1.0, yp1 = y + 1.0;
  double p = 1.0, s = a + 1.0;
  double a_prev = 0.0, b_prev = 1.0, a_cur = 1.0, b_cur = c / c1;
  double r = c1 / c;
  for (long m = 1; m <= max_iter; m++) {
    double n = (double)m;
    double t = n / a;
    double w = n * (b - n) * x;
    double e = a / s;
    double alpha = p * (p + c0) * e * e * (w * x);
    double beta = n + w / s + (t + 1.0) / (c1 + t + t) * (c + n * yp1);
    p = t + 1.0;
    s += 2.0;
    double a_next = alpha * a_prev + beta * a_cur;
    double b_next = alpha * b_prev + beta * b_cur;
    double r_prev = r;
    r = a_next / b_next;
    if (fabs(r - r_prev) <= 1e-16 * r) {
      *out = front * r;
      return SRM_OK;
    }
    a_prev = a_cur / b_next;
    b_prev = b_cur / b_next;
    a_cur = r;
    b_cur = 1.0;
  }
  return SRM_ENUMERIC;
}

/* lambda = a - (a + b) x, the variable of the fraction above, without the
 * rounding errors of a + b and of the product: both are up to half an ulp
 * of a + b (1 near 2^53), while near the mean lambda is only about
 * sqrt(a), so computed plainly it would be wrong by up to 1e-8 relative
 * for parameters near 10^15.  a + b = n + en and n x = p + ep exactly. */
static double lambda_of(double a, double b, double x) {
  double n = a + b;
  double bv = n - a;
  double en = (a - (n - bv)) + (b - bv);
  double p = n * x;
  double ep = fma(n, x, -p);
  return ((a - p) - ep) - en * x;
}

/* I_x(a, b) and its complement for a, b > 1: the fraction of DiDonato and
 * Morris on the side of the mean where lambda >= 0. */
static srm_status beta_large(double x, double y, double a, double b, double *w,
                             double *w1) {
  /* lambda from the smaller of x and y, which is the exact one */
  double lambda = x <= y ? lambda_of(a, b, x) : -lambda_of(b, a, y);
  double v;
  int swap = lambda < 0.0;
  srm_status st = swap ? cf_shifted(y, x, b, a, -lambda, &v)
                       : cf_shifted(x, y, a, b, lambda, &v);
  if (st != SRM_OK)
    return st;
  if (!(v >= 0.0)) /* NaN: an intermediate overflowed */
    return SRM_ENUMERIC;
  if (v > 1.0)
    v = 1.0;
  *w = swap ? 1.0 - v : v;
  *w1 = swap ? v : 1.0 - v;
  return SRM_OK;
}

/* Above this b the classic fraction for I_y(b, a), a <= 1, is replaced by
 * the recurrence below.  Its terms are 1 - O(1 / b), so it loses digits in
 * proportion to b: about 1e-12 relative at b = 10^4, 1e-2 at 10^15, and it
 * stops converging from about 3e16 on.  The recurrence instead loses a
 * factor of about 1 + b x / a in the complement (next comment); compared
 * against a 35-digit quadrature the two cross near b = 10^3. */
#define RECURRENCE_MIN_B 1000.0

/* I_x(a, b) and its complement for a <= 1, from the classic fraction where
 * it converges fast (x below (a + 1) / (a + b + 2)).  Above that point the
 * fraction of I_y(b, a) serves for moderate b.  For larger b the
 * recurrence (DLMF 8.17.20)
 *   I_x(a, b) = I_x(a + 1, b) + x^a y^b / (a B(a, b))
 * leads to parameters both above 1.  The sum has no cancellation; the
 * complement 1 - I_x(a + 1, b) - x^a y^b / (a B(a, b)) loses a factor of
 * about 1 + b x / a in relative precision, which in the inverse costs no
 * more than a factor 1 / a in the relative precision of x. */
static srm_status beta_small_a(double x, double y, double a, double b,
                               double *w, double *w1) {
  double v, u, u1;
  srm_status st;
  int swap = 0;
  if (x * (a + b + 2.0) < a + 1.0) {
    st = cf_lentz(x, y, a, b, &v);
  } else if (b <= RECURRENCE_MIN_B) {
    st = cf_lentz(y, x, b, a, &v);
    swap = 1;
  } else {
    double front = b / (a + b) * binom_density(a, b, x, y);
    st = beta_large(x, y, a + 1.0, b, &u, &u1);
    if (st != SRM_OK)
      return st;
    v = u + front;
    u1 -= front;
    if (!(v >= 0.0) || isnan(u1)) /* an intermediate overflowed */
      return SRM_ENUMERIC;
    *w = v < 1.0 ? v : 1.0;
    *w1 = u1 > 0.0 ? u1 : 0.0;
    return SRM_OK;
  }
  if (st != SRM_OK)
    return st;
  if (!(v >= 0.0))
    return SRM_ENUMERIC;
  if (v > 1.0)
    v = 1.0;
  *w = swap ? 1.0 - v : v;
  *w1 = swap ? v : 1.0 - v;
  return SRM_OK;
}

srm_status srmi_beta_inc(double x, double y, double a, double b, double *w,
                         double *w1) {
  if (x <= 0.0) {
    *w = 0.0;
    *w1 = 1.0;
    return SRM_OK;
  }
  if (y <= 0.0) {
    *w = 1.0;
    *w1 = 0.0;
    return SRM_OK;
  }
  if (a > 1.0 && b > 1.0)
    return beta_large(x, y, a, b, w, w1);
  if (a <= 1.0)
    return beta_small_a(x, y, a, b, w, w1);
  /* b <= 1 < a: by symmetry, I_x(a, b) = 1 - I_y(b, a) */
  return beta_small_a(y, x, b, a, w1, w);
}

/* The density of Beta(a, b) at x (0 < x < 1), y = 1 - x. */
static double beta_density(double x, double y, double a, double b) {
  /* x^(a-1) y^(b-1) / B(a, b) = front * a / (x y),
   * front = b / (a + b) * binom_density(a, b, x, y) */
  return a * (b / (a + b)) * binom_density(a, b, x, y) / (x * y);
}

/* The parameters are limited to 2^53, the library's range of whole
 * numbers.  Up to there the fraction converges within its iteration bound
 * also at the mean (checked there for parameters from 10^10 to 2^53); far
 * beyond it would need more terms than the bound allows (about 10^10 at
 * a = b = 10^20). */
static srm_status check_shape(double a, double b, srm_error *err) {
  if (!(a > 0.0 && a <= SRM_MAX_COUNT))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_NONE,
                     "beta parameter a must be > 0 and <= 2^53");
  if (!(b > 0.0 && b <= SRM_MAX_COUNT))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_NONE,
                     "beta parameter b must be > 0 and <= 2^53");
  return SRM_OK;
}

/* The checks both public functions share: a probability or point v in
 * [0, 1], the shape parameters, the output pointer. */
static srm_status check_args(double v, const char *v_message, double a,
                             double b, const double *out, srm_error *err) {
  srm_status st;
  if (!(v >= 0.0 && v <= 1.0))
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_NONE, v_message);
  st = check_shape(a, b, err);
  if (st != SRM_OK)
    return st;
  if (out == NULL)
    return srmi_fail(err, SRM_EINVAL, SRM_ARG_OUTPUT,
                     "output pointer must not be NULL");
  return SRM_OK;
}

srm_status srm_beta_inc(double x, double a, double b, double *out,
                        srm_error *err) {
  srm_status st;
  double w, w1;
  st = check_args(x, "x must be >= 0 and <= 1", a, b, out, err);
  if (st != SRM_OK)
    return st;
  st = srmi_beta_inc(x, 1.0 - x, a, b, &w, &w1);
  if (st != SRM_OK)
    return srmi_fail(err, st, SRM_ARG_NONE,
                     "incomplete beta function did not converge");
  *out = w;
  return SRM_OK;
}

/* I_x(a, b) - p, computed on the side where it keeps its precision: for
 * p > 1/2 as q - (1 - I_x), with q = 1 - p given by the caller. */
static srm_status inv_residual(double x, double a, double b, double p, double q,
                               double *r) {
  double w, w1;
  srm_status st = srmi_beta_inc(x, 1.0 - x, a, b, &w, &w1);
  if (st != SRM_OK)
    return st;
  *r = p <= 0.5 ? w - p : q - w1;
  return SRM_OK;
}

/* The next point when bisecting [lo, hi]: halving the logarithm of x (or
 * of 1 - x) while the bracket spans orders of magnitude near 0 (or 1),
 * halving the bracket otherwise. */
static double bisect(double lo, double hi) {
  if (lo == 0.0)
    return hi / 16.0;
  if (hi == 1.0)
    return 1.0 - (1.0 - lo) / 16.0;
  if (hi <= 0.5 && hi > 4.0 * lo)
    return sqrt(lo) * sqrt(hi);
  if (lo >= 0.5 && 1.0 - lo > 4.0 * (1.0 - hi))
    return 1.0 - sqrt(1.0 - lo) * sqrt(1.0 - hi);
  return lo + 0.5 * (hi - lo);
}

srm_status srmi_beta_inc_inv(double p, double a, double b, double *x) {
  /* For p >= 1/2, 1 - p is exact. */
  return srmi_beta_inc_inv_pq(p, 1.0 - p, a, b, x);
}

srm_status srmi_beta_inc_inv_pq(double p, double q, double a, double b,
                                double *x) {
  double lo = 0.0, hi = 1.0;
  double t, r, width_before;
  int steps = 0;
  srm_status st;

  if (p <= 0.0) {
    *x = 0.0;
    return SRM_OK;
  }
  if (q <= 0.0) {
    *x = 1.0;
    return SRM_OK;
  }
  /* I_x is increasing in x: keep a bracket [lo, hi] around the answer and
   * shrink it at every step.  Start at the mean; take Newton steps while
   * they stay inside the bracket, and bisect instead whenever three steps
   * did not halve the bracket, so the loop always ends. */
  t = a / (a + b);
  width_before = 1.0;
  for (int iter = 0; iter < 4000; iter++) {
    st = inv_residual(t, a, b, p, q, &r);
    if (st != SRM_OK)
      return st;
    if (r == 0.0) {
      *x = t;
      return SRM_OK;
    }
    if (r < 0.0)
      lo = t;
    else
      hi = t;
    if (hi - lo <= 4.0 * DBL_EPSILON * hi || hi <= DBL_MIN) {
      *x = lo + 0.5 * (hi - lo);
      return SRM_OK;
    }
    double next = t - r / beta_density(t, 1.0 - t, a, b);
    /* A Newton step below half an ulp of t ends the search.  A step of an
     * ulp or two does not: where I_x changes by a factor e within an ulp
     * (a = 2^53, x near 1) such a step may still be many ulps short, and
     * the bracket or the next step settles it. */
    if (next == t) {
      *x = t;
      return SRM_OK;
    }
    int newton = isfinite(next) && next > lo && next < hi;
    if (++steps == 3) {
      if (hi - lo > 0.5 * width_before)
        newton = 0;
      width_before = hi - lo;
      steps = 0;
    }
    t = newton ? next : bisect(lo, hi);
  }
  return SRM_ENUMERIC;
}

srm_status srm_beta_inc_inv(double p, double a, double b, double *out,
                            srm_error *err) {
  srm_status st;
  double x;
  st = check_args(p, "p must be >= 0 and <= 1", a, b, out, err);
  if (st != SRM_OK)
    return st;
  st = srmi_beta_inc_inv(p, a, b, &x);
  if (st != SRM_OK)
    return srmi_fail(err, st, SRM_ARG_NONE,
                     "inverse incomplete beta function did not converge");
  *out = x;
  return SRM_OK;
}
