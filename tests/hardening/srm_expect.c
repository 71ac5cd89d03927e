/*
 * srm_expect.c - what a Calc cell should show for a call, computed with the
 * C library: the second surface the Calc stress test compares with.
 *
 * Reads one call per line from a file (or standard input) and prints one
 * line per call: "V <value>" (%.17g) or "E <Calc error code>".  The
 * arguments are converted the way the add-in converts cell values (date
 * serials against the default null date 1899-12-30, weekend codes and
 * strings, a whole index from 1), and a failure maps to the error SPEC
 * section 9 names: SRM_EINVAL is Err:502, a result out of reach #NUM!
 * (503).  Every figure comes from the core.
 *
 * Input, one call per line ("-" is an omitted argument, "~" an empty
 * string; holiday lists are declared before use):
 *   H id n d1 .. dn                    holiday list `id` (date serials)
 *   S goal deal                        SALESNEEDED
 *   L goal deal lps conf               LEADSNEEDED
 *   F goal deal n r1 .. rn stage       FUNNELNEEDED
 *   P total start end period index hol weekend        PERIODTARGET
 *   A total done today end hol weekend                PACETARGET
 *   R nl l1 .. ns s1 .. conf           LEADSPERSALE
 * where hol is a list id or "-", weekend "-", "n:<code>" or "s:<text>".
 *
 * Usage: srm_expect [FILE]
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "salesroadmap.h"

#define ERR_ARG 502
#define ERR_NUM 503
#define MAX_LIST 256
#define MAX_HOLIDAY_LISTS 16
/* Calc's last row: a longer column result is #NUM! (extension/addin.cxx). */
#define MAX_COLUMN_ROWS 1048576

typedef struct holiday_list {
  size_t n;
  double serial[MAX_LIST];
} holiday_list;

static holiday_list lists[MAX_HOLIDAY_LISTS];
static srm_day null_date;

/* The outcome of one call. */
typedef struct result {
  int error; /* 0, or the Calc error code */
  double value;
} result;

static result fail(int code) {
  result r = {code, 0.0};
  return r;
}

static result ok(double value) {
  result r = {0, value};
  return r;
}

static result of_status(srm_status status, double value) {
  if (status == SRM_OK)
    return ok(value);
  return fail(status == SRM_EINVAL ? ERR_ARG : ERR_NUM);
}

static const char *next(void) {
  const char *t = strtok(NULL, " \t\r\n");
  if (t == NULL) {
    fprintf(stderr, "srm_expect: a line ends too early\n");
    exit(2);
  }
  return t;
}

static int absent(const char *t) {
  return strcmp(t, "-") == 0;
}

static double number(const char *t) {
  char *end;
  double x = strtod(t, &end);
  if (*end != '\0') {
    fprintf(stderr, "srm_expect: not a number: %s\n", t);
    exit(2);
  }
  return x;
}

static size_t count(const char *t) {
  double x = number(t);
  if (!(x >= 0 && x <= MAX_LIST) || x != floor(x)) {
    fprintf(stderr, "srm_expect: bad count: %s\n", t);
    exit(2);
  }
  return (size_t)x;
}

/* A date serial as the add-in converts it. */
static int day_of(double serial, srm_day *day) {
  return srm_day_from_serial(serial, null_date, day, NULL) == SRM_OK;
}

/* A whole position from 1 to 2^53 (stage, index), as the add-in checks. */
static int position(double x, int64_t *pos) {
  if (!(x >= 1.0 && x <= SRM_MAX_COUNT) || x != floor(x))
    return 0;
  *pos = (int64_t)x;
  return 1;
}

/* Builds the calendar of a holiday list id (or "-") and a weekend token;
 * returns 0 when either is invalid (Err:502). */
static int calendar(const char *hol, const char *weekend, srm_day *days,
                    srm_calendar *cal) {
  unsigned mask = SRM_WEEKEND_SAT_SUN;
  size_t n = 0;
  if (!absent(hol)) {
    const holiday_list *h = &lists[count(hol) % MAX_HOLIDAY_LISTS];
    for (n = 0; n < h->n; n++)
      if (!day_of(h->serial[n], &days[n]))
        return 0;
  }
  if (strncmp(weekend, "n:", 2) == 0) {
    if (srm_weekend_from_code(number(weekend + 2), &mask, NULL) != SRM_OK)
      return 0;
  } else if (strncmp(weekend, "s:", 2) == 0) {
    const char *s = strcmp(weekend + 2, "~") == 0 ? "" : weekend + 2;
    if (srm_weekend_from_string(s, strlen(s), &mask, NULL) != SRM_OK)
      return 0;
  }
  return srm_calendar_init(cal, mask, n > 0 ? days : NULL, n, NULL) == SRM_OK;
}

static result sales_needed(void) {
  double goal = number(next()), deal = number(next());
  int64_t s = 0;
  srm_status st = srm_sales_needed(goal, deal, &s, NULL);
  return of_status(st, (double)s);
}

static result leads_needed(void) {
  double goal = number(next()), deal = number(next()), k = number(next());
  const char *conf = next();
  int64_t l = 0;
  srm_status st = absent(conf) ? srm_leads_needed(goal, deal, k, &l, NULL)
                               : srm_leads_needed_at_confidence(
                                     goal, deal, k, number(conf), &l, NULL);
  return of_status(st, (double)l);
}

static result funnel_needed(void) {
  double goal = number(next()), deal = number(next());
  double ratios[MAX_LIST];
  int64_t counts[MAX_LIST + 1];
  size_t n = count(next());
  int64_t stage = 0;
  const char *t;
  srm_status st;
  for (size_t i = 0; i < n; i++)
    ratios[i] = number(next());
  t = next();
  if (!absent(t) && (!position(number(t), &stage) || (uint64_t)stage > n + 1))
    return fail(ERR_ARG);
  st = srm_funnel_needed(goal, deal, n > 0 ? ratios : NULL, n, counts, NULL);
  if (st != SRM_OK)
    return of_status(st, 0);
  /* Without a stage the cell shows the top of the column. */
  return ok((double)counts[absent(t) ? 0 : stage - 1]);
}

static result period_target(void) {
  double total = number(next()), start = number(next()), end = number(next());
  const char *name = next(), *index = next(), *hol = next(), *weekend = next();
  srm_day first, last, days[MAX_LIST];
  srm_period period;
  srm_calendar cal;
  int64_t pick = 0, n;
  if (strcmp(name, "~") == 0)
    name = "";
  if (!day_of(start, &first) || !day_of(end, &last) ||
      srm_period_parse(name, strlen(name), &period, NULL) != SRM_OK ||
      (!absent(index) && !position(number(index), &pick)) ||
      !calendar(hol, weekend, days, &cal))
    return fail(ERR_ARG);
  if (!absent(index)) {
    srm_period_target t = {0, 0, 0, 0, 0, 0};
    srm_status st =
        srm_period_target_at(total, first, last, period, pick, &cal, &t, NULL);
    return of_status(st, (double)t.target);
  }
  /* The whole column: the cell shows period 1. */
  if (srm_period_count(first, last, period, &n, NULL) != SRM_OK)
    return fail(ERR_ARG);
  if (n > MAX_COLUMN_ROWS)
    return fail(ERR_NUM);
  {
    srm_period_target *all = malloc((size_t)n * sizeof *all);
    size_t got = 0;
    srm_status st;
    result r;
    if (all == NULL) {
      fprintf(stderr, "srm_expect: out of memory\n");
      exit(2);
    }
    st = srm_period_targets(total, first, last, period, &cal, all, (size_t)n,
                            &got, NULL);
    r = of_status(st, st == SRM_OK ? (double)all[0].target : 0);
    free(all);
    return r;
  }
}

static result pace_target(void) {
  double total = number(next()), done = number(next());
  double today = number(next()), end = number(next());
  const char *hol = next(), *weekend = next();
  srm_day first, last, days[MAX_LIST];
  srm_calendar cal;
  int64_t per_day = 0;
  srm_status st;
  if (!day_of(today, &first) || !day_of(end, &last) ||
      !calendar(hol, weekend, days, &cal))
    return fail(ERR_ARG);
  st = srm_pace(total, done, first, last, &cal, &per_day, NULL);
  return of_status(st, (double)per_day);
}

static result leads_per_sale(void) {
  double leads[MAX_LIST], sales[MAX_LIST], out = 0;
  size_t nl = count(next()), ns;
  const char *conf;
  srm_status st;
  for (size_t i = 0; i < nl; i++)
    leads[i] = number(next());
  ns = count(next());
  for (size_t i = 0; i < ns; i++)
    sales[i] = number(next());
  conf = next();
  if (absent(conf))
    st = srm_leads_per_sale(nl ? leads : NULL, nl, ns ? sales : NULL, ns, &out,
                            NULL);
  else
    st = srm_leads_per_sale_at_confidence(
        nl ? leads : NULL, nl, ns ? sales : NULL, ns, number(conf), &out, NULL);
  return of_status(st, out);
}

static void holidays(void) {
  holiday_list *h = &lists[count(next()) % MAX_HOLIDAY_LISTS];
  h->n = count(next());
  for (size_t i = 0; i < h->n; i++)
    h->serial[i] = number(next());
}

int main(int argc, char **argv) {
  static char line[1 << 16];
  FILE *in = stdin;
  if (argc > 2) {
    fprintf(stderr, "usage: srm_expect [FILE]\n");
    return 2;
  }
  if (argc == 2 && (in = fopen(argv[1], "r")) == NULL) {
    perror(argv[1]);
    return 2;
  }
  if (srm_day_from_ymd(1899, 12, 30, &null_date, NULL) != SRM_OK)
    return 2;
  while (fgets(line, sizeof line, in) != NULL) {
    const char *kind = strtok(line, " \t\r\n");
    result r;
    if (kind == NULL)
      continue;
    switch (kind[0]) {
    case 'H':
      holidays();
      continue;
    case 'S':
      r = sales_needed();
      break;
    case 'L':
      r = leads_needed();
      break;
    case 'F':
      r = funnel_needed();
      break;
    case 'P':
      r = period_target();
      break;
    case 'A':
      r = pace_target();
      break;
    case 'R':
      r = leads_per_sale();
      break;
    default:
      fprintf(stderr, "srm_expect: unknown call %s\n", kind);
      return 2;
    }
    if (r.error)
      printf("E %d\n", r.error);
    else
      printf("V %.17g\n", r.value);
  }
  if (in != stdin)
    fclose(in);
  return 0;
}
