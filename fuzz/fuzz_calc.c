/*
 * fuzz_calc.c - sales, leads, funnels, leads per sale from history and the
 * incomplete beta, with arbitrary doubles (NaN, infinities, huge, tiny,
 * negative).
 *
 * Each call is checked against the header's definition: invalid arguments
 * fail with SRM_EINVAL naming the argument, results above 2^53 fail with
 * SRM_ERANGE, results are whole, never negative and equal to the defining
 * formula, and a failed call leaves every output untouched.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SENTINEL (-7777)

/* approx_ceil(x / y) as a count, or -1 when it exceeds 2^53 (or is not
 * finite).  A positive quotient that underflows to 0 still needs 1. */
static double count_of(double x, double y) {
  double q = x / y, c = srm_approx_ceil(q);
  if (q == 0 && x > 0)
    return 1;
  return c <= SRM_MAX_COUNT ? c : -1.0;
}

static void check_sales(double goal, double deal) {
  srm_error err = SRM_ERROR_INIT;
  int64_t sales = SENTINEL;
  srm_status st;
  FZ_NOTE("sales_needed(%.17g, %.17g)", goal, deal);
  st = srm_sales_needed(goal, deal, &sales, &err);
  int bad_goal = !fz_valid_number(goal),
      bad_deal = !(isfinite(deal) && deal > 0);
  double want;

  if (bad_goal || bad_deal) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK((bad_goal && err.arg == SRM_ARG_GOAL) ||
             (bad_deal && err.arg == SRM_ARG_DEAL_VALUE));
    FZ_CHECK(sales == SENTINEL);
    return;
  }
  want = count_of(goal, deal);
  if (want < 0) {
    FZ_CHECK(st == SRM_ERANGE);
    fz_check_failure(st, &err);
    FZ_CHECK(sales == SENTINEL);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(sales >= 0);
  FZ_CHECK((double)sales == want);
  /* The rounding is up, by less than one. */
  FZ_CHECK((double)sales >= goal / deal * (1 - 1e-14));
  FZ_CHECK((double)(sales - 1) < goal / deal || (sales == 1 && goal > 0));
}

static void check_leads(double goal, double deal, double k) {
  srm_error err = SRM_ERROR_INIT;
  int64_t leads = SENTINEL, sales = SENTINEL;
  srm_status st;
  FZ_NOTE("leads_needed(%.17g, %.17g, %.17g)", goal, deal, k);
  st = srm_leads_needed(goal, deal, k, &leads, &err);
  int bad_goal = !fz_valid_number(goal),
      bad_deal = !(isfinite(deal) && deal > 0),
      bad_k = !(isfinite(k) && k >= 1);
  double s, want;

  if (bad_goal || bad_deal || bad_k) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK((bad_goal && err.arg == SRM_ARG_GOAL) ||
             (bad_deal && err.arg == SRM_ARG_DEAL_VALUE) ||
             (bad_k && err.arg == SRM_ARG_LEADS_PER_SALE));
    FZ_CHECK(leads == SENTINEL);
    return;
  }
  s = count_of(goal, deal);
  want = s < 0 ? -1 : count_of(s * k, 1);
  if (want < 0) {
    FZ_CHECK(st == SRM_ERANGE);
    fz_check_failure(st, &err);
    FZ_CHECK(leads == SENTINEL);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK((double)leads == want);
  FZ_CHECK(srm_sales_needed(goal, deal, &sales, NULL) == SRM_OK);
  FZ_CHECK(leads >= sales); /* k >= 1 */
  FZ_CHECK((double)leads >= (double)sales * k * (1 - 1e-14));
}

#define MAX_STAGES 8

static void check_funnel(double goal, double deal, const double *ratios,
                         size_t n) {
  srm_error err = SRM_ERROR_INIT;
  int64_t counts[MAX_STAGES + 2], leads = SENTINEL;
  double want[MAX_STAGES + 1];
  int bad_goal = !fz_valid_number(goal),
      bad_deal = !(isfinite(deal) && deal > 0), bad_ratios = n == 0,
      too_large = 0;
  size_t i;
  srm_status st;

  for (i = 0; i < n; i++)
    if (!(isfinite(ratios[i]) && ratios[i] >= 1))
      bad_ratios = 1;
  for (i = 0; i < MAX_STAGES + 2; i++)
    counts[i] = SENTINEL;
  FZ_NOTE("funnel_needed(%.17g, %.17g, n=%zu, r0=%.17g)", goal, deal, n,
          n ? ratios[0] : 0.0);
  st = srm_funnel_needed(goal, deal, ratios, n, counts, &err);
  FZ_CHECK(counts[n + 1] == SENTINEL); /* never beyond n + 1 counts */
  if (bad_goal || bad_deal || bad_ratios) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK((bad_goal && err.arg == SRM_ARG_GOAL) ||
             (bad_deal && err.arg == SRM_ARG_DEAL_VALUE) ||
             (bad_ratios && err.arg == SRM_ARG_RATIOS));
    for (i = 0; i < n + 1; i++)
      FZ_CHECK(counts[i] == SENTINEL);
    return;
  }
  want[n] = count_of(goal, deal);
  too_large = want[n] < 0;
  for (i = n; !too_large && i-- > 0;) {
    want[i] = count_of(want[i + 1] * ratios[i], 1);
    too_large = want[i] < 0;
  }
  if (too_large) {
    FZ_CHECK(st == SRM_ERANGE);
    fz_check_failure(st, &err);
    for (i = 0; i < n + 1; i++)
      FZ_CHECK(counts[i] == SENTINEL);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  for (i = 0; i <= n; i++) {
    FZ_CHECK((double)counts[i] == want[i]);
    FZ_CHECK(counts[i] >= 0);
    if (i < n)
      FZ_CHECK(counts[i] >= counts[i + 1]);
  }
  /* A one-stage funnel is LEADSNEEDED. */
  if (n == 1) {
    FZ_CHECK(srm_leads_needed(goal, deal, ratios[0], &leads, NULL) == SRM_OK);
    FZ_CHECK(leads == counts[0]);
  }
}

#define MAX_HISTORY 8

static void check_history(const double *leads, size_t nl, const double *sales,
                          size_t ns) {
  srm_error err = SRM_ERROR_INIT;
  double out = -1.0;
  srm_status st;
  fz_history h = fz_history_of(leads, nl, sales, ns);
  int ok_failure;

  FZ_NOTE("leads_per_sale(sum %.17g, sum %.17g)", h.n, h.s);
  st = srm_leads_per_sale(leads, nl, sales, ns, &out, &err);
  if (fz_history_must_fail(&h, 1, 0, st, err.arg, &ok_failure)) {
    FZ_CHECK(ok_failure);
    fz_check_failure(st, &err);
    FZ_CHECK(out == -1.0);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(isfinite(out) && out >= 1);
  FZ_CHECK(out == h.n / h.s);
}

static int moderate(double v) {
  return v >= 1e-3 && v <= 1e7;
}

static void check_beta(double x, double a, double b, double p) {
  srm_error err = SRM_ERROR_INIT;
  double r = -1.0, r2 = -1.0, xi = -1.0;
  srm_status st;
  /* The core takes beta parameters up to 2^53 and rejects larger ones as
   * invalid (documented in salesroadmap.h). */
  int bad_ab = !(a > 0 && a <= SRM_MAX_COUNT && b > 0 && b <= SRM_MAX_COUNT);

  FZ_NOTE("beta_inc(%.17g, %.17g, %.17g) -> st %d", x, a, b,
          (int)srm_beta_inc(x, a, b, &r2, NULL));
  st = srm_beta_inc(x, a, b, &r, &err);
  if (bad_ab || !(x >= 0 && x <= 1)) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(r == -1.0);
  } else if (st != SRM_OK) {
    /* Convergence failures are only tolerated for extreme parameters. */
    FZ_CHECK(st == SRM_ENUMERIC && !(moderate(a) && moderate(b)));
    fz_check_failure(st, &err);
    FZ_CHECK(r == -1.0);
  } else {
    FZ_CHECK(r >= 0 && r <= 1);
    if (x == 0)
      FZ_CHECK(r == 0);
    if (x == 1)
      FZ_CHECK(r == 1);
    /* Symmetry I_x(a, b) = 1 - I_(1-x)(b, a), when 1 - x is exact. */
    if (x >= 0.5 && srm_beta_inc(1 - x, b, a, &r2, NULL) == SRM_OK)
      FZ_CHECK(fabs(r - (1 - r2)) <= 1e-9);
  }

  err = (srm_error)SRM_ERROR_INIT;
  FZ_NOTE("beta_inc_inv(%.17g, %.17g, %.17g)", p, a, b);
  st = srm_beta_inc_inv(p, a, b, &xi, &err);
  if (bad_ab || !(p >= 0 && p <= 1)) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(xi == -1.0);
  } else if (st != SRM_OK) {
    FZ_CHECK(st == SRM_ENUMERIC && !(moderate(a) && moderate(b)));
    fz_check_failure(st, &err);
    FZ_CHECK(xi == -1.0);
  } else {
    FZ_CHECK(xi >= 0 && xi <= 1);
    if (p == 0)
      FZ_CHECK(xi == 0);
    if (p == 1)
      FZ_CHECK(xi == 1);
    /* The inverse brackets p: I just below xi <= p <= I just above. */
    if (moderate(a) && moderate(b) && p >= 1e-300 && xi >= DBL_MIN && xi < 1) {
      double lo = -1, hi = -1;
      FZ_CHECK(srm_beta_inc(xi * (1 - 1e-7), a, b, &lo, NULL) == SRM_OK);
      FZ_CHECK(srm_beta_inc(fmin(1.0, xi * (1 + 1e-7)), a, b, &hi, NULL) ==
               SRM_OK);
      FZ_CHECK(lo <= p + 1e-12 && hi >= p - 1e-12);
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_input in = {data, size};
  double v[2 * MAX_HISTORY];
  size_t n, m, i;

  switch (fz_u8(&in) % 5) {
  case 0: {
    double goal = fz_double(&in);
    check_sales(goal, fz_double(&in));
    break;
  }
  case 1: {
    double goal = fz_double(&in), deal = fz_double(&in);
    check_leads(goal, deal, fz_ratio(&in, 1000));
    break;
  }
  case 2: {
    double goal = fz_double(&in), deal = fz_double(&in);
    n = fz_u8(&in) % (MAX_STAGES + 1);
    for (i = 0; i < n; i++)
      v[i] = fz_ratio(&in, 20);
    check_funnel(goal, deal, n ? v : NULL, n);
    break;
  }
  case 3:
    n = fz_u8(&in) % (MAX_HISTORY + 1);
    m = fz_u8(&in) % (MAX_HISTORY + 1);
    for (i = 0; i < n + m; i++)
      v[i] = fz_double(&in);
    check_history(n ? v : NULL, n, m ? v + n : NULL, m);
    break;
  default: {
    double x = fz_u16(&in) / 65535.0, a, b, p;
    if (fz_u8(&in) & 1)
      x = fz_double(&in);
    a = fz_double(&in);
    b = fz_double(&in);
    p = fz_u16(&in) / 65535.0;
    if (fz_u8(&in) & 1)
      p = fz_double(&in);
    check_beta(x, a, b, p);
    break;
  }
  }
  return 0;
}
