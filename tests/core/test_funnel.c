/*
 * test_funnel.c - sales, leads and funnel stages needed on average
 * (SPEC sections 2, 3 and 5).  Expected values are worked out by hand in
 * the comments.
 */
#include <string.h>

#include "testutil.h"

#define SENTINEL INT64_C(-777)
#define TWO53 9007199254740992.0

static int64_t sales(double goal, double deal) {
  int64_t s = SENTINEL;
  srm_error err = SRM_ERROR_INIT;
  assert_int_equal(srm_sales_needed(goal, deal, &s, &err), SRM_OK);
  return s;
}

static int64_t leads(double goal, double deal, double k) {
  int64_t l = SENTINEL;
  srm_error err = SRM_ERROR_INIT;
  assert_int_equal(srm_leads_needed(goal, deal, k, &l, &err), SRM_OK);
  return l;
}

static void sales_needed(void **state) {
  (void)state;
  /* 120000 / 1500 = 80 exactly */
  assert_int_equal(sales(120000, 1500), 80);
  /* 100000 / 1500 = 66.67 -> 67 */
  assert_int_equal(sales(100000, 1500), 67);
  /* 1500.01 / 1500 just above 1 -> 2 */
  assert_int_equal(sales(1500.01, 1500), 2);
  assert_int_equal(sales(0, 1500), 0);
  /* 2.1 / 0.7 = 3.0000000000000004 and 2.7 / 0.3 = 9.000000000000002 in
   * binary: 3 and 9, not 4 and 10 */
  assert_true(2.1 / 0.7 > 3.0);
  assert_int_equal(sales(2.1, 0.7), 3);
  assert_true(2.7 / 0.3 > 9.0);
  assert_int_equal(sales(2.7, 0.3), 9);
  /* A positive goal needs a sale even when goal / deal underflows to 0. */
  assert_true(1e-300 / 1e300 == 0.0);
  assert_int_equal(sales(1e-300, 1e300), 1);
  /* 2^53 is the largest count. */
  assert_int_equal(sales(TWO53, 1), INT64_C(9007199254740992));
  assert_int_equal(sales(TWO53 * 4, 4), INT64_C(9007199254740992));
}

static void leads_needed(void **state) {
  (void)state;
  /* 80 sales * 12 = 960 (SPEC section 4) */
  assert_int_equal(leads(120000, 1500, 12), 960);
  /* 100 * 1.1 = 110.00000000000001 in binary: 110, not 111 */
  assert_true(100 * 1.1 > 110.0);
  assert_int_equal(leads(100, 1, 1.1), 110);
  /* 3 sales * 2.5 = 7.5 -> 8 */
  assert_int_equal(leads(3, 1, 2.5), 8);
  /* 67 sales * 1 = 67 */
  assert_int_equal(leads(100000, 1500, 1), 67);
  assert_int_equal(leads(0, 1500, 12), 0);
  /* 2^52 sales * 2 = 2^53, still exact */
  assert_int_equal(leads(TWO53 / 2, 1, 2), INT64_C(9007199254740992));
}

static void funnel_example(void **state) {
  (void)state;
  /* SPEC section 5: 80 sales; 80 * 12 = 960 leads; 960 * 4 = 3840
   * attendees; 3840 * 2.5 = 9600 invitations. */
  const double ratios[] = {2.5, 4, 12};
  int64_t counts[4] = {SENTINEL, SENTINEL, SENTINEL, SENTINEL};
  srm_error err = SRM_ERROR_INIT;
  assert_int_equal(srm_funnel_needed(120000, 1500, ratios, 3, counts, &err),
                   SRM_OK);
  assert_int_equal(counts[0], 9600);
  assert_int_equal(counts[1], 3840);
  assert_int_equal(counts[2], 960);
  assert_int_equal(counts[3], 80);
}

static void funnel_rounds_every_stage(void **state) {
  (void)state;
  /* 3 sales; 3 * 1.5 = 4.5 -> 5; 5 * 1.5 = 7.5 -> 8.  (Rounding only once,
   * 3 * 2.25 = 6.75, would give 7.) */
  const double ratios[] = {1.5, 1.5};
  int64_t counts[3];
  assert_int_equal(srm_funnel_needed(3, 1, ratios, 2, counts, NULL), SRM_OK);
  assert_int_equal(counts[0], 8);
  assert_int_equal(counts[1], 5);
  assert_int_equal(counts[2], 3);
  /* 100 * 1.1 noise does not add a unit at a stage either: 110, then
   * 110 * 1 = 110. */
  const double noisy[] = {1, 1.1};
  assert_int_equal(srm_funnel_needed(100, 1, noisy, 2, counts, NULL), SRM_OK);
  assert_int_equal(counts[0], 110);
  assert_int_equal(counts[1], 110);
  assert_int_equal(counts[2], 100);
  /* goal 0: zero at every stage */
  const double r3[] = {2.5, 4, 12};
  int64_t c4[4];
  assert_int_equal(srm_funnel_needed(0, 1500, r3, 3, c4, NULL), SRM_OK);
  for (int i = 0; i < 4; i++)
    assert_int_equal(c4[i], 0);
}

/* Second method: a one-stage funnel must equal srm_leads_needed for any
 * input, and the funnel's sales stage srm_sales_needed. */
static void one_stage_funnel_equals_leads_needed(void **state) {
  (void)state;
  uint64_t seed = 0x9e3779b97f4a7c15u;
  for (int i = 0; i < 5000; i++) {
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double goal = (double)(seed >> 40) / 8.0;
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double deal = 1.0 + (double)(seed >> 44) / 100.0;
    seed = seed * 6364136223846793005u + 1442695040888963407u;
    double k = 1.0 + (double)(seed >> 52) / 100.0;
    int64_t counts[2] = {SENTINEL, SENTINEL};
    assert_int_equal(srm_funnel_needed(goal, deal, &k, 1, counts, NULL),
                     SRM_OK);
    assert_int_equal(counts[0], leads(goal, deal, k));
    assert_int_equal(counts[1], sales(goal, deal));
    /* more leads per sale never needs fewer leads */
    assert_true(leads(goal, deal, k + 0.01) >= counts[0]);
    /* and the counts never fall below the exact (unrounded) need */
    assert_true((double)counts[1] >= goal / deal);
    assert_true((double)counts[0] >= (double)counts[1] * k * (1 - 1e-15));
  }
}

#define EXPECT_SALES_ERROR(goal, deal, status, arg)                            \
  do {                                                                         \
    int64_t out_ = SENTINEL;                                                   \
    srm_error err_ = SRM_ERROR_INIT;                                           \
    assert_failed(srm_sales_needed((goal), (deal), &out_, &err_), err_,        \
                  (status), (arg));                                            \
    assert_int_equal(out_, SENTINEL);                                          \
  } while (0)

#define EXPECT_LEADS_ERROR(goal, deal, k, status, arg)                         \
  do {                                                                         \
    int64_t out_ = SENTINEL;                                                   \
    srm_error err_ = SRM_ERROR_INIT;                                           \
    assert_failed(srm_leads_needed((goal), (deal), (k), &out_, &err_), err_,   \
                  (status), (arg));                                            \
    assert_int_equal(out_, SENTINEL);                                          \
  } while (0)

static void sales_and_leads_errors(void **state) {
  (void)state;
  srm_error err = SRM_ERROR_INIT;
  EXPECT_SALES_ERROR(NAN, 1500, SRM_EINVAL, SRM_ARG_GOAL);
  EXPECT_SALES_ERROR(INFINITY, 1500, SRM_EINVAL, SRM_ARG_GOAL);
  EXPECT_SALES_ERROR(-1, 1500, SRM_EINVAL, SRM_ARG_GOAL);
  EXPECT_SALES_ERROR(1000, 0, SRM_EINVAL, SRM_ARG_DEAL_VALUE);
  EXPECT_SALES_ERROR(1000, -5, SRM_EINVAL, SRM_ARG_DEAL_VALUE);
  EXPECT_SALES_ERROR(1000, NAN, SRM_EINVAL, SRM_ARG_DEAL_VALUE);
  EXPECT_SALES_ERROR(1000, INFINITY, SRM_EINVAL, SRM_ARG_DEAL_VALUE);
  /* the goal is checked first */
  EXPECT_SALES_ERROR(-1, 0, SRM_EINVAL, SRM_ARG_GOAL);
  /* 1 / 1e-300 = 1e300 sales, and 2^53 + 2 sales: too many to count */
  EXPECT_SALES_ERROR(1, 1e-300, SRM_ERANGE, SRM_ARG_NONE);
  EXPECT_SALES_ERROR(1e300, 1e-300, SRM_ERANGE, SRM_ARG_NONE);
  EXPECT_SALES_ERROR(TWO53 + 2, 1, SRM_ERANGE, SRM_ARG_NONE);
  assert_failed(srm_sales_needed(1000, 100, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  /* a NULL srm_error is allowed */
  assert_int_equal(srm_sales_needed(-1, 100, NULL, NULL), SRM_EINVAL);

  EXPECT_LEADS_ERROR(NAN, 1500, 12, SRM_EINVAL, SRM_ARG_GOAL);
  EXPECT_LEADS_ERROR(-0.5, 1500, 12, SRM_EINVAL, SRM_ARG_GOAL);
  EXPECT_LEADS_ERROR(1000, 0, 12, SRM_EINVAL, SRM_ARG_DEAL_VALUE);
  EXPECT_LEADS_ERROR(1000, 100, 0.2, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE);
  EXPECT_LEADS_ERROR(1000, 100, 0.999, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE);
  EXPECT_LEADS_ERROR(1000, 100, -3, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE);
  EXPECT_LEADS_ERROR(1000, 100, NAN, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE);
  EXPECT_LEADS_ERROR(1000, 100, INFINITY, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE);
  EXPECT_LEADS_ERROR(1000, -1, 0.5, SRM_EINVAL, SRM_ARG_DEAL_VALUE);
  /* 2^52 + 1 sales at 2 leads per sale: 2^53 + 2 leads */
  EXPECT_LEADS_ERROR(TWO53 / 2 + 1, 1, 2, SRM_ERANGE, SRM_ARG_NONE);
  EXPECT_LEADS_ERROR(1e300, 1, 1e10, SRM_ERANGE, SRM_ARG_NONE);
  EXPECT_LEADS_ERROR(1e300, 1e-300, 2, SRM_ERANGE, SRM_ARG_NONE);
  assert_failed(srm_leads_needed(1000, 100, 5, NULL, &err), err, SRM_EINVAL,
                SRM_ARG_OUTPUT);
  /* the message of a rate below 1 explains the convention */
  {
    int64_t out = SENTINEL;
    srm_leads_needed(1000, 100, 0.2, &out, &err);
    assert_non_null(strstr(err.message, "20%"));
  }
}

#define EXPECT_FUNNEL_ERROR(goal, deal, ratios, n, status, arg)                \
  do {                                                                         \
    int64_t out_[8] = {SENTINEL, SENTINEL, SENTINEL, SENTINEL,                 \
                       SENTINEL, SENTINEL, SENTINEL, SENTINEL};                \
    srm_error err_ = SRM_ERROR_INIT;                                           \
    assert_failed(                                                             \
        srm_funnel_needed((goal), (deal), (ratios), (n), out_, &err_), err_,   \
        (status), (arg));                                                      \
    for (int i_ = 0; i_ < 8; i_++)                                             \
      assert_int_equal(out_[i_], SENTINEL);                                    \
  } while (0)

static void funnel_errors(void **state) {
  (void)state;
  const double good[] = {2.5, 4, 12};
  const double low[] = {2.5, 0.25, 12};
  const double nan_ratio[] = {2.5, NAN};
  const double inf_ratio[] = {INFINITY};
  /* The top stage overflows: 2^52 sales * 1 * 2 = 2^53, then * 1.5. */
  const double overflow[] = {1.5, 2, 1};
  srm_error err = SRM_ERROR_INIT;
  EXPECT_FUNNEL_ERROR(NAN, 1500, good, 3, SRM_EINVAL, SRM_ARG_GOAL);
  EXPECT_FUNNEL_ERROR(-1, 1500, good, 3, SRM_EINVAL, SRM_ARG_GOAL);
  EXPECT_FUNNEL_ERROR(1000, 0, good, 3, SRM_EINVAL, SRM_ARG_DEAL_VALUE);
  EXPECT_FUNNEL_ERROR(1000, 100, good, 0, SRM_EINVAL, SRM_ARG_RATIOS);
  EXPECT_FUNNEL_ERROR(1000, 100, NULL, 3, SRM_EINVAL, SRM_ARG_RATIOS);
  EXPECT_FUNNEL_ERROR(1000, 100, low, 3, SRM_EINVAL, SRM_ARG_RATIOS);
  EXPECT_FUNNEL_ERROR(1000, 100, nan_ratio, 2, SRM_EINVAL, SRM_ARG_RATIOS);
  EXPECT_FUNNEL_ERROR(1000, 100, inf_ratio, 1, SRM_EINVAL, SRM_ARG_RATIOS);
  EXPECT_FUNNEL_ERROR(TWO53 / 2, 1, overflow, 3, SRM_ERANGE, SRM_ARG_NONE);
  EXPECT_FUNNEL_ERROR(1, 1e-300, good, 3, SRM_ERANGE, SRM_ARG_NONE);
  assert_failed(srm_funnel_needed(1000, 100, good, 3, NULL, &err), err,
                SRM_EINVAL, SRM_ARG_OUTPUT);
  srm_funnel_needed(1000, 100, low, 3, (int64_t[4]){0}, &err);
  assert_non_null(strstr(err.message, "25%"));
  srm_funnel_needed(1000, 100, good, 0, (int64_t[4]){0}, &err);
  assert_string_equal(err.message, "funnel needs at least one ratio");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(sales_needed),
      cmocka_unit_test(leads_needed),
      cmocka_unit_test(funnel_example),
      cmocka_unit_test(funnel_rounds_every_stage),
      cmocka_unit_test(one_stage_funnel_equals_leads_needed),
      cmocka_unit_test(sales_and_leads_errors),
      cmocka_unit_test(funnel_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
