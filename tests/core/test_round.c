/*
 * test_round.c - the approximate ceiling (SPEC section 2).
 *
 * Expected values are worked out by hand: the binary artifacts below are
 * the well-known results of the IEEE 754 operations named in each comment.
 */
#include "testutil.h"

static void artifacts_are_removed(void **state) {
  (void)state;
  /* 100 * 1.1 = 110.00000000000001 in binary; 15 digits give 110. */
  assert_true(100 * 1.1 > 110.0);
  assert_close(srm_approx_ceil(100 * 1.1), 110.0, 0);
  /* 0.07 * 100 = 7.000000000000001 */
  assert_true(0.07 * 100 > 7.0);
  assert_close(srm_approx_ceil(0.07 * 100), 7.0, 0);
  /* (0.1 * 3) / 0.1 = 3.0000000000000004 */
  assert_true((0.1 * 3) / 0.1 > 3.0);
  assert_close(srm_approx_ceil((0.1 * 3) / 0.1), 3.0, 0);
}

static void real_fractions_round_up(void **state) {
  (void)state;
  assert_close(srm_approx_ceil(0.0), 0.0, 0);
  assert_close(srm_approx_ceil(1.0), 1.0, 0);
  assert_close(srm_approx_ceil(80.5), 81.0, 0);
  assert_close(srm_approx_ceil(960.0000001), 961.0, 0);
  /* 14 significant digits of fraction survive the rounding. */
  assert_close(srm_approx_ceil(1.00000000000001), 2.0, 0);
  /* ...but the 16th digit is noise. */
  assert_close(srm_approx_ceil(1.0000000000000002), 1.0, 0);
  assert_close(srm_approx_ceil(0.3), 1.0, 0);
  assert_close(srm_approx_ceil(1e-12), 1.0, 0);
  assert_close(srm_approx_ceil(123456789.5), 123456790.0, 0);
  assert_close(srm_approx_ceil(-2.5), -2.0, 0);
}

static void large_and_special_values(void **state) {
  (void)state;
  /* Whole numbers up to 2^53 come back unchanged. */
  assert_close(srm_approx_ceil(9007199254740992.0), 9007199254740992.0, 0);
  assert_close(srm_approx_ceil(1000000000000001.0), 1000000000000001.0, 0);
  /* From 1e15 on a fraction is real, not noise: plain ceiling. */
  assert_close(srm_approx_ceil(1000000000000000.5), 1000000000000001.0, 0);
  assert_true(isnan(srm_approx_ceil(NAN)));
  assert_true(isinf(srm_approx_ceil(INFINITY)));
}

/* Second method: for x = n + f with a fraction f of at most 12 decimals,
 * printed with %.15g the value is exact to 15 digits, so the ceiling of the
 * printed-and-parsed value is the expected answer. */
static void agrees_with_decimal_printing(void **state) {
  (void)state;
  unsigned seed = 12345u;
  for (int i = 0; i < 20000; i++) {
    seed = seed * 1103515245u + 12345u;
    double whole = (double)(seed % 1000000u);
    seed = seed * 1103515245u + 12345u;
    double frac = (double)(seed % 1000u) / 1000.0;
    double x = (whole + frac) * 1.1 / 1.1;
    char buf[64];
    snprintf(buf, sizeof buf, "%.15g", x);
    double expected = ceil(strtod(buf, NULL));
    assert_close(srm_approx_ceil(x), expected, 0);
  }
}

/* The same second method right at the edge of the fast path: values a few
 * ulps, and a few 1e-14 relative steps, either side of whole numbers. */
static void near_whole_numbers_agree_with_decimal_printing(void **state) {
  (void)state;
  unsigned seed = 987u;
  static const double rel[] = {-3e-14, -1e-14, -6e-15, -4e-15, -1e-15,
                               1e-15,  4e-15,  6e-15,  1e-14,  3e-14};
  for (int i = 0; i < 20000; i++) {
    seed = seed * 1103515245u + 12345u;
    double n = (double)(seed % 100000000u) + 1.0;
    double x = n;
    char buf[64];
    for (int step = 0; step < 40; step++) {
      x = nextafter(x, step < 20 ? 2 * n : 0);
      if (step == 19)
        x = n;
      snprintf(buf, sizeof buf, "%.15g", x);
      assert_close(srm_approx_ceil(x), ceil(strtod(buf, NULL)), 0);
    }
    for (size_t j = 0; j < sizeof rel / sizeof rel[0]; j++) {
      x = n * (1.0 + rel[j]);
      snprintf(buf, sizeof buf, "%.15g", x);
      assert_close(srm_approx_ceil(x), ceil(strtod(buf, NULL)), 0);
      snprintf(buf, sizeof buf, "%.15g", -x);
      assert_close(srm_approx_ceil(-x), ceil(strtod(buf, NULL)), 0);
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(artifacts_are_removed),
      cmocka_unit_test(real_fractions_round_up),
      cmocka_unit_test(large_and_special_values),
      cmocka_unit_test(agrees_with_decimal_printing),
      cmocka_unit_test(near_whole_numbers_agree_with_decimal_printing),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
