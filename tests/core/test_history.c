/*
 * test_history.c - leads per sale learned from history (SPEC section 8).
 *
 * The second method for the confidence variant: the CDF of the Jeffreys
 * posterior Beta(a, b) by numerical integration of its density in long
 * double (Simpson's rule after the substitution x = t^2, which makes the
 * integrand smooth for a = s + 1/2), with B(a, b) from lgammal.  The
 * implementation's quantile q is accepted when the CDF there is 1 - c to
 * within the relative error in q that this implies.
 */
#include <string.h>

#include "testutil.h"
#include "reference_gamma.h"

#define SENTINEL -777.0

/* integral_0^x of the Beta(a, b) density, for x <= 1/2 */
static long double lower_integral(long double x, long double a, long double b) {
  const int panels = 20000; /* even */
  long double lbeta = lgammal(a) + lgammal(b) - lgammal(a + b);
  long double u = sqrtl(x), h = u / panels, sum = 0.0L;
  for (int i = 0; i <= panels; i++) {
    long double t = h * i, f;
    /* d(t^2) = 2 t dt: density(t^2) 2 t = 2 t^(2a-1) (1-t^2)^(b-1) / B */
    if (t == 0.0L)
      f = a == 0.5L ? 2.0L * expl(-lbeta) : 0.0L;
    else
      f = 2.0L * expl((2 * a - 1) * logl(t) + (b - 1) * log1pl(-t * t) - lbeta);
    sum += f * (i == 0 || i == panels ? 1 : i % 2 ? 4 : 2);
  }
  return sum * h / 3.0L;
}

static long double beta_cdf(long double x, long double a, long double b) {
  return x <= 0.5L ? lower_integral(x, a, b)
                   : 1.0L - lower_integral(1.0L - x, b, a);
}

static long double beta_pdf(long double x, long double a, long double b) {
  long double lbeta = lgammal(a) + lgammal(b) - lgammal(a + b);
  return expl((a - 1) * logl(x) + (b - 1) * log1pl(-x) - lbeta);
}

/* Checks 1 / est against the (1 - c) quantile of Beta(s + 1/2, n - s + 1/2)
 * to a relative error of rel_tol. */
static void assert_jeffreys(double est, double n, double s, double c,
                            double rel_tol) {
  long double a = s + 0.5L, b = n - s + 0.5L, q = 1.0L / est;
  long double resid = beta_cdf(q, a, b) - (1.0L - c);
  long double rel_err = fabsl(resid) / (q * beta_pdf(q, a, b));
  if (!(rel_err <= rel_tol)) {
    print_error("n %g s %g c %g: 1/%.17g has relative error %Lg\n", n, s, c,
                est, rel_err);
    fail();
  }
}

static double lps(const double *l, size_t nl, const double *s, size_t ns) {
  double out = SENTINEL;
  srm_error err = SRM_ERROR_INIT;
  assert_int_equal(srm_leads_per_sale(l, nl, s, ns, &out, &err), SRM_OK);
  return out;
}

static double lps_c(const double *l, size_t nl, const double *s, size_t ns,
                    double c) {
  double out = SENTINEL;
  srm_error err = SRM_ERROR_INIT;
  assert_int_equal(
      srm_leads_per_sale_at_confidence(l, nl, s, ns, c, &out, &err), SRM_OK);
  return out;
}

static void plain_ratio(void **state) {
  (void)state;
  const double l1[] = {100}, s1[] = {10};
  /* 100 / 10 = 10 exactly */
  assert_close(lps(l1, 1, s1, 1), 10.0, 0);
  /* (40 + 60 + 0) / (4 + 6) = 10; lists may differ in length */
  const double l2[] = {40, 60, 0}, s2[] = {4, 6};
  assert_close(lps(l2, 3, s2, 2), 10.0, 0);
  /* 3 / 2 = 1.5, not rounded */
  const double l3[] = {3}, s3[] = {2};
  assert_close(lps(l3, 1, s3, 1), 1.5, 0);
  /* every lead a sale: 1 */
  assert_close(lps(l3, 1, l3, 1), 1.0, 0);
}

static void spec_example(void **state) {
  (void)state;
  const double l[] = {100}, s[] = {10};
  double est = lps_c(l, 1, s, 1, 0.9);
  /* SPEC: "about 14.883" */
  assert_true(fabs(est - 14.883) < 0.0005);
  assert_jeffreys(est, 100, 10, 0.9, 1e-10);
  /* the same history split over periods */
  const double l2[] = {30, 30, 40}, s2[] = {2, 0, 5, 3};
  assert_close(lps_c(l2, 3, s2, 4, 0.9), est, 0);
}

static void no_sale_yet(void **state) {
  (void)state;
  /* 50 leads, no sale: Beta(1/2, 50 1/2) */
  const double l[] = {20, 30}, s[] = {0, 0};
  double est = lps_c(l, 2, s, 2, 0.9);
  assert_true(est > 50);
  assert_jeffreys(est, 50, 0, 0.9, 1e-10);
  /* an empty sales list is no sale too */
  assert_close(lps_c(l, 2, NULL, 0, 0.9), est, 0);
  /* all leads converted: Beta(3 1/2, 1/2) */
  const double l3[] = {3};
  est = lps_c(l3, 1, l3, 1, 0.8);
  assert_true(est > 1);
  assert_jeffreys(est, 3, 3, 0.8, 1e-10);
}

static void against_integration(void **state) {
  (void)state;
  uint64_t seed = 31;
  for (int i = 0; i < 40; i++) {
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double n = (double)(1 + (seed >> 33) % 2000);
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double s = (double)((seed >> 33) % ((uint64_t)n + 1));
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double c = 0.01 + 0.98 * (double)(seed >> 11) / 9007199254740992.0;
    if (i % 8 == 0)
      c = 0.999;
    const double l[] = {n}, sl[] = {s};
    assert_jeffreys(lps_c(l, 1, sl, 1, c), n, s, c, 1e-10);
  }
}

static void properties(void **state) {
  (void)state;
  uint64_t seed = 77;
  for (int i = 0; i < 2000; i++) {
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double n = (double)(1 + (seed >> 33) % 100000);
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double s = (double)(1 + (seed >> 33) % (uint64_t)n);
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double c = 0.6 + 0.39 * (double)(seed >> 11) / 9007199254740992.0;
    const double l[] = {n}, sl[] = {s};
    double plain = lps(l, 1, sl, 1);
    double est = lps_c(l, 1, sl, 1, c);
    /* conservative: above n / s for c >= 0.6 ... */
    assert_true(est > plain);
    /* ... more so at a higher confidence ... */
    assert_true(lps_c(l, 1, sl, 1, c + (1 - c) / 2) > est);
    /* ... and closer to n / s with 100 times the data */
    const double l100[] = {100 * n}, s100[] = {100 * s};
    double est100 = lps_c(l100, 1, s100, 1, c);
    assert_true(est100 > plain && est100 - plain < est - plain);
  }
}

/* Histories of up to 2^53 leads, where the Jeffreys posterior Beta(s + 1/2,
 * n - s + 1/2) is in its Gamma limit (reference_gamma.h): the (1 - c)
 * quantile is q = 1 - exp(-z / (n - s/2 + 1/4)), z the (1 - c) quantile of
 * Gamma(s + 1/2), to within 1e-14 relative for n >= 10^9.  (The core's
 * n - s + 1/2 rounds to 2^53 at n = 2^53, 6e-17 relative.)  Beyond 10^8
 * leads without a sale the estimate used to be off by more than 1e-9, and
 * beyond about 3e16 it did not converge. */
static void large_histories(void **state) {
  (void)state;
  const double ns[] = {1e9, 1e12, 1e15, SRM_MAX_COUNT};
  const double cs[] = {1e-6, 0.01, 0.3, 0.5, 0.7, 0.9, 0.999999};
  for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++)
    for (int s = 0; s <= 1; s++)
      for (size_t j = 0; j < sizeof cs / sizeof cs[0]; j++) {
        double c = cs[j];
        const double l[] = {ns[i]}, sl[] = {s};
        long double z = gamma_quantile_upper(s, c); /* P = 1 - c */
        long double q = -expm1l(-z / (ns[i] - s / 2.0L + 0.25L));
        double est = lps_c(l, 1, sl, 1, c);
        if (!(fabsl(est * q - 1) <= 1e-12)) {
          print_error("n %.17g s %d c %g: %.17g, limit %.17Lg\n", ns[i], s, c,
                      est, 1 / q);
          fail();
        }
      }
  /* 2^53 leads over two periods, added exactly: the same estimate */
  {
    const double l[] = {SRM_MAX_COUNT - 1, 1}, l1[] = {SRM_MAX_COUNT};
    assert_close(lps_c(l, 2, NULL, 0, 0.3), lps_c(l1, 1, NULL, 0, 0.3), 0);
  }
}

#define EXPECT_ERROR(call, status, arg)                                        \
  do {                                                                         \
    double out = SENTINEL;                                                     \
    srm_error err = SRM_ERROR_INIT;                                            \
    assert_failed((call), err, (status), (arg));                               \
    assert_close(out, SENTINEL, 0);                                            \
  } while (0)

static void errors(void **state) {
  (void)state;
  const double l[] = {100}, s[] = {10}, zero[] = {0};
  const double neg[] = {5, -1}, nan_v[] = {NAN}, inf_v[] = {INFINITY};
  const double many[] = {200}, huge[] = {1e308, 1e308};
  const double tiny[] = {1e-300};
  EXPECT_ERROR(srm_leads_per_sale(neg, 2, s, 1, &out, &err), SRM_EINVAL,
               SRM_ARG_LEADS);
  EXPECT_ERROR(srm_leads_per_sale(nan_v, 1, s, 1, &out, &err), SRM_EINVAL,
               SRM_ARG_LEADS);
  EXPECT_ERROR(srm_leads_per_sale(inf_v, 1, s, 1, &out, &err), SRM_EINVAL,
               SRM_ARG_LEADS);
  EXPECT_ERROR(srm_leads_per_sale(NULL, 1, s, 1, &out, &err), SRM_EINVAL,
               SRM_ARG_LEADS);
  EXPECT_ERROR(srm_leads_per_sale(l, 1, neg, 2, &out, &err), SRM_EINVAL,
               SRM_ARG_SALES);
  EXPECT_ERROR(srm_leads_per_sale(l, 1, nan_v, 1, &out, &err), SRM_EINVAL,
               SRM_ARG_SALES);
  EXPECT_ERROR(srm_leads_per_sale(l, 1, NULL, 3, &out, &err), SRM_EINVAL,
               SRM_ARG_SALES);
  /* no leads, more sales than leads, no sale without a confidence */
  EXPECT_ERROR(srm_leads_per_sale(zero, 1, zero, 1, &out, &err), SRM_EINVAL,
               SRM_ARG_LEADS);
  EXPECT_ERROR(srm_leads_per_sale(NULL, 0, NULL, 0, &out, &err), SRM_EINVAL,
               SRM_ARG_LEADS);
  EXPECT_ERROR(srm_leads_per_sale(l, 1, many, 1, &out, &err), SRM_EINVAL,
               SRM_ARG_SALES);
  EXPECT_ERROR(srm_leads_per_sale(l, 1, zero, 1, &out, &err), SRM_EINVAL,
               SRM_ARG_SALES);
  EXPECT_ERROR(srm_leads_per_sale(l, 1, s, 1, NULL, &err), SRM_EINVAL,
               SRM_ARG_OUTPUT);
  /* sums beyond a double, and a ratio of 1e302 / 1e-300 */
  EXPECT_ERROR(srm_leads_per_sale(huge, 2, s, 1, &out, &err), SRM_ERANGE,
               SRM_ARG_LEADS);
  EXPECT_ERROR(srm_leads_per_sale(l, 1, huge, 2, &out, &err), SRM_ERANGE,
               SRM_ARG_SALES);
  {
    const double big[] = {1e302};
    EXPECT_ERROR(srm_leads_per_sale(big, 1, tiny, 1, &out, &err), SRM_ERANGE,
                 SRM_ARG_NONE);
  }

  EXPECT_ERROR(srm_leads_per_sale_at_confidence(neg, 2, s, 1, 0.9, &out, &err),
               SRM_EINVAL, SRM_ARG_LEADS);
  EXPECT_ERROR(srm_leads_per_sale_at_confidence(l, 1, neg, 2, 0.9, &out, &err),
               SRM_EINVAL, SRM_ARG_SALES);
  EXPECT_ERROR(
      srm_leads_per_sale_at_confidence(zero, 1, zero, 1, 0.9, &out, &err),
      SRM_EINVAL, SRM_ARG_LEADS);
  EXPECT_ERROR(srm_leads_per_sale_at_confidence(l, 1, many, 1, 0.9, &out, &err),
               SRM_EINVAL, SRM_ARG_SALES);
  EXPECT_ERROR(srm_leads_per_sale_at_confidence(l, 1, s, 1, 0, &out, &err),
               SRM_EINVAL, SRM_ARG_CONFIDENCE);
  EXPECT_ERROR(srm_leads_per_sale_at_confidence(l, 1, s, 1, 1, &out, &err),
               SRM_EINVAL, SRM_ARG_CONFIDENCE);
  EXPECT_ERROR(srm_leads_per_sale_at_confidence(l, 1, s, 1, NAN, &out, &err),
               SRM_EINVAL, SRM_ARG_CONFIDENCE);
  EXPECT_ERROR(srm_leads_per_sale_at_confidence(l, 1, s, 1, 0.9, NULL, &err),
               SRM_EINVAL, SRM_ARG_OUTPUT);
  EXPECT_ERROR(srm_leads_per_sale_at_confidence(huge, 2, s, 1, 0.9, &out, &err),
               SRM_ERANGE, SRM_ARG_LEADS);
  /* More than 2^53 leads: beyond the range of the posterior's parameters.
   * 2^53 + 1 is not a double: the sum rounds back to 2^53, and the
   * addition's rounding error tells. */
  {
    const double big[] = {1e305}, e17[] = {1e17};
    const double just_over[] = {SRM_MAX_COUNT, 1}, over2[] = {1, SRM_MAX_COUNT},
                 over3[] = {SRM_MAX_COUNT - 1, 2},
                 half[] = {SRM_MAX_COUNT, 0.5};
    EXPECT_ERROR(
        srm_leads_per_sale_at_confidence(big, 1, zero, 1, 0.9999, &out, &err),
        SRM_ERANGE, SRM_ARG_LEADS);
    EXPECT_ERROR(
        srm_leads_per_sale_at_confidence(e17, 1, zero, 1, 0.3, &out, &err),
        SRM_ERANGE, SRM_ARG_LEADS);
    EXPECT_ERROR(srm_leads_per_sale_at_confidence(just_over, 2, zero, 1, 0.3,
                                                  &out, &err),
                 SRM_ERANGE, SRM_ARG_LEADS);
    EXPECT_ERROR(
        srm_leads_per_sale_at_confidence(over2, 2, zero, 1, 0.3, &out, &err),
        SRM_ERANGE, SRM_ARG_LEADS);
    EXPECT_ERROR(
        srm_leads_per_sale_at_confidence(over3, 2, zero, 1, 0.3, &out, &err),
        SRM_ERANGE, SRM_ARG_LEADS);
    EXPECT_ERROR(
        srm_leads_per_sale_at_confidence(half, 2, zero, 1, 0.3, &out, &err),
        SRM_ERANGE, SRM_ARG_LEADS);
    /* an invalid confidence is reported before the size of the history */
    EXPECT_ERROR(
        srm_leads_per_sale_at_confidence(e17, 1, zero, 1, 1.5, &out, &err),
        SRM_EINVAL, SRM_ARG_CONFIDENCE);
    /* the plain ratio needs no limit: (2^53 + 1) / 1 correctly rounded is
     * 2^53 (a tie, to even) */
    const double one[] = {1};
    assert_close(lps(just_over, 2, one, 1), SRM_MAX_COUNT, 0);
  }
  /* the message says what to do */
  {
    double out = SENTINEL;
    srm_error err = SRM_ERROR_INIT;
    srm_leads_per_sale(l, 1, zero, 1, &out, &err);
    assert_non_null(strstr(err.message, "give a confidence"));
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(plain_ratio), cmocka_unit_test(spec_example),
      cmocka_unit_test(no_sale_yet), cmocka_unit_test(against_integration),
      cmocka_unit_test(properties),  cmocka_unit_test(large_histories),
      cmocka_unit_test(errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
