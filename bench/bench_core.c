/*
 * bench_core.c - what each function of the C core costs, against a baseline
 * measured in the same process.
 *
 * Every figure is the median over several repetitions; in each repetition
 * the function and its baseline run back to back (in alternating order), so
 * that a slow moment of a shared machine slows both.  The ratio printed is
 * the median of the per-repetition ratios.
 *
 * The bare baseline is ceil(ceil(goal / deal) * k) on the same inputs, in
 * the same loop, accumulated into the same sink: what the method costs with
 * no validation, no error reporting and no approximate ceiling.
 *
 * Output: one tab-separated row per figure (see print_row()), read by
 * bench/run.sh.  Exit status 1 when a function fails on an input that is
 * valid, so a broken build never prints a fast figure.
 *
 * Two rows explain the distance to the bare baseline: the bare formula in
 * an out-of-line function shaped like the API (status, out pointer), and
 * srm_approx_ceil() twice with no argument checks.
 *
 * Usage: bench_core [--quick] [--reps N] [--ms M]
 *   --quick  one repetition of about 0.2 ms per kernel (smoke test)
 *   --reps   repetitions per figure (default 9)
 *   --ms     target duration of one timed run in milliseconds (default 15)
 */
#define _POSIX_C_SOURCE 199309L

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bare.h"
#include "salesroadmap.h"

#define N_INPUTS 1024 /* a power of two: inputs are picked with i & MASK */
#define MASK (N_INPUTS - 1)
#define MAX_PERIODS 256 /* 10 years by month need at most 121 */
#define MAX_REPS 64

/* ------------------------------------------------------------------------
 * Timing
 * ---------------------------------------------------------------------- */

static int g_reps = 9;
static double g_target_s = 0.015;
static volatile int64_t g_sink; /* keeps every result alive */
static int g_failures;          /* calls that failed on valid input */

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A kernel makes `iters` calls on the prepared inputs and returns the sum of
 * the results, so that none of them can be optimised away. */
typedef int64_t (*kernel_fn)(size_t iters);

static double time_kernel(kernel_fn k, size_t iters) {
  double t0 = now_s();
  g_sink = k(iters);
  return now_s() - t0;
}

/* Iterations for one timed run of about g_target_s seconds. */
static size_t calibrate(kernel_fn k) {
  size_t iters = 1;
  for (;;) {
    double t = time_kernel(k, iters);
    if (t >= g_target_s / 8 || iters >= ((size_t)1 << 40)) {
      double scaled = (double)iters * g_target_s / (t > 1e-9 ? t : 1e-9);
      return scaled < 1 ? 1 : (size_t)scaled;
    }
    iters *= 4;
  }
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

typedef struct pair_result {
  double a_ns;  /* median seconds per call of a, in ns */
  double b_ns;  /* the same for the baseline b */
  double ratio; /* median of the per-repetition ratios a / b */
} pair_result;

/* Times a against baseline b; `a_div` and `b_div` divide the per-call time
 * (e.g. by the periods a call produces), 1 for a plain per-call figure. */
static pair_result measure_pair(kernel_fn a, double a_div, kernel_fn b,
                                double b_div) {
  double ta[MAX_REPS], tb[MAX_REPS], r[MAX_REPS];
  size_t na = calibrate(a), nb = calibrate(b);
  pair_result res;
  int i;
  for (i = 0; i < g_reps; i++) {
    double x, y;
    if (i % 2 == 0) {
      x = time_kernel(a, na);
      y = time_kernel(b, nb);
    } else {
      y = time_kernel(b, nb);
      x = time_kernel(a, na);
    }
    ta[i] = x / (double)na / a_div * 1e9;
    tb[i] = y / (double)nb / b_div * 1e9;
    r[i] = ta[i] / tb[i];
  }
  res.a_ns = median(ta, g_reps);
  res.b_ns = median(tb, g_reps);
  res.ratio = median(r, g_reps);
  return res;
}

/* ------------------------------------------------------------------------
 * Output: section, figure, value, baseline, baseline value, ratio, target,
 * verdict.
 * ---------------------------------------------------------------------- */

static void format_ns(char *buf, size_t size, double ns, const char *unit) {
  if (ns >= 1e6)
    snprintf(buf, size, "%.2f ms/%s", ns / 1e6, unit);
  else if (ns >= 1e3)
    snprintf(buf, size, "%.2f us/%s", ns / 1e3, unit);
  else
    snprintf(buf, size, "%.1f ns/%s", ns, unit);
}

static void format_rate(char *buf, size_t size, double ns) {
  double per_s = 1e9 / ns;
  if (per_s >= 1e6)
    snprintf(buf, size, "%.1f M/s", per_s / 1e6);
  else if (per_s >= 1e3)
    snprintf(buf, size, "%.1f k/s", per_s / 1e3);
  else
    snprintf(buf, size, "%.1f /s", per_s);
}

/* max_ratio <= 0: no target, the ratio is shown for information. */
static int print_row(const char *name, const char *unit, const char *baseline,
                     pair_result r, double max_ratio) {
  char v[64], vr[32], b[64], target[32], verdict[8];
  int pass = max_ratio <= 0 || r.ratio <= max_ratio;
  format_ns(v, sizeof v, r.a_ns, unit);
  format_rate(vr, sizeof vr, r.a_ns);
  format_ns(b, sizeof b, r.b_ns, unit);
  if (max_ratio > 0) {
    snprintf(target, sizeof target, "<= %.1fx", max_ratio);
    snprintf(verdict, sizeof verdict, "%s", pass ? "PASS" : "FAIL");
  } else {
    snprintf(target, sizeof target, "-");
    snprintf(verdict, sizeof verdict, "-");
  }
  printf("core\t%s\t%s (%s)\t%s\t%s\t%.2fx\t%s\t%s\n", name, v, vr, baseline, b,
         r.ratio, target, verdict);
  fflush(stdout);
  return pass;
}

/* ------------------------------------------------------------------------
 * Inputs: realistic plans, drawn from a fixed seed.
 * ---------------------------------------------------------------------- */

typedef struct plan_input {
  double goal; /* revenue goal, 10,000 .. 5,000,000 in steps of 1,000 */
  double deal; /* deal value, 250 .. 25,000 in steps of 50 */
  double k;    /* leads per sale, 1.1 .. 20 with two decimals */
} plan_input;

static plan_input g_plan[N_INPUTS];
static double g_ratios[N_INPUTS][3]; /* funnel: invitations, attendees, leads */
static double g_serial[N_INPUTS];    /* spreadsheet serials, 2020 .. 2035 */
static srm_day g_days[N_INPUTS];
static int g_ymd[N_INPUTS][3];
static char g_iso[N_INPUTS][SRM_ISO_DATE_SIZE];
static double g_hist_leads[N_INPUTS][12]; /* twelve months of history */
static double g_hist_sales[N_INPUTS][12];
static double g_beta[N_INPUTS][3]; /* x or p, a, b */

static uint64_t g_rng = 0x5eed5a1e5c0ffeeULL;
static double uniform(void) { /* xorshift64*, [0, 1) */
  g_rng ^= g_rng >> 12;
  g_rng ^= g_rng << 25;
  g_rng ^= g_rng >> 27;
  return (double)((g_rng * 2685821657736338717ULL) >> 11) * 0x1p-53;
}

/* Plans over a range of a given length, starting on varying days. */
typedef struct range_input {
  srm_day start[N_INPUTS];
  srm_day end[N_INPUTS];
  int64_t last_index[N_INPUTS]; /* number of months of the plan */
  double mean_periods;          /* mean months per plan */
} range_input;

static range_input g_range[3]; /* 1 month, 1 year, 10 years */
static const char *const g_range_name[3] = {"1 month", "1 year", "10 years"};
static srm_calendar g_cal;
static srm_day g_holidays[64 * 12];
static double g_total[N_INPUTS]; /* leads to spread, 100 .. 20,000 */
static double g_done[N_INPUTS];

static srm_day day_of(int y, int m, int d) {
  srm_day day = 0;
  if (srm_day_from_ymd(y, m, d, &day, NULL) != SRM_OK)
    g_failures++;
  return day;
}

static void prepare_inputs(void) {
  /* Holidays of a Dutch-style company calendar, 2020-2059: fixed days plus
   * Easter-like movable days; those on a weekend are dropped by init. */
  static const int fixed[][2] = {{1, 1},  {4, 27}, {5, 5},  {12, 25}, {12, 26},
                                 {4, 18}, {4, 21}, {5, 29}, {6, 9},   {12, 31}};
  size_t nh = 0, i;
  int y, j;
  srm_day base = day_of(2026, 1, 1);

  for (y = 2020; y < 2060; y++)
    for (j = 0; j < (int)(sizeof fixed / sizeof fixed[0]); j++)
      g_holidays[nh++] = day_of(y, fixed[j][0], fixed[j][1]);
  if (srm_calendar_init(&g_cal, SRM_WEEKEND_SAT_SUN, g_holidays, nh, NULL) !=
      SRM_OK)
    g_failures++;

  for (i = 0; i < N_INPUTS; i++) {
    plan_input *p = &g_plan[i];
    double s, n;
    int r;
    p->goal = 1000.0 * (10 + floor(uniform() * 4991));
    p->deal = 50.0 * (5 + floor(uniform() * 496));
    p->k = 1.1 + floor(uniform() * 1891) / 100;
    g_ratios[i][0] = 1.5 + floor(uniform() * 150) / 100;
    g_ratios[i][1] = 2 + floor(uniform() * 300) / 100;
    g_ratios[i][2] = p->k;

    g_serial[i] = 43831 + floor(uniform() * 5844) + 0.25; /* 2020 .. 2035 */
    g_days[i] = base + (srm_day)floor(uniform() * 3650);
    if (srm_day_to_ymd(g_days[i], &g_ymd[i][0], &g_ymd[i][1], &g_ymd[i][2],
                       NULL) != SRM_OK ||
        srm_day_format_iso(g_days[i], g_iso[i], NULL) != SRM_OK)
      g_failures++;

    for (j = 0; j < 12; j++) {
      g_hist_sales[i][j] = floor(uniform() * 40);
      g_hist_leads[i][j] = g_hist_sales[i][j] * (2 + floor(uniform() * 15)) +
                           floor(uniform() * 10);
    }
    s = 5 + floor(uniform() * 200);
    n = s * (2 + floor(uniform() * 15));
    g_beta[i][0] = 0.1;
    g_beta[i][1] = s + 0.5;
    g_beta[i][2] = n - s + 0.5;

    g_total[i] = 100 + floor(uniform() * 19901);
    g_done[i] = floor(g_total[i] * uniform() * 0.9);

    /* Plans starting on the first of a month 2026-2030, or on any day. */
    for (r = 0; r < 3; r++) {
      int sy = 2026 + (int)floor(uniform() * 5), sm = 1 + (int)(i % 12);
      srm_day start = day_of(sy, sm, 1);
      srm_day end;
      if (i % 2)
        start += (srm_day)floor(uniform() * 28);
      if (r == 0)
        end = start + 30;
      else if (r == 1)
        end = day_of(sy + 1, sm, 1) - 1 + (start - day_of(sy, sm, 1));
      else
        end = day_of(sy + 10, sm, 1) - 1 + (start - day_of(sy, sm, 1));
      g_range[r].start[i] = start;
      g_range[r].end[i] = end;
      if (srm_period_count(start, end, SRM_PERIOD_MONTH,
                           &g_range[r].last_index[i], NULL) != SRM_OK)
        g_failures++;
      g_range[r].mean_periods += (double)g_range[r].last_index[i] / N_INPUTS;
    }
  }
}

/* ------------------------------------------------------------------------
 * Kernels.  Every kernel walks the same inputs with the same loop.
 * ---------------------------------------------------------------------- */

#define CHECK(call)                                                            \
  do {                                                                         \
    if ((call) != SRM_OK)                                                      \
      g_failures++;                                                            \
  } while (0)

static int64_t k_bare(size_t iters) {
  int64_t acc = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    const plan_input *p = &g_plan[i & MASK];
    acc += (int64_t)ceil(ceil(p->goal / p->deal) * p->k);
  }
  return acc;
}

static int64_t k_bare_call(size_t iters) {
  int64_t acc = 0, out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    const plan_input *p = &g_plan[i & MASK];
    CHECK(bench_bare_leads(p->goal, p->deal, p->k, &out, NULL));
    acc += out;
  }
  return acc;
}

static int64_t k_approx_ceil(size_t iters) {
  int64_t acc = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    const plan_input *p = &g_plan[i & MASK];
    acc += (int64_t)srm_approx_ceil(srm_approx_ceil(p->goal / p->deal) * p->k);
  }
  return acc;
}

static int64_t k_sales(size_t iters) {
  int64_t acc = 0, out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    const plan_input *p = &g_plan[i & MASK];
    CHECK(srm_sales_needed(p->goal, p->deal, &out, NULL));
    acc += out;
  }
  return acc;
}

static int64_t k_leads(size_t iters) {
  int64_t acc = 0, out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    const plan_input *p = &g_plan[i & MASK];
    CHECK(srm_leads_needed(p->goal, p->deal, p->k, &out, NULL));
    acc += out;
  }
  return acc;
}

static int64_t k_funnel(size_t iters) {
  int64_t acc = 0, out[4] = {0, 0, 0, 0};
  size_t i;
  for (i = 0; i < iters; i++) {
    const plan_input *p = &g_plan[i & MASK];
    CHECK(
        srm_funnel_needed(p->goal, p->deal, g_ratios[i & MASK], 3, out, NULL));
    acc += out[0];
  }
  return acc;
}

static int64_t k_per_sale(size_t iters) {
  int64_t acc = 0;
  double out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    CHECK(srm_leads_per_sale(g_hist_leads[i & MASK], 12, g_hist_sales[i & MASK],
                             12, &out, NULL));
    acc += (int64_t)(out * 1000);
  }
  return acc;
}

static int64_t k_per_sale_conf(size_t iters) {
  int64_t acc = 0;
  double out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    CHECK(srm_leads_per_sale_at_confidence(g_hist_leads[i & MASK], 12,
                                           g_hist_sales[i & MASK], 12, 0.9,
                                           &out, NULL));
    acc += (int64_t)(out * 1000);
  }
  return acc;
}

static int64_t k_beta_inc(size_t iters) {
  int64_t acc = 0;
  double out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    const double *b = g_beta[i & MASK];
    CHECK(srm_beta_inc(b[1] / (b[1] + b[2]), b[1], b[2], &out, NULL));
    acc += (int64_t)(out * 1e6);
  }
  return acc;
}

static int64_t k_beta_inc_inv(size_t iters) {
  int64_t acc = 0;
  double out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    const double *b = g_beta[i & MASK];
    CHECK(srm_beta_inc_inv(b[0], b[1], b[2], &out, NULL));
    acc += (int64_t)(out * 1e6);
  }
  return acc;
}

static int64_t k_from_ymd(size_t iters) {
  int64_t acc = 0;
  srm_day out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    const int *d = g_ymd[i & MASK];
    CHECK(srm_day_from_ymd(d[0], d[1], d[2], &out, NULL));
    acc += out;
  }
  return acc;
}

static int64_t k_to_ymd(size_t iters) {
  int64_t acc = 0;
  int y = 0, m = 0, d = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    CHECK(srm_day_to_ymd(g_days[i & MASK], &y, &m, &d, NULL));
    acc += y + m + d;
  }
  return acc;
}

static int64_t k_weekday(size_t iters) {
  int64_t acc = 0;
  size_t i;
  for (i = 0; i < iters; i++)
    acc += srm_weekday(g_days[i & MASK]);
  return acc;
}

static int64_t k_parse_iso(size_t iters) {
  int64_t acc = 0;
  srm_day out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    CHECK(srm_day_parse_iso(g_iso[i & MASK], 10, &out, NULL));
    acc += out;
  }
  return acc;
}

static int64_t k_format_iso(size_t iters) {
  int64_t acc = 0;
  char buf[SRM_ISO_DATE_SIZE];
  size_t i;
  for (i = 0; i < iters; i++) {
    CHECK(srm_day_format_iso(g_days[i & MASK], buf, NULL));
    acc += buf[9];
  }
  return acc;
}

static int64_t k_from_serial(size_t iters) {
  int64_t acc = 0;
  srm_day out = 0;
  srm_day null_date = -25569; /* 1899-12-30 */
  size_t i;
  for (i = 0; i < iters; i++) {
    CHECK(srm_day_from_serial(g_serial[i & MASK], null_date, &out, NULL));
    acc += out;
  }
  return acc;
}

static int64_t k_weekend_code(size_t iters) {
  int64_t acc = 0;
  unsigned mask = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    CHECK(srm_weekend_from_code((double)(1 + (i & 7) % 7), &mask, NULL));
    acc += mask;
  }
  return acc;
}

static int64_t k_weekend_string(size_t iters) {
  static const char *const s[4] = {"0000011", "1000001", "0000001", "0000110"};
  int64_t acc = 0;
  unsigned mask = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    CHECK(srm_weekend_from_string(s[i & 3], 7, &mask, NULL));
    acc += mask;
  }
  return acc;
}

static int64_t k_period_parse(size_t iters) {
  static const char *const s[8] = {"day",  "Week",  "MONTH",    "quarter",
                                   "year", "maand", "Kwartaal", "jaar"};
  int64_t acc = 0;
  srm_period out = SRM_PERIOD_DAY;
  size_t i;
  for (i = 0; i < iters; i++) {
    const char *name = s[i & 7];
    CHECK(srm_period_parse(name, strlen(name), &out, NULL));
    acc += (int64_t)out;
  }
  return acc;
}

/* srm_calendar_init() on a year's ten holidays, copied first because the
 * function sorts them in place (the copy is part of the cost). */
static int64_t k_calendar_init(size_t iters) {
  int64_t acc = 0;
  srm_day h[10];
  srm_calendar cal = SRM_CALENDAR_INIT;
  size_t i;
  for (i = 0; i < iters; i++) {
    memcpy(h, &g_holidays[10 * (i & 31)], sizeof h);
    CHECK(srm_calendar_init(&cal, SRM_WEEKEND_SAT_SUN, h, 10, NULL));
    acc += (int64_t)cal.n_holidays;
  }
  return acc;
}

static int64_t k_pace(size_t iters) {
  int64_t acc = 0, out = 0;
  const range_input *r = &g_range[1];
  size_t i;
  for (i = 0; i < iters; i++) {
    size_t j = i & MASK;
    srm_day today = r->start[j] + (srm_day)(j % 300);
    CHECK(
        srm_pace(g_total[j], g_done[j], today, r->end[j], &g_cal, &out, NULL));
    acc += out;
  }
  return acc;
}

static int64_t k_period_count(size_t iters) {
  int64_t acc = 0, out = 0;
  const range_input *r = &g_range[2];
  size_t i;
  for (i = 0; i < iters; i++) {
    size_t j = i & MASK;
    CHECK(srm_period_count(r->start[j], r->end[j], (srm_period)(j % 5), &out,
                           NULL));
    acc += out;
  }
  return acc;
}

/* Working days, one target and all targets, per range length. */
static int64_t workdays_over(const range_input *r, size_t iters) {
  int64_t acc = 0, out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    size_t j = i & MASK;
    CHECK(srm_workdays(&g_cal, r->start[j], r->end[j], &out, NULL));
    acc += out;
  }
  return acc;
}

static int64_t target_at_over(const range_input *r, size_t iters) {
  int64_t acc = 0;
  srm_period_target out;
  size_t i;
  memset(&out, 0, sizeof out);
  for (i = 0; i < iters; i++) {
    size_t j = i & MASK;
    CHECK(srm_period_target_at(g_total[j], r->start[j], r->end[j],
                               SRM_PERIOD_MONTH, r->last_index[j], &g_cal, &out,
                               NULL));
    acc += out.target;
  }
  return acc;
}

static int64_t targets_over(const range_input *r, size_t iters) {
  int64_t acc = 0;
  srm_period_target out[MAX_PERIODS];
  size_t i, n = 0;
  for (i = 0; i < iters; i++) {
    size_t j = i & MASK;
    CHECK(srm_period_targets(g_total[j], r->start[j], r->end[j],
                             SRM_PERIOD_MONTH, &g_cal, out, MAX_PERIODS, &n,
                             NULL));
    acc += out[n - 1].cumulative;
  }
  return acc;
}

static int64_t k_workdays_1m(size_t n) {
  return workdays_over(&g_range[0], n);
}
static int64_t k_workdays_1y(size_t n) {
  return workdays_over(&g_range[1], n);
}
static int64_t k_workdays_10y(size_t n) {
  return workdays_over(&g_range[2], n);
}
static int64_t k_target_at_1m(size_t n) {
  return target_at_over(&g_range[0], n);
}
static int64_t k_target_at_1y(size_t n) {
  return target_at_over(&g_range[1], n);
}
static int64_t k_target_at_10y(size_t n) {
  return target_at_over(&g_range[2], n);
}
static int64_t k_targets_1m(size_t n) {
  return targets_over(&g_range[0], n);
}
static int64_t k_targets_1y(size_t n) {
  return targets_over(&g_range[1], n);
}
static int64_t k_targets_10y(size_t n) {
  return targets_over(&g_range[2], n);
}

/* Leads with confidence 0.9 at 12 leads per sale, for a given number of
 * sales (the deal value is 1,000, the goal 1,000 times the sales). */
static double g_conf_sales;
static int64_t k_confidence(size_t iters) {
  int64_t acc = 0, out = 0;
  size_t i;
  for (i = 0; i < iters; i++) {
    CHECK(srm_leads_needed_at_confidence(g_conf_sales * 1000.0, 1000.0, 12.0,
                                         0.9, &out, NULL));
    acc += out;
  }
  return acc;
}

/* The smallest case, the baseline of the larger ones. */
static int64_t k_confidence_10(size_t iters) {
  double saved = g_conf_sales;
  int64_t acc;
  g_conf_sales = 10;
  acc = k_confidence(iters);
  g_conf_sales = saved;
  return acc;
}

/* ------------------------------------------------------------------------
 * Main
 * ---------------------------------------------------------------------- */

typedef struct bare_case {
  const char *name;
  kernel_fn fn;
  double max_ratio; /* 0: no target */
} bare_case;

int main(int argc, char **argv) {
  static const bare_case bare_cases[] = {
      {"srm_sales_needed", k_sales, 2.0},
      {"srm_leads_needed", k_leads, 2.0},
      {"bare, out of line with the API's signature", k_bare_call, 0},
      {"srm_approx_ceil x2 (no checks)", k_approx_ceil, 0},
      {"srm_funnel_needed (3 stages)", k_funnel, 0},
      {"srm_leads_per_sale (12 months)", k_per_sale, 0},
      {"srm_leads_per_sale_at_confidence", k_per_sale_conf, 0},
      {"srm_beta_inc", k_beta_inc, 0},
      {"srm_beta_inc_inv", k_beta_inc_inv, 0},
      {"srm_pace (1 year)", k_pace, 0},
      {"srm_period_count", k_period_count, 0},
      {"srm_day_from_ymd", k_from_ymd, 0},
      {"srm_day_to_ymd", k_to_ymd, 0},
      {"srm_weekday", k_weekday, 0},
      {"srm_day_parse_iso", k_parse_iso, 0},
      {"srm_day_format_iso", k_format_iso, 0},
      {"srm_day_from_serial", k_from_serial, 0},
      {"srm_weekend_from_code", k_weekend_code, 0},
      {"srm_weekend_from_string", k_weekend_string, 0},
      {"srm_period_parse", k_period_parse, 0},
      {"srm_calendar_init (10 holidays)", k_calendar_init, 0},
  };
  static const kernel_fn workdays_k[3] = {k_workdays_1m, k_workdays_1y,
                                          k_workdays_10y};
  static const kernel_fn target_at_k[3] = {k_target_at_1m, k_target_at_1y,
                                           k_target_at_10y};
  static const kernel_fn targets_k[3] = {k_targets_1m, k_targets_1y,
                                         k_targets_10y};
  static const int conf_exp[] = {3, 5, 6};
  int ok = 1, i, r;
  double t_end;
  pair_result res;
  char name[96];

  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--quick") == 0) {
      g_reps = 1;
      g_target_s = 0.0002;
    } else if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc) {
      g_reps = atoi(argv[++i]);
      if (g_reps < 1 || g_reps > MAX_REPS) {
        fprintf(stderr, "bench_core: --reps must be 1..%d\n", MAX_REPS);
        return 2;
      }
    } else if (strcmp(argv[i], "--ms") == 0 && i + 1 < argc) {
      g_target_s = atof(argv[++i]) / 1e3;
      if (!(g_target_s > 0)) {
        fprintf(stderr, "bench_core: --ms must be > 0\n");
        return 2;
      }
    } else {
      fprintf(stderr, "usage: bench_core [--quick] [--reps N] [--ms M]\n");
      return 2;
    }
  }

  prepare_inputs();
  if (g_failures) {
    fprintf(stderr, "bench_core: preparing the inputs failed\n");
    return 1;
  }
  /* Let the CPU reach its working clock before the first figure. */
  t_end = now_s() + (g_reps > 1 ? 0.2 : 0.0);
  while (now_s() < t_end)
    g_sink = k_bare(1 << 16);

  for (i = 0; i < (int)(sizeof bare_cases / sizeof bare_cases[0]); i++) {
    res = measure_pair(bare_cases[i].fn, 1, k_bare, 1);
    ok &= print_row(bare_cases[i].name, "call", "bare ceil(ceil(g/d)*k)", res,
                    bare_cases[i].max_ratio);
  }

  /* Range lengths: each against the 1-month range, flat means <= 2x. */
  for (r = 0; r < 3; r++) {
    res = measure_pair(workdays_k[r], 1, k_bare, 1);
    snprintf(name, sizeof name, "srm_workdays, %s", g_range_name[r]);
    if (r == 0) {
      ok &= print_row(name, "call", "bare ceil(ceil(g/d)*k)", res, 0);
    } else {
      res = measure_pair(workdays_k[r], 1, workdays_k[0], 1);
      ok &= print_row(name, "call", "srm_workdays, 1 month", res, 2.0);
    }
  }
  for (r = 0; r < 3; r++) {
    snprintf(name, sizeof name, "srm_period_target_at month, last of %s",
             g_range_name[r]);
    if (r == 0) {
      res = measure_pair(target_at_k[r], 1, k_bare, 1);
      ok &= print_row(name, "call", "bare ceil(ceil(g/d)*k)", res, 0);
    } else {
      res = measure_pair(target_at_k[r], 1, target_at_k[0], 1);
      ok &= print_row(name, "call", "target_at, 1 month", res, 2.0);
    }
  }
  for (r = 0; r < 3; r++) {
    snprintf(name, sizeof name, "srm_period_targets month, %s (%.1f periods)",
             g_range_name[r], g_range[r].mean_periods);
    if (r == 0) {
      res = measure_pair(targets_k[r], g_range[r].mean_periods, k_bare, 1);
      ok &= print_row(name, "period", "bare ceil(ceil(g/d)*k)", res, 0);
    } else {
      res = measure_pair(targets_k[r], g_range[r].mean_periods, targets_k[0],
                         g_range[0].mean_periods);
      ok &= print_row(name, "period", "targets, 1 month", res, 2.0);
    }
  }

  /* Leads with confidence: 10 sales against the bare baseline, then the
   * larger plans against 10 sales. */
  g_conf_sales = 10;
  res = measure_pair(k_confidence, 1, k_bare, 1);
  ok &= print_row("srm_leads_needed_at_confidence, 10 sales", "call",
                  "bare ceil(ceil(g/d)*k)", res, 0);
  for (i = 0; i < (int)(sizeof conf_exp / sizeof conf_exp[0]); i++) {
    g_conf_sales = pow(10, conf_exp[i]);
    res = measure_pair(k_confidence, 1, k_confidence_10, 1);
    snprintf(name, sizeof name, "srm_leads_needed_at_confidence, 10^%d sales",
             conf_exp[i]);
    ok &= print_row(name, "call", "same, 10 sales", res, 0);
  }

  if (g_failures) {
    fprintf(stderr, "bench_core: %d calls failed on valid input\n", g_failures);
    return 1;
  }
  fprintf(stderr, "bench_core: %s\n",
          ok ? "all targets met" : "targets missed");
  return 0;
}
