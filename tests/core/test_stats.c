/*
 * test_stats.c - the regularized incomplete beta function and its inverse.
 *
 * Expected values come from closed forms (named in each comment) and, for
 * whole a and b, from the identity I_x(a, b) = P[Binomial(a + b - 1, x) >=
 * a] with the binomial probabilities summed directly in long double.  For
 * parameters up to 2^53 they come from limits with a stated error: the
 * Gamma limit for large b, the normal limit (with its skewness term) near
 * the mean of large a and b.
 */
#include <float.h>
#include <string.h>

#include "testutil.h"
#include "reference_binomial.h"
#include "reference_gamma.h"

#define PI 3.14159265358979323846

static double ibeta(double x, double a, double b) {
  double w = -1;
  srm_error err = SRM_ERROR_INIT;
  assert_int_equal(srm_beta_inc(x, a, b, &w, &err), SRM_OK);
  return w;
}

static double ibeta_inv(double p, double a, double b) {
  double x = -1;
  srm_error err = SRM_ERROR_INIT;
  assert_int_equal(srm_beta_inc_inv(p, a, b, &x, &err), SRM_OK);
  return x;
}

/* P[X >= s] for X ~ Binomial(n, p), by the reference summation. */
static long double binom_upper(double n, double s, long double p) {
  long double up, low;
  binom_tail(n, s, p, &up, &low);
  return up;
}

static double uniform(uint64_t *seed) {
  *seed = *seed * 6364136223846793005u + 1442695040888963407u;
  return (double)(*seed >> 11) / 9007199254740992.0;
}

/* x = ibeta_inv(p, a, b) solves I_x(a, b) = p: the residual is within
 * rel * p plus what one rounding of x allows (the density times a few ulps
 * of x). */
static void assert_inverse(double p, double a, double b, double rel) {
  double x = ibeta_inv(p, a, b);
  assert_true(x > 0 && x <= 1);
  double w = ibeta(x, a, b);
  double xu = nextafter(x, 2), xd = nextafter(x, -1);
  double slack = 4 * (ibeta(xu, a, b) - ibeta(xd, a, b));
  if (!(fabs(w - p) <= rel * p + slack)) {
    print_error("a %.17g b %.17g p %.17g: x %.17g gives %.17g\n", a, b, p, x,
                w);
    fail();
  }
}

static void closed_forms(void **state) {
  (void)state;
  const double xs[] = {0, 1e-300, 1e-10, 0.01, 0.25, 0.5, 0.7, 0.999, 1};
  for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
    double x = xs[i];
    /* I_x(1, 1) = x */
    assert_close(ibeta(x, 1, 1), x, 1e-15);
    /* I_x(a, 1) = x^a */
    assert_close(ibeta(x, 3.5, 1), pow(x, 3.5), 1e-14);
    /* I_x(1, b) = 1 - (1 - x)^b */
    assert_close(ibeta(x, 1, 7), -expm1(7 * log1p(-x)), 1e-14);
    /* I_x(1/2, 1/2) = (2 / pi) asin(sqrt(x)) */
    assert_close(ibeta(x, 0.5, 0.5), 2 / PI * asin(sqrt(x)), 1e-14);
  }
  /* small values keep their relative precision: I_x(2, 1) = x^2 */
  assert_close(ibeta(1e-10, 2, 1) / 1e-20, 1.0, 1e-14);
  /* I_(1/2)(a, a) = 1/2 by symmetry, also for large a */
  const double as[] = {0.5, 3, 100.5, 1e4, 1e6, 1e9};
  for (size_t i = 0; i < sizeof as / sizeof as[0]; i++)
    assert_close(ibeta(0.5, as[i], as[i]), 0.5, 1e-13);
}

/* Whole a and b: binomial tails, including large parameters near the
 * mean where the continued fraction is slowest. */
static void binomial_identity(void **state) {
  (void)state;
  const double ss[] = {1, 5, 50, 1000, 30000, 1000000};
  const double ks[] = {1.5, 10, 100};
  for (size_t i = 0; i < sizeof ss / sizeof ss[0]; i++)
    for (size_t j = 0; j < sizeof ks / sizeof ks[0]; j++)
      for (int z = -3; z <= 3; z++) {
        double s = ss[i], k = ks[j];
        double n = floor(s * k + z * sqrt(s * k * (k - 1)));
        if (n < s)
          continue;
        double x = 1.0 / k;
        long double up = binom_upper(n, s, x);
        double w = ibeta(x, s, n - s + 1);
        assert_close(w, (double)up, 2e-13);
        /* the complement keeps its relative precision too */
        double w1 = ibeta(1 - x, n - s + 1, s);
        if (up > 0.5L)
          assert_close(w1 / (double)(1.0L - up), 1.0, 5e-12);
      }
}

static void symmetry_and_monotonicity(void **state) {
  (void)state;
  uint64_t seed = 99;
  for (int i = 0; i < 3000; i++) {
    double a = 0.05 + 200 * uniform(&seed);
    double b = 0.05 + 200 * uniform(&seed);
    double x = uniform(&seed);
    double w = ibeta(x, a, b);
    assert_true(w >= 0 && w <= 1);
    /* I_x(a, b) + I_(1-x)(b, a) = 1; 1 - x is exact for x >= 1/2 */
    if (x >= 0.5)
      assert_close(w + ibeta(1 - x, b, a), 1.0, 1e-13);
    /* increasing in x */
    double x2 = x + (1 - x) * uniform(&seed);
    assert_true(ibeta(x2, a, b) >= w);
  }
}

static void inverse_closed_forms(void **state) {
  (void)state;
  const double ps[] = {1e-12, 0.001, 0.1, 0.5, 0.9, 0.999, 1 - 1e-12};
  for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++) {
    double p = ps[i];
    /* I_x(a, 1) = x^a  =>  x = p^(1/a) */
    assert_close(ibeta_inv(p, 3.5, 1), pow(p, 1 / 3.5), 1e-13);
    /* I_x(1, b) = 1 - (1-x)^b  =>  x = 1 - (1-p)^(1/b) */
    assert_close(ibeta_inv(p, 1, 7) / -expm1(log1p(-p) / 7), 1.0, 1e-12);
    /* I_x(1/2, 1/2) = (2/pi) asin(sqrt(x))  =>  x = sin^2(pi p / 2) */
    double s = sin(PI * p / 2);
    assert_close(ibeta_inv(p, 0.5, 0.5) / (s * s), 1.0, 1e-12);
  }
  assert_close(ibeta_inv(0, 2, 3), 0, 0);
  assert_close(ibeta_inv(1, 2, 3), 1, 0);
  /* the median of Beta(a, a) is 1/2 */
  assert_close(ibeta_inv(0.5, 1e6, 1e6), 0.5, 1e-12);
}

static void inverse_round_trip(void **state) {
  (void)state;
  uint64_t seed = 5;
  for (int i = 0; i < 3000; i++) {
    double a =
        i % 2 ? 0.5 + floor(1000 * uniform(&seed)) : 0.05 + 50 * uniform(&seed);
    double b = i % 3 ? 0.5 + floor(100000 * uniform(&seed))
                     : 0.05 + 50 * uniform(&seed);
    double p = uniform(&seed);
    if (p == 0)
      continue;
    assert_inverse(p, a, b, 1e-13);
  }
}

/* Large parameters and their closed forms: I_x(1, b) = 1 - (1 - x)^b and
 * I_x(a, 1) = x^a, evaluated in long double, up to 2^53. */
static void closed_forms_large(void **state) {
  (void)state;
  const double bs[] = {1e6, 1e12, 1e15, SRM_MAX_COUNT};
  const double zs[] = {0.01, 1, 1.9, 2.1, 5, 30};
  const double ps[] = {1e-10, 0.3, 0.7, 1 - 1e-10};
  for (size_t i = 0; i < sizeof bs / sizeof bs[0]; i++) {
    double b = bs[i];
    for (size_t j = 0; j < sizeof zs / sizeof zs[0]; j++) {
      /* x about z / b: b x near 2 is where the classic fraction would
       * switch to the other side */
      double x = zs[j] / b;
      long double ref = -expm1l((long double)b * log1pl(-(long double)x));
      assert_close(ibeta(x, 1, b) / (double)ref, 1.0, 1e-13);
      /* 1 - d exact: d a multiple of 2^-53 near z / b.  This small value
       * is the complement of I_d(1, b), which for b d > 2 comes from the
       * recurrence; that loses a factor of about 1 + z, on top of the
       * z ulps of any e^-z: a tolerance of (1 + z) 1e-14. */
      double d = ldexp(nearbyint(ldexp(zs[j] / b, 53)), -53);
      ref = expl((long double)b * log1pl(-(long double)d));
      assert_close(ibeta(1 - d, b, 1) / (double)ref, 1.0, (1 + zs[j]) * 1e-14);
    }
    for (size_t j = 0; j < sizeof ps / sizeof ps[0]; j++) {
      double p = ps[j];
      /* x = 1 - (1 - p)^(1/b); for p > 1/2 this rests on the complement,
       * (1 - x)^b, being accurate */
      long double ref = -expm1l(log1pl(-(long double)p) / b);
      assert_close(ibeta_inv(p, 1, b) / (double)ref, 1.0, 1e-12);
      /* x = p^(1/b), within a few ulps of 1 */
      ref = expl(logl((long double)p) / b);
      double x = ibeta_inv(p, b, 1);
      if (!(fabsl(x - ref) <= 4 * DBL_EPSILON)) {
        print_error("inverse %.17g (%.17g, 1) = %.17g, expected %.17Lg\n", p, b,
                    x, ref);
        fail();
      }
    }
  }
  /* The fuzzer's case moved to the largest a accepted: I_x(a, b) with
   * x = 1 - 2^-53, a = 2^53, b = 1 - 2^-53.  At b = 1 it is x^a = e^-1
   * (1 - 2^-54 + ...); dI/db is of order 1 there (the Gamma limit of the
   * next test), so b = 1 - 2^-53 moves I by about 1e-16. */
  {
    double x = 1 - 0x1p-53, ref = (double)powl(x, SRM_MAX_COUNT);
    assert_close(ref, exp(-1), 1e-15);
    assert_close(ibeta(x, SRM_MAX_COUNT, 1 - 0x1p-53), ref, 1e-14);
  }
}

/* Small a, large b: the Gamma limit of reference_gamma.h, I_x(a, b) =
 * P(a, c y) (1 + O((1 + z^2) / b^2)), y = -log(1 - x), c = b + (a - 1) / 2,
 * below 1e-14 here.  a = 1/2 is the Jeffreys posterior without a sale; it
 * takes the recurrence from a = 3/2 once b x > 3/2.  a = 3/2 (one sale)
 * takes the other fraction, where lambda and the means must be exact. */
static void gamma_limit(void **state) {
  (void)state;
  const double bs[] = {1e9, 1e12, 1e15, SRM_MAX_COUNT};
  const double zs[] = {1e-6, 0.1, 1, 1.49, 1.51, 1.6, 3, 10, 30, 100};
  const double ps[] = {1e-10, 0.01, 0.3, 0.5, 0.7, 0.99, 1 - 1e-10};
  for (int k = 0; k <= 1; k++) {
    double a = k ? 1.5 : 0.5;
    for (size_t i = 0; i < sizeof bs / sizeof bs[0]; i++) {
      double b = bs[i];
      long double c = b + (a - 1) / 2;
      for (size_t j = 0; j < sizeof zs / sizeof zs[0]; j++) {
        double x = (double)-expm1l(-zs[j] / c);
        long double P, Q;
        gamma_pq(k, c * -log1pl(-(long double)x), &P, &Q);
        double w = ibeta(x, a, b);
        if (!(fabsl(w - P) <= 1e-13 * P)) {
          print_error("I_%.17g(%g, %.17g) = %.17g, limit %.17Lg\n", x, a, b, w,
                      P);
          fail();
        }
      }
      for (size_t j = 0; j < sizeof ps / sizeof ps[0]; j++) {
        double p = ps[j];
        long double ref = -expm1l(-gamma_quantile(k, p) / c);
        double x = ibeta_inv(p, a, b);
        if (!(fabsl(x - ref) <= 1e-12 * ref)) {
          print_error("inverse %.17g (%g, %.17g) = %.17g, limit %.17Lg\n", p, a,
                      b, x, ref);
          fail();
        }
      }
    }
  }
}

/* Large a and b near the mean: the normal limit with its first Edgeworth
 * term, F(k) = Phi(k) - g / 6 (k^2 - 1) phi(k), k = (x - mean) / sd, g the
 * skewness.  The terms left out are of order 1 / (a + b) times a power of
 * k: for a + b >= 2^51 and |k| <= 4 below 1e-14 of F.  k is taken from
 * the x actually passed: near 2^53 one ulp of x is about 0.01 standard
 * deviations.  The tolerance, 5e-12 relative, is what the fraction keeps
 * there: near the mean it takes about 10^6 terms at these sizes, and at
 * (2^53, 2^51) their rounding errors add up to 3e-12. */
static void normal_limit(void **state) {
  (void)state;
  const double as[][2] = {{0x1p50, 0x1p50},
                          {SRM_MAX_COUNT, SRM_MAX_COUNT},
                          {SRM_MAX_COUNT, 0x1p51},
                          {1e15 + 0.5, 3e15 + 0.5},
                          {0x1p52, 3e15}};
  for (size_t i = 0; i < sizeof as / sizeof as[0]; i++) {
    long double a = as[i][0], b = as[i][1], n = a + b;
    long double mean = a / n, sd = sqrtl(a * b / (n * n * (n + 1)));
    long double g = 2 * (b - a) * sqrtl(n + 1) / ((n + 2) * sqrtl(a * b));
    for (double kk = -4; kk <= 4; kk += 0.5) {
      double x = (double)(mean + kk * sd);
      /* (x n - a) / (n sd) with one rounding: x - mean itself would carry
       * the rounding of mean, 1e-11 standard deviations here */
      long double k = fmal(x, n, -a) / (n * sd);
      long double phi = expl(-k * k / 2) / sqrtl(2 * PI);
      long double F = erfcl(-k / sqrtl(2)) / 2 - g / 6 * (k * k - 1) * phi;
      double w = ibeta(x, as[i][0], as[i][1]);
      if (!(fabsl(w - F) <= 5e-12 * F + 4e-16)) {
        print_error("I_%.17g(%.17g, %.17g) = %.17g, limit %.17Lg\n", x,
                    as[i][0], as[i][1], w, F);
        fail();
      }
    }
  }
  /* the median of Beta(a, a) is 1/2, also at 2^53 */
  assert_close(ibeta_inv(0.5, SRM_MAX_COUNT, SRM_MAX_COUNT), 0.5,
               2 * DBL_EPSILON);
}

/* The inverse for parameters up to 2^53: x solves I_x(a, b) = p to within
 * what one rounding of x allows, as in inverse_round_trip. */
static void inverse_round_trip_large(void **state) {
  (void)state;
  uint64_t seed = 11;
  for (int i = 0; i < 200; i++) {
    double a = exp(log(SRM_MAX_COUNT) * uniform(&seed));
    double b = exp(log(SRM_MAX_COUNT) * uniform(&seed));
    if (i % 4 == 0)
      a = 0.5;
    double p = uniform(&seed);
    if (p == 0)
      continue;
    assert_inverse(p, a, b, 1e-12);
  }
}

/* Tiny equal parameters: the mass of Beta(e, e) sits at 0 and 1 in equal
 * halves, I_x(e, e) = 1/2 + O(e log x) for 0 < x < 1, so 1/2 to double
 * precision for e <= 1e-300 (down to the smallest subnormal). */
static void tiny_parameters(void **state) {
  (void)state;
  const double es[] = {4.9406564584124654e-324, 1e-310, 1e-301};
  const double xs[] = {1e-10, 0.3, 0.5, 0.9};
  for (size_t i = 0; i < sizeof es / sizeof es[0]; i++)
    for (size_t j = 0; j < sizeof xs / sizeof xs[0]; j++)
      assert_close(ibeta(xs[j], es[i], es[i]), 0.5, 1e-12);
}

static void errors(void **state) {
  (void)state;
  double out = -1;
  srm_error err = SRM_ERROR_INIT;
  assert_failed(srm_beta_inc(-0.1, 1, 1, &out, &err), err, SRM_EINVAL,
                SRM_ARG_NONE);
  assert_failed(srm_beta_inc(1.1, 1, 1, &out, &err), err, SRM_EINVAL,
                SRM_ARG_NONE);
  assert_failed(srm_beta_inc(NAN, 1, 1, &out, &err), err, SRM_EINVAL,
                SRM_ARG_NONE);
  assert_failed(srm_beta_inc(0.5, 0, 1, &out, &err), err, SRM_EINVAL,
                SRM_ARG_NONE);
  assert_failed(srm_beta_inc(0.5, 1, -1, &out, &err), err, SRM_EINVAL,
                SRM_ARG_NONE);
  assert_failed(srm_beta_inc(0.5, INFINITY, 1, &out, &err), err, SRM_EINVAL,
                SRM_ARG_NONE);
  assert_failed(srm_beta_inc(0.5, 1, NAN, &out, &err), err, SRM_EINVAL,
                SRM_ARG_NONE);
  assert_failed(srm_beta_inc(0.5, 1, 1, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  assert_failed(srm_beta_inc_inv(-0.1, 1, 1, &out, &err), err, SRM_EINVAL,
                SRM_ARG_NONE);
  assert_failed(srm_beta_inc_inv(NAN, 1, 1, &out, &err), err, SRM_EINVAL,
                SRM_ARG_NONE);
  assert_failed(srm_beta_inc_inv(0.5, 1, 0, &out, &err), err, SRM_EINVAL,
                SRM_ARG_NONE);
  assert_failed(srm_beta_inc_inv(0.5, 1, 1, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  /* a and b are limited to 2^53: beyond, the fraction near the mean would
   * need more terms than its bound (about 10^10 at a = b = 10^20).  The
   * next double above 2^53 is 2^53 + 2. */
  const double too_big[] = {SRM_MAX_COUNT + 2, 1e17, 1e20, 1e300, INFINITY};
  for (size_t i = 0; i < sizeof too_big / sizeof too_big[0]; i++) {
    double v = too_big[i];
    err = (srm_error)SRM_ERROR_INIT;
    assert_failed(srm_beta_inc(0.5, v, 1, &out, &err), err, SRM_EINVAL,
                  SRM_ARG_NONE);
    assert_non_null(strstr(err.message, "2^53"));
    assert_failed(srm_beta_inc(0.5, 1, v, &out, &err), err, SRM_EINVAL,
                  SRM_ARG_NONE);
    assert_failed(srm_beta_inc_inv(0.7, 0.5, v, &out, &err), err, SRM_EINVAL,
                  SRM_ARG_NONE);
    assert_non_null(strstr(err.message, "2^53"));
    assert_failed(srm_beta_inc_inv(0.3, v, v, &out, &err), err, SRM_EINVAL,
                  SRM_ARG_NONE);
  }
  /* The fuzzer's cases: b = 10^17 used not to converge, and a = 2^53 + 2
   * gave 0.092 instead of e^-1.  Now both are outside the domain. */
  assert_failed(srm_beta_inc(1 - 0x1p-53, SRM_MAX_COUNT + 2,
                             0.99999999999999989, &out, &err),
                err, SRM_EINVAL, SRM_ARG_NONE);
  assert_close(out, -1, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(closed_forms),
      cmocka_unit_test(binomial_identity),
      cmocka_unit_test(symmetry_and_monotonicity),
      cmocka_unit_test(inverse_closed_forms),
      cmocka_unit_test(inverse_round_trip),
      cmocka_unit_test(closed_forms_large),
      cmocka_unit_test(gamma_limit),
      cmocka_unit_test(normal_limit),
      cmocka_unit_test(inverse_round_trip_large),
      cmocka_unit_test(tiny_parameters),
      cmocka_unit_test(errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
