/*
 * reference_binomial.h - a second method for binomial tails, for tests.
 *
 * P[Binomial(n, p) >= s] summed directly in long double: the probabilities
 * are built from the mode outwards with the ratio f(j + 1) / f(j) =
 * (n - j) / (j + 1) * p / q and normalised by their total, so neither a
 * gamma function nor a continued fraction is involved.
 */
#ifndef SRM_REFERENCE_BINOMIAL_H
#define SRM_REFERENCE_BINOMIAL_H

#include <math.h>

/* P[X >= s] (upper) and P[X < s] (lower) for X ~ Binomial(n, p). */
static inline void binom_tail(double n, double s, long double p,
                              long double *upper, long double *lower) {
  long double q = 1.0L - p, r = p / q;
  double mode = floor((n + 1.0) * (double)p);
  long double total = 1.0L, up = mode >= s ? 1.0L : 0.0L, t = 1.0L;
  if (mode > n)
    mode = n;
  for (double j = mode; j < n; j++) {
    t *= ((long double)n - j) / ((long double)j + 1.0L) * r;
    total += t;
    if (j + 1.0 >= s)
      up += t;
    if (t < 1e-40L * total)
      break;
  }
  t = 1.0L;
  for (double j = mode; j > 0; j--) {
    t *= (long double)j / ((long double)n - j + 1.0L) / r;
    total += t;
    if (j - 1.0 >= s)
      up += t;
    if (t < 1e-40L * total)
      break;
  }
  *upper = up / total;
  *lower = (total - up) / total;
}

#endif /* SRM_REFERENCE_BINOMIAL_H */
