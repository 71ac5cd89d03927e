/*
 * test_bad_input.c - the C side of the bad-input matrix.
 *
 * Every public function, every argument, with the awkward values: negative,
 * zero, NaN, +inf, -inf, 1e308, 1e-308, the double just below 1 for ratios,
 * empty lists, NULL pointers, 100,000 holidays, dates before 1583 and after
 * 9999, malformed weekend strings, confidence 0, 1 and 1.5.
 *
 * Each case states the exact status and argument that the header and SPEC
 * section 9 prescribe, or, where the input is valid after all (a goal of 0,
 * a deal worth 1e308, a confidence of 1e-308), the value worked out by hand
 * in the comment next to it.  A failed call must leave its outputs as they
 * were: every case pre-fills them with a sentinel and checks it afterwards.
 *
 * Where the header names no argument for a failure (SRM_ERANGE of a count,
 * SRM_EUNREACHABLE), the case accepts any argument (ANY_ARG); the message is
 * still required to be non-empty.
 *
 * The number of cases is counted while running and must equal
 * SRM_BAD_INPUT_CASES, the number docs/HARDENING.md states.
 */
#include "testutil.h"

#include <float.h>
#include <limits.h>
#include <string.h>

#define SRM_BAD_INPUT_CASES 539

#define ANY_ARG ((srm_arg)-1)
#define SENT (-424242)

static int n_cases;

static const double NaN = NAN;
static const double INF = INFINITY;
/* 2^53 and the doubles just around it. */
static const double MAXC = SRM_MAX_COUNT;

static double below1(void) {
  return nextafter(1.0, 0.0);
}

/* Checks one call's status and error record; counts the case. */
#define CHECK(call, err, want, arg)                                            \
  do {                                                                         \
    (err) = (srm_error)SRM_ERROR_INIT;                                         \
    check((call), &(err), want, arg, __FILE__, __LINE__);                      \
  } while (0)

static void check(srm_status got, const srm_error *err, srm_status want,
                  srm_arg arg, const char *file, int line) {
  n_cases++;
  if (got != want) {
    print_error("%s:%d: status %d (%s), expected %d (%s); message: %s\n", file,
                line, (int)got, srm_status_string(got), (int)want,
                srm_status_string(want), got != SRM_OK ? err->message : "-");
    _fail(file, line);
  }
  if (want == SRM_OK)
    return;
  if (err->status != want || (arg != ANY_ARG && err->arg != arg)) {
    print_error("%s:%d: error record {%d, %s}, expected {%d, %s}\n", file, line,
                (int)err->status, srm_arg_name(err->arg), (int)want,
                arg == ANY_ARG ? "any" : srm_arg_name(arg));
    _fail(file, line);
  }
  if (err->message == NULL || err->message[0] == '\0') {
    print_error("%s:%d: failure without a message\n", file, line);
    _fail(file, line);
  }
}

/* ------------------------------------------------------------------------
 * Sales, leads, confidence, funnels
 * ---------------------------------------------------------------------- */

#define SALES(goal, deal, st, arg, want)                                       \
  sales_case(goal, deal, st, arg, want, __FILE__, __LINE__)

static void sales_case(double goal, double deal, srm_status st, srm_arg arg,
                       int64_t want, const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  int64_t out = SENT;
  check(srm_sales_needed(goal, deal, &out, &err), &err, st, arg, file, line);
  if (out != (st == SRM_OK ? want : SENT)) {
    print_error("%s:%d: sales %lld, expected %lld\n", file, line,
                (long long)out, (long long)(st == SRM_OK ? want : SENT));
    _fail(file, line);
  }
}

static void test_sales_needed(void **state) {
  srm_error err = SRM_ERROR_INIT;
  (void)state;
  SALES(120000, 1500, SRM_OK, 0, 80); /* SPEC 5: 120000 / 1500 = 80 */
  /* goal */
  SALES(-1, 1500, SRM_EINVAL, SRM_ARG_GOAL, 0);
  SALES(-1e308, 1500, SRM_EINVAL, SRM_ARG_GOAL, 0);
  SALES(NaN, 1500, SRM_EINVAL, SRM_ARG_GOAL, 0);
  SALES(INF, 1500, SRM_EINVAL, SRM_ARG_GOAL, 0);
  SALES(-INF, 1500, SRM_EINVAL, SRM_ARG_GOAL, 0);
  SALES(0, 1500, SRM_OK, 0, 0);            /* SPEC 2: zero goal, zero sales */
  SALES(-0.0, 1500, SRM_OK, 0, 0);         /* -0 >= 0: a zero goal */
  SALES(1e308, 1, SRM_ERANGE, ANY_ARG, 0); /* 1e308 sales > 2^53 */
  SALES(1e-308, 1, SRM_OK, 0, 1); /* any positive goal needs one sale */
  SALES(MAXC, 1, SRM_OK, 0, 9007199254740992); /* exactly 2^53: the largest */
  SALES(MAXC + 2, 1, SRM_ERANGE, ANY_ARG, 0);  /* 2^53 + 2 */
  /* deal value */
  SALES(120000, 0, SRM_EINVAL, SRM_ARG_DEAL_VALUE, 0);
  SALES(120000, -0.0, SRM_EINVAL, SRM_ARG_DEAL_VALUE, 0);
  SALES(120000, -1500, SRM_EINVAL, SRM_ARG_DEAL_VALUE, 0);
  SALES(120000, NaN, SRM_EINVAL, SRM_ARG_DEAL_VALUE, 0);
  SALES(120000, INF, SRM_EINVAL, SRM_ARG_DEAL_VALUE, 0);
  SALES(120000, -INF, SRM_EINVAL, SRM_ARG_DEAL_VALUE, 0);
  SALES(120000, 1e308, SRM_OK, 0, 1); /* 1.2e-303 sales: one */
  SALES(0, 1e308, SRM_OK, 0, 0);
  SALES(1, 1e-308, SRM_ERANGE, ANY_ARG, 0); /* 1e308 sales */
  SALES(0, 1e-308, SRM_OK, 0, 0);
  /* 1 / 0.99999999999999989 = 1.0000000000000002: noise, one sale */
  SALES(1, below1(), SRM_OK, 0, 1);
  /* 4.9e-324 / 1e308 underflows to 0 but the goal is positive: one sale */
  SALES(4.9406564584124654e-324, 1e308, SRM_OK, 0, 1);
  /* output */
  CHECK(srm_sales_needed(120000, 1500, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);
  /* err may be NULL */
  n_cases++;
  assert_int_equal(srm_sales_needed(-1, 1500, NULL, NULL), SRM_EINVAL);
}

#define LEADS(goal, deal, k, st, arg, want)                                    \
  leads_case(goal, deal, k, st, arg, want, __FILE__, __LINE__)

static void leads_case(double goal, double deal, double k, srm_status st,
                       srm_arg arg, int64_t want, const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  int64_t out = SENT;
  check(srm_leads_needed(goal, deal, k, &out, &err), &err, st, arg, file, line);
  if (out != (st == SRM_OK ? want : SENT)) {
    print_error("%s:%d: leads %lld, expected %lld\n", file, line,
                (long long)out, (long long)(st == SRM_OK ? want : SENT));
    _fail(file, line);
  }
}

static void test_leads_needed(void **state) {
  srm_error err = SRM_ERROR_INIT;
  (void)state;
  LEADS(120000, 1500, 12, SRM_OK, 0, 960); /* 80 sales * 12 */
  LEADS(100, 1, 1.1, SRM_OK, 0, 110);      /* SPEC 2: 110, not 111 */
  /* goal and deal value are checked as for sales */
  LEADS(-1, 1500, 12, SRM_EINVAL, SRM_ARG_GOAL, 0);
  LEADS(NaN, 1500, 12, SRM_EINVAL, SRM_ARG_GOAL, 0);
  LEADS(INF, 1500, 12, SRM_EINVAL, SRM_ARG_GOAL, 0);
  LEADS(120000, 0, 12, SRM_EINVAL, SRM_ARG_DEAL_VALUE, 0);
  LEADS(120000, -INF, 12, SRM_EINVAL, SRM_ARG_DEAL_VALUE, 0);
  LEADS(0, 1500, 12, SRM_OK, 0, 0);
  /* leads per sale: finite and >= 1 */
  LEADS(120000, 1500, below1(), SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0);
  LEADS(120000, 1500, 0.2, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0); /* a rate */
  LEADS(120000, 1500, 0, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0);
  LEADS(120000, 1500, -12, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0);
  LEADS(120000, 1500, NaN, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0);
  LEADS(120000, 1500, INF, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0);
  LEADS(120000, 1500, -INF, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0);
  LEADS(120000, 1500, 1e-308, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0);
  LEADS(120000, 1500, 1, SRM_OK, 0, 80); /* every lead a sale */
  LEADS(1, 1, 1e308, SRM_ERANGE, ANY_ARG, 0);
  LEADS(0, 1, 1e308, SRM_OK, 0, 0);            /* 0 sales need 0 leads */
  LEADS(1e308, 1, 12, SRM_ERANGE, ANY_ARG, 0); /* sales already too many */
  LEADS(MAXC / 2, 1, 2, SRM_OK, 0, 9007199254740992); /* 2^52 * 2 = 2^53 */
  LEADS(MAXC / 2 + 1, 1, 2, SRM_ERANGE, ANY_ARG, 0);  /* 2^53 + 2 */
  CHECK(srm_leads_needed(120000, 1500, 12, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);
}

#define CONF(goal, deal, k, c, st, arg, want)                                  \
  conf_case(goal, deal, k, c, st, arg, want, __FILE__, __LINE__)

static void conf_case(double goal, double deal, double k, double c,
                      srm_status st, srm_arg arg, int64_t want,
                      const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  int64_t out = SENT;
  check(srm_leads_needed_at_confidence(goal, deal, k, c, &out, &err), &err, st,
        arg, file, line);
  if (out != (st == SRM_OK ? want : SENT)) {
    print_error("%s:%d: leads %lld, expected %lld\n", file, line,
                (long long)out, (long long)(st == SRM_OK ? want : SENT));
    _fail(file, line);
  }
}

static void test_leads_at_confidence(void **state) {
  srm_error err = SRM_ERROR_INIT;
  (void)state;
  CONF(80, 1, 12, 0.9, SRM_OK, 0, 1094); /* SPEC 4 */
  /* confidence: strictly between 0 and 1 */
  CONF(80, 1, 12, 0, SRM_EINVAL, SRM_ARG_CONFIDENCE, 0);
  CONF(80, 1, 12, 1, SRM_EINVAL, SRM_ARG_CONFIDENCE, 0);
  CONF(80, 1, 12, 1.5, SRM_EINVAL, SRM_ARG_CONFIDENCE, 0);
  CONF(80, 1, 12, -0.5, SRM_EINVAL, SRM_ARG_CONFIDENCE, 0);
  CONF(80, 1, 12, NaN, SRM_EINVAL, SRM_ARG_CONFIDENCE, 0);
  CONF(80, 1, 12, INF, SRM_EINVAL, SRM_ARG_CONFIDENCE, 0);
  CONF(80, 1, 12, -INF, SRM_EINVAL, SRM_ARG_CONFIDENCE, 0);
  CONF(80, 1, 12, 1e308, SRM_EINVAL, SRM_ARG_CONFIDENCE, 0);
  /* c = 1e-308: L = 80 already gives P = (1/12)^80 = 10^-86.3 >= c */
  CONF(80, 1, 12, 1e-308, SRM_OK, 0, 80);
  /* c = 1 - 2^-53, S = 2, p = 1/2: P[Bin(L, 1/2) >= 2] = 1 - (L + 1) / 2^L.
   * L = 59: 60 / 2^59 = 1.04e-16 <= 2^-53 = 1.11e-16; L = 58: 59 / 2^58 =
   * 2.05e-16 > 2^-53.  So 59. */
  CONF(2, 1, 2, below1(), SRM_OK, 0, 59);
  /* the other arguments */
  CONF(-1, 1, 12, 0.9, SRM_EINVAL, SRM_ARG_GOAL, 0);
  CONF(NaN, 1, 12, 0.9, SRM_EINVAL, SRM_ARG_GOAL, 0);
  CONF(80, 0, 12, 0.9, SRM_EINVAL, SRM_ARG_DEAL_VALUE, 0);
  CONF(80, INF, 12, 0.9, SRM_EINVAL, SRM_ARG_DEAL_VALUE, 0);
  CONF(80, 1, below1(), 0.9, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0);
  CONF(80, 1, NaN, 0.9, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0);
  CONF(80, 1, -INF, 0.9, SRM_EINVAL, SRM_ARG_LEADS_PER_SALE, 0);
  CONF(0, 1, 12, 0.9, SRM_OK, 0, 0);    /* SPEC 4: S = 0 gives 0 */
  CONF(80, 1, 1, 0.999, SRM_OK, 0, 80); /* SPEC 4: p = 1 gives S */
  CONF(MAXC, 1, 1, 0.9, SRM_OK, 0, 9007199254740992); /* p = 1, S = 2^53 */
  CONF(1e308, 1, 12, 0.9, SRM_ERANGE, ANY_ARG, 0);    /* S > 2^53 */
  /* S = 1, p = 1e-308: about 2.3e308 leads, far above 2^53 (and must not
   * take long to find out) */
  CONF(1, 1, 1e308, 0.9, SRM_ERANGE, ANY_ARG, 0);
  CHECK(srm_leads_needed_at_confidence(80, 1, 12, 0.9, NULL, &err), err,
        SRM_EINVAL, SRM_ARG_OUTPUT);
}

#define MAX_STAGES 64

#define FUNNEL(goal, deal, ratios, n, st, arg, want)                           \
  funnel_case(goal, deal, ratios, n, st, arg, want, __FILE__, __LINE__)

static void funnel_case(double goal, double deal, const double *ratios,
                        size_t n, srm_status st, srm_arg arg,
                        const int64_t *want, const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  int64_t out[MAX_STAGES + 2];
  size_t i;
  for (i = 0; i < MAX_STAGES + 2; i++)
    out[i] = SENT;
  check(srm_funnel_needed(goal, deal, ratios, n, out, &err), &err, st, arg,
        file, line);
  for (i = 0; i < MAX_STAGES + 2; i++) {
    int64_t expected = st == SRM_OK && i <= n ? want[i] : SENT;
    if (out[i] != expected) {
      print_error("%s:%d: counts[%zu] = %lld, expected %lld\n", file, line, i,
                  (long long)out[i], (long long)expected);
      _fail(file, line);
    }
  }
}

static void test_funnel_needed(void **state) {
  static const double spec[] = {2.5, 4, 12};
  static const int64_t spec_counts[] = {9600, 3840, 960, 80}; /* SPEC 5 */
  static const int64_t zeros[] = {0, 0, 0, 0};
  static const int64_t ones[] = {80, 80, 80, 80};
  static const double all1[] = {1, 1, 1};
  static const double noise[] = {1.1};
  static const int64_t noise_counts[] = {110, 100}; /* 100 * 1.1 = 110 */
  double bad[3], twos[MAX_STAGES];
  int64_t powers[MAX_STAGES + 1], out[4];
  srm_error err = SRM_ERROR_INIT;
  const double bad_values[] = {NaN, INF, -INF, 0, -1, -0.0, 1e-308, 0.2};
  size_t i, pos;
  (void)state;

  FUNNEL(120000, 1500, spec, 3, SRM_OK, 0, spec_counts);
  FUNNEL(120000, 1500, all1, 3, SRM_OK, 0, ones);
  FUNNEL(100, 1, noise, 1, SRM_OK, 0, noise_counts);
  FUNNEL(0, 1500, spec, 3, SRM_OK, 0, zeros);
  FUNNEL(-1, 1500, spec, 3, SRM_EINVAL, SRM_ARG_GOAL, NULL);
  FUNNEL(INF, 1500, spec, 3, SRM_EINVAL, SRM_ARG_GOAL, NULL);
  FUNNEL(120000, 0, spec, 3, SRM_EINVAL, SRM_ARG_DEAL_VALUE, NULL);
  FUNNEL(120000, NaN, spec, 3, SRM_EINVAL, SRM_ARG_DEAL_VALUE, NULL);
  /* an empty funnel, a missing list */
  FUNNEL(120000, 1500, spec, 0, SRM_EINVAL, SRM_ARG_RATIOS, NULL);
  FUNNEL(120000, 1500, NULL, 0, SRM_EINVAL, SRM_ARG_RATIOS, NULL);
  FUNNEL(120000, 1500, NULL, 3, SRM_EINVAL, SRM_ARG_RATIOS, NULL);
  /* a bad ratio at the top, in the middle, at the bottom */
  for (pos = 0; pos < 3; pos++) {
    for (i = 0; i < sizeof bad_values / sizeof bad_values[0]; i++) {
      memcpy(bad, spec, sizeof bad);
      bad[pos] = bad_values[i];
      FUNNEL(120000, 1500, bad, 3, SRM_EINVAL, SRM_ARG_RATIOS, NULL);
    }
    memcpy(bad, spec, sizeof bad);
    bad[pos] = below1();
    FUNNEL(120000, 1500, bad, 3, SRM_EINVAL, SRM_ARG_RATIOS, NULL);
    memcpy(bad, spec, sizeof bad);
    bad[pos] = 1e308;
    FUNNEL(120000, 1500, bad, 3, SRM_ERANGE, ANY_ARG, NULL);
  }
  /* 53 stages of 2 from one sale: 2^53 at the top, the largest count;
   * 54 stages: 2^54, too large. */
  for (i = 0; i < MAX_STAGES; i++)
    twos[i] = 2;
  for (i = 0; i <= 53; i++)
    powers[i] = (int64_t)1 << (53 - i);
  FUNNEL(1, 1, twos, 53, SRM_OK, 0, powers);
  FUNNEL(1, 1, twos, 54, SRM_ERANGE, ANY_ARG, NULL);
  FUNNEL(1, 1, twos, MAX_STAGES, SRM_ERANGE, ANY_ARG, NULL);
  CHECK(srm_funnel_needed(120000, 1500, spec, 3, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);
  (void)out;
}

/* ------------------------------------------------------------------------
 * History
 * ---------------------------------------------------------------------- */

#define LPS(l, nl, s, ns, st, arg, want)                                       \
  lps_case(l, nl, s, ns, st, arg, want, __FILE__, __LINE__)

static void lps_case(const double *l, size_t nl, const double *s, size_t ns,
                     srm_status st, srm_arg arg, double want, const char *file,
                     int line) {
  srm_error err = SRM_ERROR_INIT;
  double out = -1.0;
  check(srm_leads_per_sale(l, nl, s, ns, &out, &err), &err, st, arg, file,
        line);
  if (st == SRM_OK ? out != want : out != -1.0) {
    print_error("%s:%d: leads per sale %.17g, expected %.17g\n", file, line,
                out, st == SRM_OK ? want : -1.0);
    _fail(file, line);
  }
}

#define BIG_HISTORY 100000

static void test_leads_per_sale(void **state) {
  static const double l2[] = {60, 40}, s2[] = {6, 4};
  static const double one[] = {1}, zero[] = {0}, ten[] = {10};
  static const double huge2[] = {1e308, 1e308}, huge[] = {1e308};
  static const double tiny[] = {1e-308}, half[] = {2.5};
  const double bad_values[] = {NaN, INF, -INF, -1, -1e-308};
  double bad[2], *many_l, *many_s;
  srm_error err = SRM_ERROR_INIT;
  double out = -1.0;
  size_t i;
  (void)state;

  LPS(l2, 2, s2, 2, SRM_OK, 0, 10); /* 100 / 10 */
  LPS(half, 1, one, 1, SRM_OK, 0, 2.5);
  LPS(ten, 1, ten, 1, SRM_OK, 0, 1);
  LPS(tiny, 1, tiny, 1, SRM_OK, 0, 1);
  LPS(one, 1, tiny, 1, SRM_OK, 0, 1 / 1e-308); /* 1e308, representable */
  /* empty lists, missing lists */
  LPS(NULL, 0, s2, 2, SRM_EINVAL, SRM_ARG_LEADS, 0); /* no leads */
  LPS(l2, 2, NULL, 0, SRM_EINVAL, SRM_ARG_SALES, 0); /* no sale yet */
  LPS(NULL, 2, s2, 2, SRM_EINVAL, SRM_ARG_LEADS, 0);
  LPS(l2, 2, NULL, 2, SRM_EINVAL, SRM_ARG_SALES, 0);
  LPS(zero, 1, zero, 1, SRM_EINVAL, SRM_ARG_LEADS, 0); /* n must be > 0 */
  LPS(ten, 1, zero, 1, SRM_EINVAL, SRM_ARG_SALES, 0);  /* s = 0 */
  /* more sales than leads: the sales are at fault */
  LPS(one, 1, ten, 1, SRM_EINVAL, SRM_ARG_SALES, 0);
  /* a bad entry in either list, first or last */
  for (i = 0; i < sizeof bad_values / sizeof bad_values[0]; i++) {
    bad[0] = 60;
    bad[1] = bad_values[i];
    LPS(bad, 2, s2, 2, SRM_EINVAL, SRM_ARG_LEADS, 0);
    LPS(l2, 2, bad, 2, SRM_EINVAL, SRM_ARG_SALES, 0);
    bad[0] = bad_values[i];
    bad[1] = 4;
    LPS(bad, 2, s2, 2, SRM_EINVAL, SRM_ARG_LEADS, 0);
    LPS(l2, 2, bad, 2, SRM_EINVAL, SRM_ARG_SALES, 0);
  }
  /* sums and ratios beyond the double range */
  LPS(huge2, 2, one, 1, SRM_ERANGE, SRM_ARG_LEADS, 0);
  LPS(huge, 1, tiny, 1, SRM_ERANGE, ANY_ARG, 0); /* 1e308 / 1e-308 */
  /* 100,000 periods of 3 leads and 1 sale: 300000 / 100000 = 3 exactly */
  many_l = malloc(BIG_HISTORY * sizeof *many_l);
  many_s = malloc(BIG_HISTORY * sizeof *many_s);
  assert_non_null(many_l);
  assert_non_null(many_s);
  for (i = 0; i < BIG_HISTORY; i++) {
    many_l[i] = 3;
    many_s[i] = 1;
  }
  LPS(many_l, BIG_HISTORY, many_s, BIG_HISTORY, SRM_OK, 0, 3);
  many_l[BIG_HISTORY - 1] = NaN; /* one bad cell at the very end */
  LPS(many_l, BIG_HISTORY, many_s, BIG_HISTORY, SRM_EINVAL, SRM_ARG_LEADS, 0);
  free(many_l);
  free(many_s);
  CHECK(srm_leads_per_sale(l2, 2, s2, 2, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);
  (void)out;
}

/* The Beta(a, b) distribution function by a second, independent method:
 * Simpson's rule on x = t^2 (which removes the x^(a-1) singularity for
 * a >= 1/2), normalised with lgamma. */
static double beta_cdf_simpson(double x, double a, double b) {
  const int n = 20000; /* even */
  double T = sqrt(x), h = T / n, sum = 0, lbeta;
  int i;
  lbeta = lgamma(a) + lgamma(b) - lgamma(a + b);
  for (i = 0; i <= n; i++) {
    double t = i * h, f;
    f = 2 * pow(t, 2 * a - 1) * pow(1 - t * t, b - 1);
    sum += f * (i == 0 || i == n ? 1 : i % 2 ? 4 : 2);
  }
  return sum * h / 3 / exp(lbeta);
}

/* The (1 - c) quantile of Beta(s + 1/2, n - s + 1/2) by bisection on the
 * Simpson distribution function. */
static double jeffreys_lps(double n, double s, double c) {
  double lo = 0, hi = 1;
  int i;
  for (i = 0; i < 60; i++) {
    double mid = (lo + hi) / 2;
    if (beta_cdf_simpson(mid, s + 0.5, n - s + 0.5) < 1 - c)
      lo = mid;
    else
      hi = mid;
  }
  return 2 / (lo + hi);
}

#define LPSC(l, nl, s, ns, c, st, arg)                                         \
  lpsc_case(l, nl, s, ns, c, st, arg, __FILE__, __LINE__)

static double lpsc_case(const double *l, size_t nl, const double *s, size_t ns,
                        double c, srm_status st, srm_arg arg, const char *file,
                        int line) {
  srm_error err = SRM_ERROR_INIT;
  double out = -1.0;
  check(srm_leads_per_sale_at_confidence(l, nl, s, ns, c, &out, &err), &err, st,
        arg, file, line);
  if (st != SRM_OK && out != -1.0) {
    print_error("%s:%d: output written on failure: %.17g\n", file, line, out);
    _fail(file, line);
  }
  return out;
}

static void test_leads_per_sale_at_confidence(void **state) {
  static const double l100[] = {100}, s10[] = {10}, l40[] = {40}, zero[] = {0},
                      one[] = {1}, ten[] = {10};
  static const double huge2[] = {1e308, 1e308};
  const double bad_values[] = {NaN, INF, -INF, -1};
  srm_error err = SRM_ERROR_INIT;
  double v, v90, bad[1];
  size_t i;
  (void)state;

  /* SPEC 8: about 14.883; checked against the independent quantile. */
  v90 = LPSC(l100, 1, s10, 1, 0.9, SRM_OK, 0);
  assert_close(v90, jeffreys_lps(100, 10, 0.9), 1e-9);
  assert_close(v90, 14.883, 1e-4);
  /* no sale yet: works with confidence, and is larger than 40 */
  v = LPSC(l40, 1, zero, 1, 0.9, SRM_OK, 0);
  assert_close(v, jeffreys_lps(40, 0, 0.9), 1e-9);
  assert_true(v > 40);
  /* confidence 0, 1, 1.5 and the other invalid ones */
  LPSC(l100, 1, s10, 1, 0, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  LPSC(l100, 1, s10, 1, 1, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  LPSC(l100, 1, s10, 1, 1.5, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  LPSC(l100, 1, s10, 1, NaN, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  LPSC(l100, 1, s10, 1, INF, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  LPSC(l100, 1, s10, 1, -INF, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  LPSC(l100, 1, s10, 1, 1e308, SRM_EINVAL, SRM_ARG_CONFIDENCE);
  /* extreme but valid confidences: 1e-308 gives the most optimistic
   * estimate, still >= 1; 1 - 2^-53 a large but finite one */
  v = LPSC(l100, 1, s10, 1, 1e-308, SRM_OK, 0);
  assert_true(v >= 1 && v < v90);
  v = LPSC(l100, 1, s10, 1, below1(), SRM_OK, 0);
  assert_true(isfinite(v) && v > v90);
  /* histories */
  LPSC(NULL, 0, s10, 1, 0.9, SRM_EINVAL, SRM_ARG_LEADS);
  LPSC(NULL, 1, s10, 1, 0.9, SRM_EINVAL, SRM_ARG_LEADS);
  LPSC(l100, 1, NULL, 1, 0.9, SRM_EINVAL, SRM_ARG_SALES);
  LPSC(zero, 1, zero, 1, 0.9, SRM_EINVAL, SRM_ARG_LEADS); /* n = 0 */
  LPSC(one, 1, ten, 1, 0.9, SRM_EINVAL, SRM_ARG_SALES);   /* s > n */
  for (i = 0; i < sizeof bad_values / sizeof bad_values[0]; i++) {
    bad[0] = bad_values[i];
    LPSC(bad, 1, s10, 1, 0.9, SRM_EINVAL, SRM_ARG_LEADS);
    LPSC(l100, 1, bad, 1, 0.9, SRM_EINVAL, SRM_ARG_SALES);
  }
  LPSC(huge2, 2, s10, 1, 0.9, SRM_ERANGE, SRM_ARG_LEADS);
  LPSC(l100, 1, NULL, 0, 0.9, SRM_OK, 0); /* no sales list: s = 0 */
  CHECK(srm_leads_per_sale_at_confidence(l100, 1, s10, 1, 0.9, NULL, &err), err,
        SRM_EINVAL, SRM_ARG_OUTPUT);
}

/* ------------------------------------------------------------------------
 * Incomplete beta
 * ---------------------------------------------------------------------- */

#define BETA(x, a, b, st, want)                                                \
  beta_case(0, x, a, b, st, want, __FILE__, __LINE__)
#define BETA_INV(p, a, b, st, want)                                            \
  beta_case(1, p, a, b, st, want, __FILE__, __LINE__)

static void beta_case(int inverse, double x, double a, double b, srm_status st,
                      double want, const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  double out = -1.0;
  srm_status got = inverse ? srm_beta_inc_inv(x, a, b, &out, &err)
                           : srm_beta_inc(x, a, b, &out, &err);
  /* There is no argument name for x, p, a, b: SRM_ARG_NONE. */
  check(got, &err, st, SRM_ARG_NONE, file, line);
  if (st != SRM_OK ? out != -1.0 : !(fabs(out - want) <= 1e-14)) {
    print_error("%s:%d: %s = %.17g, expected %.17g\n", file, line,
                inverse ? "x" : "I", out, st == SRM_OK ? want : -1.0);
    _fail(file, line);
  }
}

static void test_beta(void **state) {
  srm_error err = SRM_ERROR_INIT;
  double out;
  (void)state;
  BETA(0, 2, 3, SRM_OK, 0);
  BETA(1, 2, 3, SRM_OK, 1);
  BETA(0.25, 1, 1, SRM_OK, 0.25);   /* I_x(1, 1) = x */
  BETA(0.5, 3, 1, SRM_OK, 0.125);   /* I_x(a, 1) = x^a */
  BETA(0.5, 1, 3, SRM_OK, 0.875);   /* I_x(1, b) = 1 - (1 - x)^b */
  BETA(0.5, 1e6, 1e6, SRM_OK, 0.5); /* symmetric */
  BETA(0.5, 1e-308, 1, SRM_OK, 1);  /* 0.5^1e-308 = 1 */
  BETA(1e-308, 1, 1, SRM_OK, 1e-308);
  /* 4.9e-324^2 underflows: I = 0 (a valid x must not fail to converge) */
  BETA(4.9406564584124654e-324, 2, 3, SRM_OK, 0);
  BETA(-0.0, 2, 3, SRM_OK, 0);
  BETA(-1e-308, 2, 3, SRM_EINVAL, 0);
  BETA(nextafter(1.0, 2.0), 2, 3, SRM_EINVAL, 0);
  BETA(NaN, 2, 3, SRM_EINVAL, 0);
  BETA(INF, 2, 3, SRM_EINVAL, 0);
  BETA(-INF, 2, 3, SRM_EINVAL, 0);
  BETA(0.5, 0, 3, SRM_EINVAL, 0);
  BETA(0.5, -1, 3, SRM_EINVAL, 0);
  BETA(0.5, NaN, 3, SRM_EINVAL, 0);
  BETA(0.5, INF, 3, SRM_EINVAL, 0);
  BETA(0.5, 2, 0, SRM_EINVAL, 0);
  BETA(0.5, 2, -INF, SRM_EINVAL, 0);
  BETA(0.5, 2, NaN, SRM_EINVAL, 0);
  BETA_INV(0, 2, 3, SRM_OK, 0);
  BETA_INV(1, 2, 3, SRM_OK, 1);
  BETA_INV(0.5, 1, 1, SRM_OK, 0.5);
  BETA_INV(0.125, 3, 1, SRM_OK, 0.5); /* x^3 = 1/8 */
  BETA_INV(-1e-308, 2, 3, SRM_EINVAL, 0);
  BETA_INV(1.5, 2, 3, SRM_EINVAL, 0);
  BETA_INV(NaN, 2, 3, SRM_EINVAL, 0);
  BETA_INV(INF, 2, 3, SRM_EINVAL, 0);
  BETA_INV(0.5, 0, 3, SRM_EINVAL, 0);
  BETA_INV(0.5, 2, -1, SRM_EINVAL, 0);
  BETA_INV(0.5, INF, 3, SRM_EINVAL, 0);
  CHECK(srm_beta_inc(0.5, 2, 3, NULL, &err), err, SRM_EINVAL, SRM_ARG_OUTPUT);
  CHECK(srm_beta_inc_inv(0.5, 2, 3, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);
  (void)out;
}

/* ------------------------------------------------------------------------
 * Dates
 * ---------------------------------------------------------------------- */

/* Day numbers from Python's datetime:
 * date(y, m, d).toordinal() - date(1970, 1, 1).toordinal(). */
#define D_1583_01_01 (-141349)
#define D_9999_12_31 2932896
#define D_1899_12_30 (-25569)
#define D_1904_01_01 (-24107)
#define D_2000_02_29 11016
#define D_2024_02_29 19782
#define D_2027_01_01 20819
#define D_2027_01_02 20820 /* Saturday */
#define D_2027_01_03 20821 /* Sunday */
#define D_2027_01_04 20822 /* Monday */
#define D_2027_01_08 20826 /* Friday */
#define D_2027_01_31 20849
#define D_2027_03_31 20908
#define D_1700_01_01 (-98615)

#define YMD(y, m, d, st, want) ymd_case(y, m, d, st, want, __FILE__, __LINE__)

static void ymd_case(int y, int m, int d, srm_status st, srm_day want,
                     const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  srm_day out = SENT;
  check(srm_day_from_ymd(y, m, d, &out, &err), &err, st, SRM_ARG_DATE, file,
        line);
  if (out != (st == SRM_OK ? want : SENT)) {
    print_error("%s:%d: day %ld, expected %ld\n", file, line, (long)out,
                (long)(st == SRM_OK ? want : SENT));
    _fail(file, line);
  }
}

#define ISO(text, len, st, want)                                               \
  iso_case(text, len, st, want, __FILE__, __LINE__)

static void iso_case(const char *text, size_t len, srm_status st, srm_day want,
                     const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  srm_day out = SENT;
  check(srm_day_parse_iso(text, len, &out, &err), &err, st, SRM_ARG_DATE, file,
        line);
  if (out != (st == SRM_OK ? want : SENT)) {
    print_error("%s:%d: day %ld, expected %ld\n", file, line, (long)out,
                (long)(st == SRM_OK ? want : SENT));
    _fail(file, line);
  }
}

#define SERIAL(serial, null_date, st, arg, want)                               \
  serial_case(serial, null_date, st, arg, want, __FILE__, __LINE__)

static void serial_case(double serial, srm_day null_date, srm_status st,
                        srm_arg arg, srm_day want, const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  srm_day out = SENT;
  check(srm_day_from_serial(serial, null_date, &out, &err), &err, st, arg, file,
        line);
  if (out != (st == SRM_OK ? want : SENT)) {
    print_error("%s:%d: day %ld, expected %ld\n", file, line, (long)out,
                (long)(st == SRM_OK ? want : SENT));
    _fail(file, line);
  }
}

static void test_dates(void **state) {
  srm_error err = SRM_ERROR_INIT;
  srm_day day = SENT;
  int y = SENT, m = SENT, d = SENT;
  char buf[SRM_ISO_DATE_SIZE] = "untouched!";
  (void)state;

  /* srm_day_from_ymd */
  YMD(1970, 1, 1, SRM_OK, 0);
  YMD(1583, 1, 1, SRM_OK, D_1583_01_01);
  YMD(9999, 12, 31, SRM_OK, D_9999_12_31);
  YMD(2000, 2, 29, SRM_OK, D_2000_02_29);
  YMD(2024, 2, 29, SRM_OK, D_2024_02_29);
  YMD(1582, 12, 31, SRM_EINVAL, 0);
  YMD(10000, 1, 1, SRM_EINVAL, 0);
  YMD(0, 1, 1, SRM_EINVAL, 0);
  YMD(-1, 1, 1, SRM_EINVAL, 0);
  YMD(INT_MIN, 1, 1, SRM_EINVAL, 0);
  YMD(INT_MAX, 12, 31, SRM_EINVAL, 0);
  YMD(2027, 0, 1, SRM_EINVAL, 0);
  YMD(2027, 13, 1, SRM_EINVAL, 0);
  YMD(2027, -1, 1, SRM_EINVAL, 0);
  YMD(2027, INT_MAX, 1, SRM_EINVAL, 0);
  YMD(2027, 1, 0, SRM_EINVAL, 0);
  YMD(2027, 1, 32, SRM_EINVAL, 0);
  YMD(2027, 1, INT_MIN, SRM_EINVAL, 0);
  YMD(2027, 4, 31, SRM_EINVAL, 0);
  YMD(2023, 2, 29, SRM_EINVAL, 0);
  YMD(1900, 2, 29, SRM_EINVAL, 0); /* not a leap year */
  CHECK(srm_day_from_ymd(2027, 1, 1, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);

  /* srm_day_to_ymd */
  CHECK(srm_day_to_ymd(D_1583_01_01, &y, &m, &d, &err), err, SRM_OK, 0);
  assert_true(y == 1583 && m == 1 && d == 1);
  CHECK(srm_day_to_ymd(D_9999_12_31, &y, &m, &d, &err), err, SRM_OK, 0);
  assert_true(y == 9999 && m == 12 && d == 31);
  y = m = d = SENT;
  CHECK(srm_day_to_ymd(D_1583_01_01 - 1, &y, &m, &d, &err), err, SRM_EINVAL,
        SRM_ARG_DATE);
  CHECK(srm_day_to_ymd(D_9999_12_31 + 1, &y, &m, &d, &err), err, SRM_EINVAL,
        SRM_ARG_DATE);
  CHECK(srm_day_to_ymd(INT32_MIN, &y, &m, &d, &err), err, SRM_EINVAL,
        SRM_ARG_DATE);
  CHECK(srm_day_to_ymd(INT32_MAX, &y, &m, &d, &err), err, SRM_EINVAL,
        SRM_ARG_DATE);
  assert_true(y == SENT && m == SENT && d == SENT);
  CHECK(srm_day_to_ymd(0, NULL, &m, &d, &err), err, SRM_EINVAL, SRM_ARG_OUTPUT);
  CHECK(srm_day_to_ymd(0, &y, NULL, &d, &err), err, SRM_EINVAL, SRM_ARG_OUTPUT);
  CHECK(srm_day_to_ymd(0, &y, &m, NULL, &err), err, SRM_EINVAL, SRM_ARG_OUTPUT);
  assert_true(y == SENT && m == SENT && d == SENT);

  /* srm_weekday, defined for every day: (day + 3) mod 7, 1970-01-01 being a
   * Thursday (3).  INT32_MIN + 3 = -2147483645 = -7 * 306783378 + 1;
   * INT32_MAX + 3 = 2147483650 = 7 * 306783378 + 4. */
  n_cases += 4;
  assert_int_equal(srm_weekday(0), 3);
  assert_int_equal(srm_weekday(-1), 2);
  assert_int_equal(srm_weekday(INT32_MIN), 1);
  assert_int_equal(srm_weekday(INT32_MAX), 4);

  /* srm_is_leap_year, defined for every int */
  n_cases += 8;
  assert_int_equal(srm_is_leap_year(1600), 1);
  assert_int_equal(srm_is_leap_year(1700), 0);
  assert_int_equal(srm_is_leap_year(2000), 1);
  assert_int_equal(srm_is_leap_year(2023), 0);
  assert_int_equal(srm_is_leap_year(0), 1);       /* divisible by 400 */
  assert_int_equal(srm_is_leap_year(-100), 0);    /* by 100, not by 400 */
  assert_int_equal(srm_is_leap_year(INT_MIN), 1); /* -2^31: by 4, not 100 */
  assert_int_equal(srm_is_leap_year(INT_MAX), 0); /* odd */

  /* srm_day_parse_iso: exactly YYYY-MM-DD */
  ISO("2027-01-31", 10, SRM_OK, D_2027_01_31);
  ISO("2027-01-31xyz", 10, SRM_OK, D_2027_01_31); /* len, not the NUL */
  ISO("1583-01-01", 10, SRM_OK, D_1583_01_01);
  ISO("9999-12-31", 10, SRM_OK, D_9999_12_31);
  ISO("2024-02-29", 10, SRM_OK, D_2024_02_29);
  ISO("1582-12-31", 10, SRM_EINVAL, 0);
  ISO("0000-01-01", 10, SRM_EINVAL, 0);
  ISO("2027-02-29", 10, SRM_EINVAL, 0);
  ISO("2027-13-01", 10, SRM_EINVAL, 0);
  ISO("2027-00-01", 10, SRM_EINVAL, 0);
  ISO("2027-01-00", 10, SRM_EINVAL, 0);
  ISO("2027-01-32", 10, SRM_EINVAL, 0);
  ISO("2027-1-31", 9, SRM_EINVAL, 0);
  ISO("2027-01-31 ", 11, SRM_EINVAL, 0);
  ISO(" 2027-01-31", 11, SRM_EINVAL, 0);
  ISO("2027-01-31T00:00", 16, SRM_EINVAL, 0);
  ISO("10000-01-01", 11, SRM_EINVAL, 0);
  ISO("20270131", 8, SRM_EINVAL, 0);
  ISO("2027/01/31", 10, SRM_EINVAL, 0);
  ISO("+027-01-31", 10, SRM_EINVAL, 0);
  ISO("-027-01-31", 10, SRM_EINVAL, 0);
  ISO("2027-01-3a", 10, SRM_EINVAL, 0);
  ISO("2027-01-+1", 10, SRM_EINVAL, 0);
  ISO("2027-01\0"
      "31",
      10, SRM_EINVAL, 0);
  ISO("\xef\xbc\x92"
      "027-01-3",
      10, SRM_EINVAL, 0); /* a full-width 2 */
  ISO("", 0, SRM_EINVAL, 0);
  ISO(NULL, 10, SRM_EINVAL, 0);
  ISO(NULL, 0, SRM_EINVAL, 0);
  CHECK(srm_day_parse_iso("2027-01-31", 10, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);

  /* srm_day_format_iso */
  CHECK(srm_day_format_iso(D_1583_01_01, buf, &err), err, SRM_OK, 0);
  assert_string_equal(buf, "1583-01-01");
  CHECK(srm_day_format_iso(D_9999_12_31, buf, &err), err, SRM_OK, 0);
  assert_string_equal(buf, "9999-12-31");
  strcpy(buf, "untouched!");
  CHECK(srm_day_format_iso(D_1583_01_01 - 1, buf, &err), err, SRM_EINVAL,
        SRM_ARG_DATE);
  CHECK(srm_day_format_iso(D_9999_12_31 + 1, buf, &err), err, SRM_EINVAL,
        SRM_ARG_DATE);
  CHECK(srm_day_format_iso(INT32_MIN, buf, &err), err, SRM_EINVAL,
        SRM_ARG_DATE);
  CHECK(srm_day_format_iso(INT32_MAX, buf, &err), err, SRM_EINVAL,
        SRM_ARG_DATE);
  assert_string_equal(buf, "untouched!");
  CHECK(srm_day_format_iso(0, NULL, &err), err, SRM_EINVAL, SRM_ARG_OUTPUT);

  /* srm_day_from_serial: floor(serial) days after the null date */
  SERIAL(D_2027_01_31 - D_1899_12_30, D_1899_12_30, SRM_OK, 0, D_2027_01_31);
  SERIAL(46418.75, D_1899_12_30, SRM_OK, 0, D_1899_12_30 + 46418); /* time */
  SERIAL(0, D_1904_01_01, SRM_OK, 0, D_1904_01_01);
  SERIAL(1e-308, D_1899_12_30, SRM_OK, 0, D_1899_12_30);
  SERIAL(-1e-308, D_1899_12_30, SRM_OK, 0, D_1899_12_30 - 1); /* floor */
  /* the range's ends: serials -115780 (1583-01-01) and 2958465 */
  SERIAL(-115779.5, D_1899_12_30, SRM_OK, 0, D_1583_01_01);
  SERIAL(-115780.5, D_1899_12_30, SRM_EINVAL, SRM_ARG_DATE, 0);
  SERIAL(2958465.999, D_1899_12_30, SRM_OK, 0, D_9999_12_31);
  SERIAL(2958466, D_1899_12_30, SRM_EINVAL, SRM_ARG_DATE, 0);
  SERIAL(NaN, D_1899_12_30, SRM_EINVAL, SRM_ARG_DATE, 0);
  SERIAL(INF, D_1899_12_30, SRM_EINVAL, SRM_ARG_DATE, 0);
  SERIAL(-INF, D_1899_12_30, SRM_EINVAL, SRM_ARG_DATE, 0);
  SERIAL(1e308, D_1899_12_30, SRM_EINVAL, SRM_ARG_DATE, 0);
  SERIAL(-1e308, D_1899_12_30, SRM_EINVAL, SRM_ARG_DATE, 0);
  SERIAL(4294967296.0, D_1899_12_30, SRM_EINVAL, SRM_ARG_DATE, 0); /* 2^32 */
  /* the null date must itself be a supported date */
  SERIAL(0, D_1583_01_01 - 1, SRM_EINVAL, SRM_ARG_NULL_DATE, 0);
  SERIAL(0, INT32_MIN, SRM_EINVAL, SRM_ARG_NULL_DATE, 0);
  SERIAL(0, INT32_MAX, SRM_EINVAL, SRM_ARG_NULL_DATE, 0);
  CHECK(srm_day_from_serial(0, D_1899_12_30, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);

  /* srm_day_to_serial: a plain difference, no int overflow */
  n_cases += 2;
  assert_close(srm_day_to_serial(0, D_1899_12_30), 25569, 0);
  assert_close(srm_day_to_serial(INT32_MAX, INT32_MIN), 4294967295.0, 0);
  (void)day;
}

/* ------------------------------------------------------------------------
 * Weekends and calendars
 * ---------------------------------------------------------------------- */

#define CODE(code, st, want) code_case(code, st, want, __FILE__, __LINE__)

static void code_case(double code, srm_status st, unsigned want,
                      const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  unsigned out = 0xDEAD;
  check(srm_weekend_from_code(code, &out, &err), &err, st, SRM_ARG_WEEKEND,
        file, line);
  if (out != (st == SRM_OK ? want : 0xDEAD)) {
    print_error("%s:%d: mask %#x, expected %#x\n", file, line, out,
                st == SRM_OK ? want : 0xDEAD);
    _fail(file, line);
  }
}

#define WSTR(text, len, st, want)                                              \
  wstr_case(text, len, st, want, __FILE__, __LINE__)

static void wstr_case(const char *text, size_t len, srm_status st,
                      unsigned want, const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  unsigned out = 0xDEAD;
  check(srm_weekend_from_string(text, len, &out, &err), &err, st,
        SRM_ARG_WEEKEND, file, line);
  if (out != (st == SRM_OK ? want : 0xDEAD)) {
    print_error("%s:%d: mask %#x, expected %#x\n", file, line, out,
                st == SRM_OK ? want : 0xDEAD);
    _fail(file, line);
  }
}

static void test_weekends(void **state) {
  /* NETWORKDAYS.INTL: 1 Sat+Sun, 2 Sun+Mon, 3 Mon+Tue, 4 Tue+Wed, 5 Wed+Thu,
   * 6 Thu+Fri, 7 Fri+Sat, 11 Sun ... 17 Sat; bit 0 = Monday. */
  static const unsigned pairs[] = {0x60, 0x41, 0x03, 0x06, 0x0C, 0x18, 0x30};
  static const unsigned singles[] = {0x40, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20};
  const double bad_codes[] = {0,   8,   9,    10,    18,     -1,     1.5,
                              NaN, INF, -INF, 1e308, 1e-308, -1e308, 111};
  srm_error err = SRM_ERROR_INIT;
  int i;
  (void)state;

  for (i = 0; i < 7; i++) {
    CODE(1 + i, SRM_OK, pairs[i]);
    CODE(11 + i, SRM_OK, singles[i]);
  }
  for (i = 0; i < (int)(sizeof bad_codes / sizeof bad_codes[0]); i++)
    CODE(bad_codes[i], SRM_EINVAL, 0);
  CODE(below1(), SRM_EINVAL, 0);
  CODE(nextafter(1.0, 2.0), SRM_EINVAL, 0);
  CHECK(srm_weekend_from_code(1, NULL, &err), err, SRM_EINVAL, SRM_ARG_OUTPUT);

  WSTR("0000011", 7, SRM_OK, 0x60);
  WSTR("0000000", 7, SRM_OK, 0x00); /* no weekend at all */
  WSTR("1000000", 7, SRM_OK, 0x01);
  WSTR("0111111", 7, SRM_OK, 0x7E);  /* only Monday works */
  WSTR("1111111", 7, SRM_EINVAL, 0); /* SPEC 6: no working day */
  WSTR("000011", 6, SRM_EINVAL, 0);
  WSTR("00000110", 8, SRM_EINVAL, 0);
  WSTR("", 0, SRM_EINVAL, 0);
  WSTR("000001a", 7, SRM_EINVAL, 0);
  WSTR("0000012", 7, SRM_EINVAL, 0);
  WSTR("000001 ", 7, SRM_EINVAL, 0);
  WSTR("0000 11", 7, SRM_EINVAL, 0);
  WSTR("O000011", 7, SRM_EINVAL, 0); /* letter O */
  WSTR("000001\0", 7, SRM_EINVAL, 0);
  WSTR("SatSun!", 7, SRM_EINVAL, 0);
  WSTR(NULL, 7, SRM_EINVAL, 0);
  WSTR(NULL, 0, SRM_EINVAL, 0);
  CHECK(srm_weekend_from_string("0000011", 7, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);
}

#define N_HOLIDAYS 100000

/* Working days in [a, b] by walking the days: the second method. */
static int64_t walk(unsigned weekend, const srm_day *hol, size_t n, int64_t a,
                    int64_t b) {
  int64_t d, w = 0;
  size_t i;
  for (d = a; d <= b; d++) {
    int off = (int)(weekend >> ((d % 7 + 7 + 3) % 7) & 1);
    for (i = 0; !off && i < n; i++)
      off = hol[i] == d;
    w += !off;
  }
  return w;
}

static void test_calendars(void **state) {
  srm_error err = SRM_ERROR_INIT;
  srm_calendar cal, before, bad;
  srm_day *hol, few[3] = {D_2027_01_04, INT32_MIN, INT32_MAX};
  int64_t w = SENT;
  size_t i;
  (void)state;

  /* srm_calendar_init */
  memset(&cal, 0x5A, sizeof cal);
  before = cal;
  CHECK(srm_calendar_init(NULL, SRM_WEEKEND_SAT_SUN, NULL, 0, &err), err,
        SRM_EINVAL, SRM_ARG_OUTPUT);
  CHECK(srm_calendar_init(&cal, SRM_WEEKEND_ALL, NULL, 0, &err), err,
        SRM_EINVAL, SRM_ARG_WEEKEND);
  CHECK(srm_calendar_init(&cal, 0x80, NULL, 0, &err), err, SRM_EINVAL,
        SRM_ARG_WEEKEND); /* a bit beyond Sunday */
  CHECK(srm_calendar_init(&cal, 0xFF, NULL, 0, &err), err, SRM_EINVAL,
        SRM_ARG_WEEKEND);
  CHECK(srm_calendar_init(&cal, UINT_MAX, NULL, 0, &err), err, SRM_EINVAL,
        SRM_ARG_WEEKEND);
  CHECK(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, NULL, 5, &err), err,
        SRM_EINVAL, SRM_ARG_HOLIDAYS);
  assert_memory_equal(&cal, &before, sizeof cal); /* untouched */
  CHECK(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, NULL, 0, &err), err,
        SRM_OK, 0);
  assert_int_equal(cal.n_holidays, 0);
  CHECK(srm_calendar_init(&cal, 0, NULL, 0, &err), err, SRM_OK, 0);
  /* Holidays far outside the supported range are simply never counted. */
  CHECK(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, few, 3, &err), err, SRM_OK,
        0);
  CHECK(srm_workdays(&cal, D_2027_01_04, D_2027_01_08, &w, &err), err, SRM_OK,
        0);
  assert_int_equal(w, 4); /* Mon-Fri, Monday a holiday */

  /* 100,000 holidays: every day from 1700-01-01 to 1973-10-16.  With a
   * Sat+Sun weekend the calendar keeps the weekdays among them, and the
   * range has no working day left. */
  hol = malloc(N_HOLIDAYS * sizeof *hol);
  assert_non_null(hol);
  for (i = 0; i < N_HOLIDAYS; i++) /* in reverse: init must sort */
    hol[i] = D_1700_01_01 + (srm_day)(N_HOLIDAYS - 1 - i);
  CHECK(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, hol, N_HOLIDAYS, &err),
        err, SRM_OK, 0);
  /* 100000 = 14285 weeks + 5 days from a Friday (Fri, Sat, Sun, Mon, Tue):
   * 14285 * 5 + 3 weekdays. */
  assert_int_equal(cal.n_holidays, 14285 * 5 + 3);
  for (i = 1; i < cal.n_holidays; i++)
    assert_true(cal.holidays[i - 1] < cal.holidays[i]);
  CHECK(
      srm_workdays(&cal, D_1700_01_01, D_1700_01_01 + N_HOLIDAYS - 1, &w, &err),
      err, SRM_OK, 0);
  assert_int_equal(w, 0);
  /* The plan over those days has no working day: SRM_EINVAL (start). */
  {
    srm_period_target t;
    int64_t pace = SENT;
    CHECK(srm_period_target_at(100, D_1700_01_01 + 10, D_1700_01_01 + 5000,
                               SRM_PERIOD_MONTH, 1, &cal, &t, &err),
          err, SRM_EINVAL, SRM_ARG_START);
    CHECK(srm_pace(100, 0, D_1700_01_01 + 10, D_1700_01_01 + 5000, &cal, &pace,
                   &err),
          err, SRM_EUNREACHABLE, ANY_ARG);
    assert_int_equal(pace, SENT);
  }
  /* 100,000 copies of one Monday: one holiday. */
  for (i = 0; i < N_HOLIDAYS; i++)
    hol[i] = D_2027_01_04;
  CHECK(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, hol, N_HOLIDAYS, &err),
        err, SRM_OK, 0);
  assert_int_equal(cal.n_holidays, 1);
  /* 100,000 days that all fall on the weekend: none kept. */
  for (i = 0; i < N_HOLIDAYS; i++)
    hol[i] = D_2027_01_02 + 7 * (srm_day)(i % 2000) + (srm_day)(i % 2);
  CHECK(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, hol, N_HOLIDAYS, &err),
        err, SRM_OK, 0);
  assert_int_equal(cal.n_holidays, 0);
  free(hol);

  /* srm_workdays */
  w = SENT;
  CHECK(srm_workdays(NULL, D_2027_01_08, D_2027_01_04, &w, &err), err,
        SRM_EINVAL, SRM_ARG_START); /* start > end */
  CHECK(srm_workdays(NULL, D_1583_01_01 - 1, D_2027_01_04, &w, &err), err,
        SRM_EINVAL, SRM_ARG_START);
  CHECK(srm_workdays(NULL, INT32_MIN, D_2027_01_04, &w, &err), err, SRM_EINVAL,
        SRM_ARG_START);
  CHECK(srm_workdays(NULL, D_2027_01_04, D_9999_12_31 + 1, &w, &err), err,
        SRM_EINVAL, SRM_ARG_END);
  CHECK(srm_workdays(NULL, D_2027_01_04, INT32_MAX, &w, &err), err, SRM_EINVAL,
        SRM_ARG_END);
  /* a calendar not made by srm_calendar_init() */
  bad = (srm_calendar)SRM_CALENDAR_INIT;
  bad.weekend = SRM_WEEKEND_ALL;
  CHECK(srm_workdays(&bad, D_2027_01_04, D_2027_01_08, &w, &err), err,
        SRM_EINVAL, SRM_ARG_WEEKEND);
  bad.weekend = 0x100;
  CHECK(srm_workdays(&bad, D_2027_01_04, D_2027_01_08, &w, &err), err,
        SRM_EINVAL, SRM_ARG_WEEKEND);
  bad.weekend = SRM_WEEKEND_SAT_SUN;
  bad.n_holidays = 5;
  CHECK(srm_workdays(&bad, D_2027_01_04, D_2027_01_08, &w, &err), err,
        SRM_EINVAL, SRM_ARG_HOLIDAYS);
  assert_int_equal(w, SENT);
  CHECK(srm_workdays(NULL, D_2027_01_04, D_2027_01_08, NULL, &err), err,
        SRM_EINVAL, SRM_ARG_OUTPUT);
  /* values */
  CHECK(srm_workdays(NULL, D_2027_01_02, D_2027_01_03, &w, &err), err, SRM_OK,
        0);
  assert_int_equal(w, 0); /* a weekend */
  CHECK(srm_workdays(NULL, D_2027_01_01, D_2027_03_31, &w, &err), err, SRM_OK,
        0);
  assert_int_equal(
      w, walk(SRM_WEEKEND_SAT_SUN, NULL, 0, D_2027_01_01, D_2027_03_31));
  /* the whole supported range, against walking all 3,074,246 days */
  CHECK(srm_workdays(NULL, D_1583_01_01, D_9999_12_31, &w, &err), err, SRM_OK,
        0);
  assert_int_equal(
      w, walk(SRM_WEEKEND_SAT_SUN, NULL, 0, D_1583_01_01, D_9999_12_31));
}

/* ------------------------------------------------------------------------
 * Periods, targets, pace
 * ---------------------------------------------------------------------- */

#define PARSE(text, len, st, want)                                             \
  parse_case(text, len, st, want, __FILE__, __LINE__)

static void parse_case(const char *text, size_t len, srm_status st,
                       srm_period want, const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  srm_period out = (srm_period)99;
  check(srm_period_parse(text, len, &out, &err), &err, st, SRM_ARG_PERIOD, file,
        line);
  if (out != (st == SRM_OK ? want : (srm_period)99)) {
    print_error("%s:%d: period %d, expected %d\n", file, line, (int)out,
                st == SRM_OK ? (int)want : 99);
    _fail(file, line);
  }
}

static void test_period_names(void **state) {
  srm_error err = SRM_ERROR_INIT;
  (void)state;
  PARSE("day", 3, SRM_OK, SRM_PERIOD_DAY);
  PARSE("Week", 4, SRM_OK, SRM_PERIOD_WEEK);
  PARSE("MONTH", 5, SRM_OK, SRM_PERIOD_MONTH);
  PARSE("quarter", 7, SRM_OK, SRM_PERIOD_QUARTER);
  PARSE("yEaR", 4, SRM_OK, SRM_PERIOD_YEAR);
  PARSE("dag", 3, SRM_OK, SRM_PERIOD_DAY);
  PARSE("Maand", 5, SRM_OK, SRM_PERIOD_MONTH);
  PARSE("KWARTAAL", 8, SRM_OK, SRM_PERIOD_QUARTER);
  PARSE("jaar", 4, SRM_OK, SRM_PERIOD_YEAR);
  PARSE("month and more", 5, SRM_OK, SRM_PERIOD_MONTH); /* len counts */
  PARSE("", 0, SRM_EINVAL, 0);
  PARSE("months", 6, SRM_EINVAL, 0);
  PARSE("mont", 4, SRM_EINVAL, 0);
  PARSE(" month", 6, SRM_EINVAL, 0);
  PARSE("month ", 6, SRM_EINVAL, 0);
  PARSE("month\0", 6, SRM_EINVAL, 0);
  PARSE("mo nth", 6, SRM_EINVAL, 0);
  PARSE("quarterly", 9, SRM_EINVAL, 0);
  PARSE("kwartal", 7, SRM_EINVAL, 0);
  PARSE("dagen", 5, SRM_EINVAL, 0);
  PARSE("m\xc3\xa5nad", 6, SRM_EINVAL, 0);
  PARSE("1", 1, SRM_EINVAL, 0);
  PARSE(NULL, 5, SRM_EINVAL, 0);
  PARSE(NULL, 0, SRM_EINVAL, 0);
  CHECK(srm_period_parse("month", 5, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);
  n_cases += 4;
  assert_string_equal(srm_period_name(SRM_PERIOD_QUARTER), "quarter");
  assert_null(srm_period_name((srm_period)-1));
  assert_null(srm_period_name((srm_period)5));
  assert_null(srm_period_name((srm_period)INT_MAX));
}

static void test_period_count(void **state) {
  srm_error err = SRM_ERROR_INIT;
  int64_t n = SENT;
  /* Weeks of the whole range: from the Monday on or before 1583-01-01
   * (a Saturday: weekday (-141349 + 3) mod 7 = 5, Monday = -141354) to the
   * one before 9999-12-31 (a Friday: (2932896 + 3) mod 7 = 4, Monday =
   * 2932892); (2932892 - -141354) / 7 + 1 = 439179. */
  const int64_t weeks = (2932892 - -141354) / 7 + 1; /* 439179 */
  (void)state;
  CHECK(
      srm_period_count(D_2027_01_01, D_2027_03_31, SRM_PERIOD_MONTH, &n, &err),
      err, SRM_OK, 0);
  assert_int_equal(n, 3);
  CHECK(srm_period_count(D_1583_01_01, D_9999_12_31, SRM_PERIOD_DAY, &n, &err),
        err, SRM_OK, 0);
  assert_int_equal(n, D_9999_12_31 - D_1583_01_01 + 1); /* 3074246 */
  CHECK(srm_period_count(D_1583_01_01, D_9999_12_31, SRM_PERIOD_WEEK, &n, &err),
        err, SRM_OK, 0);
  assert_int_equal(n, weeks);
  CHECK(
      srm_period_count(D_1583_01_01, D_9999_12_31, SRM_PERIOD_MONTH, &n, &err),
      err, SRM_OK, 0);
  assert_int_equal(n, 8417 * 12);
  CHECK(srm_period_count(D_1583_01_01, D_9999_12_31, SRM_PERIOD_QUARTER, &n,
                         &err),
        err, SRM_OK, 0);
  assert_int_equal(n, 8417 * 4);
  CHECK(srm_period_count(D_1583_01_01, D_9999_12_31, SRM_PERIOD_YEAR, &n, &err),
        err, SRM_OK, 0);
  assert_int_equal(n, 8417);
  n = SENT;
  CHECK(
      srm_period_count(D_2027_03_31, D_2027_01_01, SRM_PERIOD_MONTH, &n, &err),
      err, SRM_EINVAL, SRM_ARG_START);
  CHECK(srm_period_count(D_1583_01_01 - 1, D_2027_01_01, SRM_PERIOD_MONTH, &n,
                         &err),
        err, SRM_EINVAL, SRM_ARG_START);
  CHECK(srm_period_count(D_2027_01_01, D_9999_12_31 + 1, SRM_PERIOD_MONTH, &n,
                         &err),
        err, SRM_EINVAL, SRM_ARG_END);
  CHECK(srm_period_count(D_2027_01_01, D_2027_03_31, (srm_period)-1, &n, &err),
        err, SRM_EINVAL, SRM_ARG_PERIOD);
  CHECK(srm_period_count(D_2027_01_01, D_2027_03_31, (srm_period)5, &n, &err),
        err, SRM_EINVAL, SRM_ARG_PERIOD);
  CHECK(srm_period_count(D_2027_01_01, D_2027_03_31, (srm_period)INT_MAX, &n,
                         &err),
        err, SRM_EINVAL, SRM_ARG_PERIOD);
  assert_int_equal(n, SENT);
  CHECK(srm_period_count(D_2027_01_01, D_2027_03_31, SRM_PERIOD_MONTH, NULL,
                         &err),
        err, SRM_EINVAL, SRM_ARG_OUTPUT);
}

#define TARGET(total, start, end, period, index, cal, st, arg, want_target)    \
  target_case(total, start, end, period, index, cal, st, arg, want_target,     \
              __FILE__, __LINE__)

static void target_case(double total, srm_day start, srm_day end,
                        srm_period period, int64_t index,
                        const srm_calendar *cal, srm_status st, srm_arg arg,
                        int64_t want, const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  srm_period_target t, before;
  memset(&t, 0x5A, sizeof t);
  before = t;
  check(srm_period_target_at(total, start, end, period, index, cal, &t, &err),
        &err, st, arg, file, line);
  if (st != SRM_OK ? memcmp(&t, &before, sizeof t) != 0 : t.target != want) {
    print_error("%s:%d: target %lld, expected %s%lld\n", file, line,
                (long long)t.target, st != SRM_OK ? "untouched " : "",
                (long long)want);
    _fail(file, line);
  }
}

static void test_period_targets(void **state) {
  srm_error err = SRM_ERROR_INIT;
  srm_calendar bad = SRM_CALENDAR_INIT;
  srm_period_target out[4], before[4], *all;
  size_t n = 99, i;
  int64_t sum = 0;
  const srm_day s = D_2027_01_01, e = D_2027_03_31;
  const srm_period M = SRM_PERIOD_MONTH;
  (void)state;

  /* SPEC 6: 100 leads over Jan-Mar 2027 by month: 33, 32, 35 */
  TARGET(100, s, e, M, 1, NULL, SRM_OK, 0, 33);
  TARGET(100, s, e, M, 2, NULL, SRM_OK, 0, 32);
  TARGET(100, s, e, M, 3, NULL, SRM_OK, 0, 35);
  /* total */
  TARGET(0, s, e, M, 2, NULL, SRM_OK, 0, 0);
  TARGET(-1, s, e, M, 1, NULL, SRM_EINVAL, SRM_ARG_TOTAL, 0);
  TARGET(-1e308, s, e, M, 1, NULL, SRM_EINVAL, SRM_ARG_TOTAL, 0);
  TARGET(NaN, s, e, M, 1, NULL, SRM_EINVAL, SRM_ARG_TOTAL, 0);
  TARGET(INF, s, e, M, 1, NULL, SRM_EINVAL, SRM_ARG_TOTAL, 0);
  TARGET(-INF, s, e, M, 1, NULL, SRM_EINVAL, SRM_ARG_TOTAL, 0);
  TARGET(1e308, s, e, M, 1, NULL, SRM_ERANGE, ANY_ARG, 0);
  TARGET(MAXC + 2, s, e, M, 3, NULL, SRM_ERANGE, ANY_ARG, 0);
  /* 1e-308 leads: approx_ceil gives 1, all in the first period that has
   * a working day (C_1 = ceil(tiny) = 1), then 0. */
  TARGET(1e-308, s, e, M, 1, NULL, SRM_OK, 0, 1);
  TARGET(1e-308, s, e, M, 3, NULL, SRM_OK, 0, 0);
  /* index: 1..3 */
  TARGET(100, s, e, M, 0, NULL, SRM_EINVAL, SRM_ARG_INDEX, 0);
  TARGET(100, s, e, M, -1, NULL, SRM_EINVAL, SRM_ARG_INDEX, 0);
  TARGET(100, s, e, M, 4, NULL, SRM_EINVAL, SRM_ARG_INDEX, 0);
  TARGET(100, s, e, M, INT64_MAX, NULL, SRM_EINVAL, SRM_ARG_INDEX, 0);
  TARGET(100, s, e, M, INT64_MIN, NULL, SRM_EINVAL, SRM_ARG_INDEX, 0);
  /* dates and period */
  TARGET(100, e, s, M, 1, NULL, SRM_EINVAL, SRM_ARG_START, 0);
  TARGET(100, D_1583_01_01 - 1, e, M, 1, NULL, SRM_EINVAL, SRM_ARG_START, 0);
  TARGET(100, s, D_9999_12_31 + 1, M, 1, NULL, SRM_EINVAL, SRM_ARG_END, 0);
  TARGET(100, s, e, (srm_period)7, 1, NULL, SRM_EINVAL, SRM_ARG_PERIOD, 0);
  /* a plan without working day (a weekend): SRM_EINVAL, start */
  TARGET(100, D_2027_01_02, D_2027_01_03, SRM_PERIOD_DAY, 1, NULL, SRM_EINVAL,
         SRM_ARG_START, 0);
  /* a bad calendar */
  bad.weekend = SRM_WEEKEND_ALL;
  TARGET(100, s, e, M, 1, &bad, SRM_EINVAL, SRM_ARG_WEEKEND, 0);
  CHECK(srm_period_target_at(100, s, e, M, 1, NULL, NULL, &err), err,
        SRM_EINVAL, SRM_ARG_OUTPUT);

  /* srm_period_targets */
  memset(out, 0x5A, sizeof out);
  memcpy(before, out, sizeof out);
  CHECK(srm_period_targets(100, s, e, M, NULL, out, 2, &n, &err), err,
        SRM_ESIZE, SRM_ARG_OUTPUT);
  assert_int_equal(n, 3); /* the size needed, nothing written */
  assert_memory_equal(out, before, sizeof out);
  n = 99;
  CHECK(srm_period_targets(100, s, e, M, NULL, NULL, 0, &n, &err), err,
        SRM_ESIZE, SRM_ARG_OUTPUT); /* asking for the size */
  assert_int_equal(n, 3);
  n = 99;
  CHECK(srm_period_targets(100, s, e, M, NULL, NULL, 3, &n, &err), err,
        SRM_EINVAL, SRM_ARG_OUTPUT);
  CHECK(srm_period_targets(NaN, s, e, M, NULL, out, 4, &n, &err), err,
        SRM_EINVAL, SRM_ARG_TOTAL);
  CHECK(srm_period_targets(100, e, s, M, NULL, out, 4, &n, &err), err,
        SRM_EINVAL, SRM_ARG_START);
  CHECK(srm_period_targets(100, s, e, (srm_period)-3, NULL, out, 4, &n, &err),
        err, SRM_EINVAL, SRM_ARG_PERIOD);
  CHECK(srm_period_targets(1e308, s, e, M, NULL, out, 4, &n, &err), err,
        SRM_ERANGE, ANY_ARG);
  assert_int_equal(n, 99);
  assert_memory_equal(out, before, sizeof out);
  CHECK(srm_period_targets(100, s, e, M, NULL, out, 4, NULL, &err), err,
        SRM_EINVAL, SRM_ARG_OUTPUT);
  CHECK(srm_period_targets(100, s, e, M, NULL, out, 4, &n, &err), err, SRM_OK,
        0);
  assert_int_equal(n, 3);
  assert_true(out[0].target == 33 && out[1].target == 32 &&
              out[2].target == 35);
  assert_memory_equal(&out[3], &before[3], sizeof out[3]);

  /* The largest plan by week: 439,179 weeks, 2^53 leads; the targets add
   * up to exactly 2^53 and none is negative. */
  all = malloc(439179 * sizeof *all);
  assert_non_null(all);
  CHECK(srm_period_targets(MAXC, D_1583_01_01, D_9999_12_31, SRM_PERIOD_WEEK,
                           NULL, all, 439179, &n, &err),
        err, SRM_OK, 0);
  assert_int_equal(n, 439179);
  for (i = 0; i < n; i++) {
    assert_true(all[i].target >= 0);
    sum += all[i].target;
  }
  assert_true(sum == (int64_t)9007199254740992);
  assert_true(all[n - 1].cumulative == (int64_t)9007199254740992);
  free(all);
}

#define PACE(total, done, today, end, cal, st, arg, want)                      \
  pace_case(total, done, today, end, cal, st, arg, want, __FILE__, __LINE__)

static void pace_case(double total, double done, srm_day today, srm_day end,
                      const srm_calendar *cal, srm_status st, srm_arg arg,
                      int64_t want, const char *file, int line) {
  srm_error err = SRM_ERROR_INIT;
  int64_t out = SENT;
  check(srm_pace(total, done, today, end, cal, &out, &err), &err, st, arg, file,
        line);
  if (out != (st == SRM_OK ? want : SENT)) {
    print_error("%s:%d: pace %lld, expected %lld\n", file, line, (long long)out,
                (long long)(st == SRM_OK ? want : SENT));
    _fail(file, line);
  }
}

static void test_pace(void **state) {
  srm_error err = SRM_ERROR_INIT;
  srm_calendar bad = SRM_CALENDAR_INIT;
  const srm_day mon = D_2027_01_04, fri = D_2027_01_08;
  int64_t out = SENT;
  (void)state;
  PACE(100, 40, mon, fri, NULL, SRM_OK, 0, 12);   /* 60 over 5 days */
  PACE(100, 40, fri, fri, NULL, SRM_OK, 0, 60);   /* today counts */
  PACE(100, 100, mon, fri, NULL, SRM_OK, 0, 0);   /* done */
  PACE(100, 1e308, mon, fri, NULL, SRM_OK, 0, 0); /* more than done */
  PACE(0, 0, mon, fri, NULL, SRM_OK, 0, 0);
  PACE(1e308, 1e308, mon, fri, NULL, SRM_OK, 0, 0);
  PACE(1e308, 0, mon, fri, NULL, SRM_ERANGE, ANY_ARG, 0);
  PACE(1e-308, 0, mon, fri, NULL, SRM_OK, 0, 1);
  /* 4.9e-324 over 5 days underflows to 0, but work remains: 1 */
  PACE(4.9406564584124654e-324, 0, mon, fri, NULL, SRM_OK, 0, 1);
  /* total and done */
  PACE(-1, 0, mon, fri, NULL, SRM_EINVAL, SRM_ARG_TOTAL, 0);
  PACE(NaN, 0, mon, fri, NULL, SRM_EINVAL, SRM_ARG_TOTAL, 0);
  PACE(INF, 0, mon, fri, NULL, SRM_EINVAL, SRM_ARG_TOTAL, 0);
  PACE(-INF, 0, mon, fri, NULL, SRM_EINVAL, SRM_ARG_TOTAL, 0);
  PACE(100, -1, mon, fri, NULL, SRM_EINVAL, SRM_ARG_DONE, 0);
  PACE(100, NaN, mon, fri, NULL, SRM_EINVAL, SRM_ARG_DONE, 0);
  PACE(100, INF, mon, fri, NULL, SRM_EINVAL, SRM_ARG_DONE, 0);
  PACE(100, -INF, mon, fri, NULL, SRM_EINVAL, SRM_ARG_DONE, 0);
  /* dates */
  PACE(100, 40, D_1583_01_01 - 1, fri, NULL, SRM_EINVAL, SRM_ARG_TODAY, 0);
  PACE(100, 40, INT32_MIN, fri, NULL, SRM_EINVAL, SRM_ARG_TODAY, 0);
  PACE(100, 40, mon, D_9999_12_31 + 1, NULL, SRM_EINVAL, SRM_ARG_END, 0);
  PACE(100, 40, mon, INT32_MAX, NULL, SRM_EINVAL, SRM_ARG_END, 0);
  /* no working day left: today after end, or only the weekend left */
  PACE(100, 40, fri + 1, fri, NULL, SRM_EUNREACHABLE, ANY_ARG, 0);
  PACE(100, 40, D_9999_12_31, D_1583_01_01, NULL, SRM_EUNREACHABLE, ANY_ARG, 0);
  PACE(100, 40, D_2027_01_02, D_2027_01_03, NULL, SRM_EUNREACHABLE, ANY_ARG, 0);
  bad.weekend = SRM_WEEKEND_ALL;
  PACE(100, 40, mon, fri, &bad, SRM_EINVAL, SRM_ARG_WEEKEND, 0);
  CHECK(srm_pace(100, 40, mon, fri, NULL, NULL, &err), err, SRM_EINVAL,
        SRM_ARG_OUTPUT);
  (void)out;
}

/* ------------------------------------------------------------------------
 * Rounding, names, version
 * ---------------------------------------------------------------------- */

static void test_round_and_names(void **state) {
  int i;
  (void)state;
  n_cases += 10;
  assert_true(isnan(srm_approx_ceil(NaN)));
  assert_true(srm_approx_ceil(INF) == INF);
  assert_true(srm_approx_ceil(-INF) == -INF);
  assert_true(srm_approx_ceil(1e308) == 1e308);
  assert_true(srm_approx_ceil(1e-308) == 1);
  assert_true(srm_approx_ceil(-1e-308) == 0);
  assert_true(srm_approx_ceil(100 * 1.1) == 110); /* SPEC 2 */
  assert_true(srm_approx_ceil(below1()) == 1);
  assert_true(srm_approx_ceil(MAXC) == MAXC);
  assert_true(srm_approx_ceil(-0.0) == 0);

  /* Every status and argument has a name; unknown values too. */
  for (i = -1; i <= SRM_ENUMERIC + 1; i++) {
    const char *s = srm_status_string((srm_status)i);
    n_cases++;
    assert_non_null(s);
    assert_true(s[0] != '\0');
  }
  for (i = -1; i <= SRM_ARG_OUTPUT + 1; i++) {
    const char *s = srm_arg_name((srm_arg)i);
    n_cases++;
    assert_non_null(s);
    assert_true(s[0] != '\0');
  }
  n_cases += 2;
  assert_int_equal(srm_version_number(), SRM_VERSION_NUMBER);
  assert_string_equal(srm_version(), SRM_VERSION);
}

static void test_case_count(void **state) {
  (void)state;
  print_message("bad-input matrix: %d cases\n", n_cases);
  assert_int_equal(n_cases, SRM_BAD_INPUT_CASES);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sales_needed),
      cmocka_unit_test(test_leads_needed),
      cmocka_unit_test(test_leads_at_confidence),
      cmocka_unit_test(test_funnel_needed),
      cmocka_unit_test(test_leads_per_sale),
      cmocka_unit_test(test_leads_per_sale_at_confidence),
      cmocka_unit_test(test_beta),
      cmocka_unit_test(test_dates),
      cmocka_unit_test(test_weekends),
      cmocka_unit_test(test_calendars),
      cmocka_unit_test(test_period_names),
      cmocka_unit_test(test_period_count),
      cmocka_unit_test(test_period_targets),
      cmocka_unit_test(test_pace),
      cmocka_unit_test(test_round_and_names),
      cmocka_unit_test(test_case_count),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
