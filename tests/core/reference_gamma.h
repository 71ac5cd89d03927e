/*
 * reference_gamma.h - the Gamma limit of the Beta distribution, for tests.
 *
 * The regularized incomplete gamma function P(a, z) for a = 1/2 and 3/2
 * from erf and its series, and its quantile by bisection in long double.
 * For large b, with y = -log(1 - x) the Beta(a, b) density becomes, up to
 * a constant, y^(a-1) e^(-c y) exp((a - 1) y^2 / 24 + O(y^4)) with
 * c = b + (a - 1) / 2, because log((1 - e^-y) / y) = -y / 2 + y^2 / 24 -
 * ...  So I_x(a, b) = P(a, c y) (1 + O((1 + z^2) / b^2)) in both tails,
 * z = c y: below 1e-14 for b >= 10^9 and z <= 100.
 */
#ifndef SRM_REFERENCE_GAMMA_H
#define SRM_REFERENCE_GAMMA_H

#include <math.h>

#define SRM_REF_PI 3.14159265358979323846L

/* The regularized lower incomplete gamma function P(a, z) and its
 * complement Q for a = 1/2 and 3/2:
 *   P(1/2, z) = erf(sqrt z),  P(3/2, z) = P(1/2, z) - 2 sqrt(z / pi) e^-z,
 * and below z = 1, where that difference cancels, the series
 *   P(a, z) = z^a e^-z / Gamma(a + 1) sum_k z^k / ((a + 1) ... (a + k))
 * with Gamma(3/2) = sqrt(pi) / 2, Gamma(5/2) = 3 sqrt(pi) / 4. */
static inline void gamma_pq(int three_halves, long double z, long double *p,
                            long double *q) {
  long double r = sqrtl(z),
              t = three_halves ? 2 * sqrtl(z / SRM_REF_PI) * expl(-z) : 0;
  if (z < 1) {
    long double a = three_halves ? 1.5L : 0.5L, term = 1, sum = 1;
    for (int k = 1; k < 60; k++) {
      term *= z / (a + k);
      sum += term;
    }
    *p = powl(z, a) * expl(-z) /
         (three_halves ? 3 * sqrtl(SRM_REF_PI) / 4 : sqrtl(SRM_REF_PI) / 2) *
         sum;
    *q = 1 - *p;
    return;
  }
  *p = erfl(r) - t;
  *q = erfcl(r) + t;
}

/* The z with P(a, z) = p and Q(a, z) = q = 1 - p (a = 1/2 or 3/2), by
 * bisection in long double on whichever of P and Q is the smaller, each
 * compared with the probability given for its own tail, so that neither a
 * tiny p nor a tiny q loses digits. */
static inline long double gamma_quantile_pq(int three_halves, long double p,
                                            long double q) {
  long double lo = 0, hi = 2000;
  for (int i = 0; i < 200; i++) {
    long double mid = (lo + hi) / 2, P, Q;
    gamma_pq(three_halves, mid, &P, &Q);
    if (p <= 0.5 ? P < p : Q > q)
      lo = mid;
    else
      hi = mid;
  }
  return (lo + hi) / 2;
}

/* The z with P(a, z) = p; 1 - p is exact for p > 1/2. */
static inline long double gamma_quantile(int three_halves, double p) {
  return gamma_quantile_pq(three_halves, p, 1 - (long double)p);
}

/* The z with Q(a, z) = q: the upper tail given directly. */
static inline long double gamma_quantile_upper(int three_halves, double q) {
  return gamma_quantile_pq(three_halves, 1 - (long double)q, q);
}

#endif /* SRM_REFERENCE_GAMMA_H */
