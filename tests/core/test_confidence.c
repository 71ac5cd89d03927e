/*
 * test_confidence.c - leads needed with a confidence level (SPEC section 4).
 *
 * The second method used throughout: P[Binomial(n, p) >= s] summed
 * directly in long double.  The probabilities are built from the mode
 * outwards with the ratio f(j + 1) / f(j) = (n - j) / (j + 1) * p / q and
 * normalised by their total, so neither a gamma function nor a continued
 * fraction is involved.  An answer L is right when the probability reaches
 * the confidence at L and does not at L - 1 (it grows with L).
 */
#include <time.h>

#include "testutil.h"
#include "reference_binomial.h"

#define SENTINEL INT64_C(-777)

/* Whether the probability of at least s sales from n leads reaches c. */
static int reaches(double n, double s, double k, double c) {
  long double up, low;
  if (n < s)
    return 0;
  binom_tail(n, s, 1.0L / (long double)k, &up, &low);
  return c <= 0.5 ? up >= (long double)c : low <= 1.0L - (long double)c;
}

static int64_t leads_at(double goal, double deal, double k, double c) {
  int64_t l = SENTINEL;
  srm_error err = SRM_ERROR_INIT;
  srm_status st = srm_leads_needed_at_confidence(goal, deal, k, c, &l, &err);
  if (st != SRM_OK)
    print_error("goal %.17g deal %.17g k %.17g c %.17g: %s\n", goal, deal, k, c,
                err.message);
  assert_int_equal(st, SRM_OK);
  return l;
}

/* Checks with the second method that L is the smallest answer for s sales. */
static void assert_smallest(int64_t l, double s, double k, double c) {
  if (!reaches((double)l, s, k, c) || reaches((double)(l - 1), s, k, c)) {
    print_error("L = %lld is not the smallest for s %.17g k %.17g c %.17g\n",
                (long long)l, s, k, c);
    fail();
  }
}

static void spec_examples(void **state) {
  (void)state;
  /* 80 sales at 12 leads per sale: 960 on average, 1094 at 90%. */
  assert_int_equal(leads_at(120000, 1500, 12, 0.9), 1094);
  assert_smallest(1094, 80, 12, 0.9);
  /* 10 sales at 10 leads per sale */
  assert_int_equal(leads_at(10, 1, 10, 0.5), 97);
  assert_smallest(97, 10, 10, 0.5);
  assert_int_equal(leads_at(10, 1, 10, 0.9), 140);
  assert_smallest(140, 10, 10, 0.9);
  assert_int_equal(leads_at(10, 1, 10, 0.95), 154);
  assert_smallest(154, 10, 10, 0.95);
}

static void worked_by_hand(void **state) {
  (void)state;
  /* One sale at 10 leads per sale, 90%: P[at least one] = 1 - 0.9^L >= 0.9
   * <=> 0.9^L <= 0.1 <=> L >= ln 0.1 / ln 0.9 = 21.85, so L = 22. */
  assert_int_equal(leads_at(1, 1, 10, 0.9), 22);
  /* Goal 0 needs nothing; one lead per sale needs exactly S. */
  assert_int_equal(leads_at(0, 1500, 12, 0.99), 0);
  assert_int_equal(leads_at(120000, 1500, 1, 0.99), 80);
  /* P[Binomial(S, p) >= S] = p^S: with p = 1/1.01, one sale, S leads
   * already reach 0.99 >= 0.5. */
  assert_int_equal(leads_at(1, 1, 1.01, 0.5), 1);
  /* Two sales at 2 leads per sale, 75%: P[X >= 2] = 1 - (1 + n) / 2^n,
   * n = 3: 1 - 4/8 = 0.5; n = 4: 1 - 5/16 = 0.6875; n = 5: 1 - 6/32 =
   * 0.8125, so L = 5. */
  assert_int_equal(leads_at(2, 1, 2, 0.75), 5);
  /* 50% conversion at 50% confidence: by symmetry P[Binomial(2S - 1, 1/2)
   * >= S] = 1/2 exactly, and P[Binomial(2S - 2, 1/2) >= S] =
   * (1 - P[X = S - 1]) / 2 < 1/2, so L = 2S - 1 (an exact tie). */
  const double s_values[] = {1, 2, 3, 10, 77, 1000, 123456, 1000000};
  for (size_t i = 0; i < sizeof s_values / sizeof s_values[0]; i++)
    assert_int_equal(leads_at(s_values[i], 1, 2, 0.5),
                     (int64_t)(2 * s_values[i] - 1));
}

/* One sale: P[at least one in L] = 1 - (1 - p)^L, so the answer is the
 * closed form ceil(log(1 - c) / log(1 - p)). */
static void one_sale_closed_form(void **state) {
  (void)state;
  uint64_t seed = 42;
  int checked = 0;
  for (int i = 0; i < 3000; i++) {
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double k = 1.0 + (double)(seed >> 11) / 9007199254740992.0 * 200.0;
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double c = 0.001 + (double)(seed >> 11) / 9007199254740992.0 * 0.998;
    double x = log1p(-c) / log1p(-1.0 / k);
    if (fabs(x - nearbyint(x)) < 1e-9)
      continue; /* too close to a tie to decide in double precision */
    double expected = ceil(x);
    if (expected < 1)
      expected = 1;
    assert_int_equal(leads_at(1, 1, k, c), (int64_t)expected);
    checked++;
  }
  assert_true(checked > 2900);
}

/* Random small and medium cases against the direct summation. */
static void agrees_with_direct_summation(void **state) {
  (void)state;
  uint64_t seed = 7;
  for (int i = 0; i < 600; i++) {
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double s = (double)(1 + (seed >> 33) % (i < 400 ? 300 : 20000));
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double k = 1.0 + (double)(seed >> 11) / 9007199254740992.0 * 40.0;
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double c = 0.01 + (double)(seed >> 11) / 9007199254740992.0 * 0.98;
    if (i % 10 == 0)
      c = 0.999999;
    int64_t l = leads_at(s, 1, k, c);
    assert_smallest(l, s, k, c);
  }
}

/* S = 10^6: the answer is verified with the summation at L and L - 1.  The
 * time is printed for information, not asserted. */
static void one_million_sales(void **state) {
  (void)state;
  const double k_values[] = {10, 1.25, 12};
  const double c_values[] = {0.9, 0.99, 0.5};
  for (int i = 0; i < 3; i++) {
    clock_t t0 = clock();
    /* goal 1.5e9 at 1500 per deal = 10^6 sales */
    int64_t l = leads_at(1.5e9, 1500, k_values[i], c_values[i]);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    printf("S = 10^6, k = %g, c = %g: L = %lld in %.4f s\n", k_values[i],
           c_values[i], (long long)l, secs);
    if (c_values[i] > 0.5)
      assert_true((double)l > 1000000.0 * k_values[i]);
    else
      assert_true(fabs((double)l - 1000000.0 * k_values[i]) <= k_values[i]);
    assert_smallest(l, 1e6, k_values[i], c_values[i]);
  }
}

/* Properties over many random inputs. */
static void properties(void **state) {
  (void)state;
  uint64_t seed = 2024;
  for (int i = 0; i < 3000; i++) {
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double s = (double)(1 + (seed >> 33) % (i % 3 == 0 ? 100000 : 500));
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double k = 1.0 + (double)(seed >> 11) / 9007199254740992.0 * 30.0;
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double c = 0.02 + (double)(seed >> 11) / 9007199254740992.0 * 0.96;
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double dk = (double)(seed >> 11) / 9007199254740992.0 * 2.0;
    double dc = (1.0 - c) * (double)(seed >> 40) / 16777216.0;

    int64_t l = leads_at(s, 1, k, c);
    /* never fewer than the sales themselves */
    assert_true(l >= (int64_t)s);
    /* more leads per sale never needs fewer leads */
    assert_true(leads_at(s, 1, k + dk, c) >= l);
    /* higher confidence never needs fewer leads */
    assert_true(leads_at(s, 1, k, c + dc) >= l);
    /* at 50% the answer is the median number of leads needed, within k of
     * the mean s k (mean - median is about k/3 for this skewed law) */
    int64_t median = leads_at(s, 1, k, 0.5);
    assert_true(fabs((double)median - s * k) <= k + 2.0);
    /* at c >= 50% at least the mean, rounded down */
    if (c >= 0.5)
      assert_true((double)l >= floor(s * k) - k - 2.0);
  }
}

#define EXPECT_ERROR(goal, deal, k, c, status, arg)                            \
  do {                                                                         \
    int64_t out_ = SENTINEL;                                                   \
    srm_error err_ = SRM_ERROR_INIT;                                           \
    assert_failed(srm_leads_needed_at_confidence((goal), (deal), (k), (c),     \
                                                 &out_, &err_),                \
                  err_, (status), (arg));                                      \
    assert_int_equal(out_, SENTINEL);                                          \
  } while (0)

static void errors(void **state) {
  (void)state;
  srm_error err = SRM_ERROR_INIT;
  EXPECT_ERROR(NAN, 1500, 12, 0.9, SRM_EINVAL, SRM_ARG_GOAL);
  EXPECT_ERROR(-1, 1500, 12, 0.9, SRM_EINVAL, SRM_ARG_GOAL);
  EXPECT_ERROR(1000, 0, 12, 0.9, SRM_EINVAL, SRM_ARG_DEAL_VALUE);
  EXPECT_ERROR(1000, INFINITY, 12, 0.9, SRM_EINVAL, SRM_ARG_DEAL_VALUE);
  EXPECT_ERROR(1000, 100, 0.5, 0.9, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE);
  EXPECT_ERROR(1000, 100, NAN, 0.9, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE);
  EXPECT_ERROR(1000, 100, 12, 0, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  EXPECT_ERROR(1000, 100, 12, 1, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  EXPECT_ERROR(1000, 100, 12, -0.1, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  EXPECT_ERROR(1000, 100, 12, 1.5, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  EXPECT_ERROR(1000, 100, 12, NAN, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  EXPECT_ERROR(1000, 100, 12, INFINITY, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  /* arguments are checked in order: goal before confidence */
  EXPECT_ERROR(-1, 100, 12, 2, SRM_EINVAL, SRM_ARG_GOAL);
  EXPECT_ERROR(1000, 100, 0.5, 2, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE);
  /* too many sales, or leads beyond 2^53 (the mean alone is 1.35e16) */
  EXPECT_ERROR(1e300, 1, 12, 0.9, SRM_ERANGE, SRM_ARG_NONE);
  EXPECT_ERROR(9007199254740992.0, 1, 1.5, 0.9, SRM_ERANGE, SRM_ARG_NONE);
  /* 2^53 / 2 sales at 2 leads per sale: the median 2^53 - 1 fits, 99% does
   * not. */
  EXPECT_ERROR(4503599627370496.0, 1, 2, 0.99, SRM_ERANGE, SRM_ARG_NONE);
  assert_failed(srm_leads_needed_at_confidence(1000, 100, 12, 0.9, NULL, &err),
                err, SRM_EINVAL, SRM_ARG_OUTPUT);
  assert_string_equal(err.message, "output pointer must not be NULL");
  assert_int_equal(
      srm_leads_needed_at_confidence(1000, 100, 12, 0.9, NULL, NULL),
      SRM_EINVAL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(spec_examples),
      cmocka_unit_test(worked_by_hand),
      cmocka_unit_test(one_sale_closed_form),
      cmocka_unit_test(agrees_with_direct_summation),
      cmocka_unit_test(one_million_sales),
      cmocka_unit_test(properties),
      cmocka_unit_test(errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
