/*
 * fuzz_confidence.c - planning with confidence (SPEC 4) and the conservative
 * leads-per-sale estimate (SPEC 8).
 *
 * Sales are capped at 10^5 in the input mapping for the common path (goal a
 * whole number up to 10^5, deal value 1) so that one execution stays fast;
 * arbitrary doubles still reach every argument on the other paths, and
 * those must fail cleanly or answer, never hang.
 *
 * Checked, from the definition "smallest L with P[Binomial(L, p) >= S] >= c":
 * L >= S, S = 0 gives 0, p = 1 gives S, L does not decrease when the
 * confidence grows, and for small cases L is verified exactly with a
 * binomial tail summed here in long double.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SENTINEL (-7777)

/* P[Binomial(L, p) >= S] = 1 - sum_{j < S} C(L, j) p^j (1-p)^(L-j). */
static long double binom_tail(int64_t L, int64_t S, long double p) {
  long double sum = 0, lp = logl(p), lq = log1pl(-p);
  int64_t j;
  if (S <= 0)
    return 1;
  if (L < S)
    return 0;
  for (j = 0; j < S; j++)
    sum += expl(lgammal((long double)L + 1) - lgammal((long double)j + 1) -
                lgammal((long double)(L - j) + 1) + j * lp + (L - j) * lq);
  return 1 - sum;
}

static double fz_confidence(fz_input *in) {
  uint8_t sel = fz_u8(in);
  if (sel < 40)
    return fz_double(in);
  if (sel < 60) {
    static const double common[] = {0.5,  0.8,   0.9, 0.95,
                                    0.99, 0.999, 0.1, 0.01};
    return common[fz_u8(in) % 8];
  }
  return fz_u16(in) / 65536.0;
}

static void check_leads(double goal, double deal, double k, double c) {
  srm_error err = SRM_ERROR_INIT;
  int64_t leads = SENTINEL, sales = SENTINEL, more = SENTINEL;
  int bad_goal = !fz_valid_number(goal),
      bad_deal = !(isfinite(deal) && deal > 0),
      bad_k = !(isfinite(k) && k >= 1),
      bad_c = !(isfinite(c) && c > 0 && c < 1);
  srm_status st;
  FZ_NOTE("leads_needed_at_confidence(%.17g, %.17g, %.17g, %.17g)", goal, deal,
          k, c);
  st = srm_leads_needed_at_confidence(goal, deal, k, c, &leads, &err);
  double c2;

  if (bad_goal || bad_deal || bad_k || bad_c) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK((bad_goal && err.arg == SRM_ARG_GOAL) ||
             (bad_deal && err.arg == SRM_ARG_DEAL_VALUE) ||
             (bad_k && err.arg == SRM_ARG_LEADS_PER_SALE) ||
             (bad_c && err.arg == SRM_ARG_CONFIDENCE));
    FZ_CHECK(leads == SENTINEL);
    return;
  }
  if (srm_sales_needed(goal, deal, &sales, NULL) != SRM_OK) {
    FZ_CHECK(st == SRM_ERANGE); /* S itself is above 2^53 */
    fz_check_failure(st, &err);
    FZ_CHECK(leads == SENTINEL);
    return;
  }
  if (st != SRM_OK) {
    /* Too large a count; a numerical failure is not expected for any valid
     * input (header), so it is a finding too. */
    FZ_CHECK(st == SRM_ERANGE);
    fz_check_failure(st, &err);
    FZ_CHECK(leads == SENTINEL);
    /* Only when the answer really is near or above 2^53: at least the
     * average, S * k, is huge or the confidence demands a wide margin. */
    FZ_CHECK((double)sales * k > 1e12);
    return;
  }
  FZ_CHECK(leads >= sales);
  if (sales == 0)
    FZ_CHECK(leads == 0);
  if (k == 1)
    FZ_CHECK(leads == sales);
  /* Exact check against the definition for small cases. */
  if (sales > 0 && sales <= 40 && leads <= 20000) {
    long double p = 1.0L / k;
    FZ_CHECK(binom_tail(leads, sales, p) >= (long double)c - 1e-9L);
    FZ_CHECK(binom_tail(leads - 1, sales, p) < (long double)c + 1e-9L);
  }
  /* More confidence never needs fewer leads. */
  c2 = c + (1 - c) / 2;
  if (c2 > c && c2 < 1 &&
      srm_leads_needed_at_confidence(goal, deal, k, c2, &more, NULL) == SRM_OK)
    FZ_CHECK(more >= leads);
}

#define MAX_HISTORY 6

static void check_history(const double *leads, size_t nl, const double *sales,
                          size_t ns, double c) {
  srm_error err = SRM_ERROR_INIT;
  double out = -1.0, more = -1.0;
  fz_history h = fz_history_of(leads, nl, sales, ns);
  double n = h.n, s = h.s;
  int bad_c = !(isfinite(c) && c > 0 && c < 1), ok_failure;
  srm_status st;

  FZ_NOTE("leads_per_sale_at_confidence(sum %.17g, sum %.17g, %.17g)", n, s, c);
  st = srm_leads_per_sale_at_confidence(leads, nl, sales, ns, c, &out, &err);
  if (fz_history_must_fail(&h, 0, bad_c, st, err.arg, &ok_failure)) {
    FZ_CHECK(ok_failure);
    fz_check_failure(st, &err);
    FZ_CHECK(out == -1.0);
    return;
  }
  if (st != SRM_OK) {
    /* An estimate beyond the double range (the quantile below DBL_MIN) is
     * SRM_ERANGE rather than infinity; a numerical failure is a finding. */
    /* More than 2^53 leads is SRM_ERANGE (SRM_ARG_LEADS). */
    FZ_CHECK(st == SRM_ERANGE &&
             (err.arg == SRM_ARG_LEADS ? n >= SRM_MAX_COUNT : 1));
    fz_check_failure(st, &err);
    FZ_CHECK(out == -1.0);
    return;
  }
  FZ_CHECK(isfinite(out) && out >= 1);
  /* 1/out is the (1 - c) quantile of Beta(s + 1/2, n - s + 1/2): the
   * incomplete beta brackets 1 - c around it. */
  if (n < 1e9 && out < 1e12) {
    double q = 1 / out, lo = -1, hi = -1, a = s + 0.5, b = (n - s) + 0.5;
    if (srm_beta_inc(q * (1 - 1e-8), a, b, &lo, NULL) == SRM_OK &&
        srm_beta_inc(fmin(1.0, q * (1 + 1e-8)), a, b, &hi, NULL) == SRM_OK)
      FZ_CHECK(lo <= 1 - c + 1e-12 && hi >= 1 - c - 1e-12);
  }
  /* More confidence, a more conservative (larger) estimate. */
  if (c < 0.999 &&
      srm_leads_per_sale_at_confidence(leads, nl, sales, ns, c + (1 - c) / 2,
                                       &more, NULL) == SRM_OK)
    FZ_CHECK(more >= out * (1 - 1e-12));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_input in = {data, size};
  uint8_t mode = fz_u8(&in);
  double v[2 * MAX_HISTORY];
  size_t n, m, i;

  if (mode % 2 == 0) {
    double goal, deal, k, c;
    if (mode & 2) { /* anything */
      goal = fz_double(&in);
      deal = fz_double(&in);
    } else { /* S up to 10^5 */
      goal = (double)(fz_u32(&in) % 100001);
      deal = 1;
    }
    k = fz_ratio(&in, 1000);
    c = fz_confidence(&in);
    check_leads(goal, deal, k, c);
  } else {
    n = fz_u8(&in) % (MAX_HISTORY + 1);
    m = fz_u8(&in) % (MAX_HISTORY + 1);
    for (i = 0; i < n + m; i++)
      v[i] = mode & 2 ? fz_double(&in) : (double)(fz_u16(&in) % 2000);
    check_history(n ? v : NULL, n, m ? v + n : NULL, m, fz_confidence(&in));
  }
  return 0;
}
