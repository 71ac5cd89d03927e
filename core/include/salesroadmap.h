/*
 * salesroadmap.h - the Sales Roadmap calculation core.
 *
 * A sales roadmap works backwards from a revenue goal: goal / deal value
 * = sales needed, sales * leads per sale = leads needed, and the leads are
 * spread over the working days of the plan as day, week, month, quarter or
 * year targets that add up exactly.
 *
 * Conventions of the whole API
 *
 *  - Every function that can fail returns an srm_status and writes its
 *    results through out parameters only when it returns SRM_OK; on failure
 *    the outputs are left untouched.
 *  - The last parameter of every such function is an optional srm_error *
 *    (NULL is allowed).  On failure it receives the status, the argument
 *    that caused it and a static English message ("deal value must be > 0").
 *  - Counts (sales, leads, stage counts, period targets, pace) are int64_t
 *    whole numbers rounded up with srm_approx_ceil().  A count above 2^53
 *    is SRM_ERANGE, never a silently wrong number.
 *  - NaN and infinities are invalid inputs everywhere.
 *  - The library has no global state, performs no I/O and allocates no
 *    memory: every function is safe to call from several threads at once.
 *    Buffers are provided by the caller.
 */
#ifndef SRM_SALESROADMAP_H
#define SRM_SALESROADMAP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(SRM_SHARED_BUILD) && defined(__GNUC__)
#define SRM_API __attribute__((visibility("default")))
#else
#define SRM_API
#endif

/* ------------------------------------------------------------------------
 * Version
 * ---------------------------------------------------------------------- */

#define SRM_VERSION_MAJOR 0
#define SRM_VERSION_MINOR 1
#define SRM_VERSION_PATCH 0
#define SRM_VERSION "0.1.0"
/* MAJOR * 10000 + MINOR * 100 + PATCH, comparable with < and >. */
#define SRM_VERSION_NUMBER                                                     \
  (SRM_VERSION_MAJOR * 10000 + SRM_VERSION_MINOR * 100 + SRM_VERSION_PATCH)

/* The version the library was built as: compare with SRM_VERSION_NUMBER to
 * detect a header/library mismatch at run time. */
SRM_API int srm_version_number(void);
/* The same as the string SRM_VERSION, e.g. "0.1.0". */
SRM_API const char *srm_version(void);

/* ------------------------------------------------------------------------
 * Status and errors
 * ---------------------------------------------------------------------- */

typedef enum srm_status {
  SRM_OK = 0,           /* success */
  SRM_EINVAL = 1,       /* an argument is invalid: NULL, NaN, infinite, out
                           of its domain, malformed text; see srm_error */
  SRM_ERANGE = 2,       /* the result is too large to represent exactly
                           (a count above 2^53) */
  SRM_EUNREACHABLE = 3, /* work remains but no working day is left to do it */
  SRM_ESIZE = 4,        /* the caller's buffer is too small; the function
                           reports the size it needs */
  SRM_ENUMERIC = 5      /* a numerical method failed to converge; not
                           expected for any valid input */
} srm_status;

/* Which argument an error is about.  The adapters (Lua, Calc) map these to
 * argument positions of their own functions. */
typedef enum srm_arg {
  SRM_ARG_NONE = 0,       /* not about one argument */
  SRM_ARG_GOAL,           /* revenue goal */
  SRM_ARG_DEAL_VALUE,     /* (average) deal value */
  SRM_ARG_LEADS_PER_SALE, /* leads per sale */
  SRM_ARG_CONFIDENCE,     /* confidence level */
  SRM_ARG_RATIOS,         /* funnel ratios */
  SRM_ARG_TOTAL,          /* total to spread or to pace */
  SRM_ARG_DONE,           /* amount done so far */
  SRM_ARG_START,          /* first day of the plan */
  SRM_ARG_END,            /* last day of the plan */
  SRM_ARG_TODAY,          /* the day pacing starts from */
  SRM_ARG_PERIOD,         /* period kind or period name */
  SRM_ARG_INDEX,          /* period index */
  SRM_ARG_HOLIDAYS,       /* holiday list */
  SRM_ARG_WEEKEND,        /* weekend code, string or mask */
  SRM_ARG_LEADS,          /* historic leads */
  SRM_ARG_SALES,          /* historic sales */
  SRM_ARG_DATE,           /* a date given to a conversion function */
  SRM_ARG_NULL_DATE,      /* a spreadsheet's null date */
  SRM_ARG_OUTPUT          /* an output pointer or buffer */
} srm_arg;

typedef struct srm_error {
  srm_status status;   /* the status the function returned */
  srm_arg arg;         /* the argument at fault, SRM_ARG_NONE if none */
  const char *message; /* static English text naming the problem, without
                          the argument position, e.g. "deal value must be
                          > 0"; never NULL after a failure */
} srm_error;

#define SRM_ERROR_INIT {SRM_OK, SRM_ARG_NONE, ""}

/* A static English description of a status, e.g. "invalid argument". */
SRM_API const char *srm_status_string(srm_status status);
/* A static English name of an argument, e.g. "deal value". */
SRM_API const char *srm_arg_name(srm_arg arg);

/* ------------------------------------------------------------------------
 * Rounding
 * ---------------------------------------------------------------------- */

/* The largest count the library returns: 2^53, the last integer a double
 * represents exactly. */
#define SRM_MAX_COUNT 9007199254740992.0

/* Approximate ceiling: x rounded to 15 significant decimal digits (halves
 * away from zero), then rounded up to a whole number, so that binary
 * floating-point noise does not add one (100 * 1.1 = 110.00000000000001
 * gives 110).  Values that are already whole are returned unchanged, and
 * from 1e15 on, where 15 digits would drop whole units, the ceiling is
 * plain.  NaN and infinities are returned unchanged.  No string formatting;
 * values not within 1e-14 (relative) of a whole number take a fast path. */
SRM_API double srm_approx_ceil(double x);

/* ------------------------------------------------------------------------
 * Sales, leads and funnels
 * ---------------------------------------------------------------------- */

/* Sales needed to reach a revenue goal: approx_ceil(goal / deal_value).
 *   goal        revenue goal, finite, >= 0 (SRM_ARG_GOAL)
 *   deal_value  average deal value, finite, > 0 (SRM_ARG_DEAL_VALUE)
 *   sales       out: sales needed (SRM_ARG_OUTPUT when NULL)
 * Returns SRM_OK, SRM_EINVAL, or SRM_ERANGE when the count exceeds 2^53. */
SRM_API srm_status srm_sales_needed(double goal, double deal_value,
                                    int64_t *sales, srm_error *err);

/* Leads needed on average: approx_ceil(S * leads_per_sale) with S from
 * srm_sales_needed().
 *   leads_per_sale  leads worked per sale won, finite, >= 1
 *                   (SRM_ARG_LEADS_PER_SALE; a conversion rate of 20% is 5)
 *   leads           out: leads needed
 * Returns SRM_OK, SRM_EINVAL or SRM_ERANGE. */
SRM_API srm_status srm_leads_needed(double goal, double deal_value,
                                    double leads_per_sale, int64_t *leads,
                                    srm_error *err);

/* Leads needed so that the sales goal is reached with probability
 * `confidence`: the smallest L with P[Binomial(L, 1/leads_per_sale) >= S]
 * >= confidence, found with an exact regularized incomplete beta and a
 * search over L.  S = 0 gives 0; leads_per_sale = 1 gives S.
 *   confidence  finite, 0 < confidence < 1 (SRM_ARG_CONFIDENCE)
 * Returns SRM_OK, SRM_EINVAL, SRM_ERANGE, or SRM_ENUMERIC. */
SRM_API srm_status srm_leads_needed_at_confidence(double goal,
                                                  double deal_value,
                                                  double leads_per_sale,
                                                  double confidence,
                                                  int64_t *leads,
                                                  srm_error *err);

/* Counts needed at every stage of a funnel, worked from the bottom up with
 * rounding up at every stage: counts[n] = S, counts[i] =
 * approx_ceil(counts[i + 1] * ratios[i]).
 *   ratios    n inputs-per-output ratios, top of the funnel first, each
 *             finite and >= 1 (SRM_ARG_RATIOS); n >= 1
 *   n         number of ratios (SRM_ARG_RATIOS when 0)
 *   counts    out: n + 1 counts, top stage first, sales last; written only
 *             on success
 * Returns SRM_OK, SRM_EINVAL or SRM_ERANGE. */
SRM_API srm_status srm_funnel_needed(double goal, double deal_value,
                                     const double *ratios, size_t n,
                                     int64_t *counts, srm_error *err);

/* ------------------------------------------------------------------------
 * Learning leads per sale from history
 * ---------------------------------------------------------------------- */

/* Leads per sale observed in history: sum(leads) / sum(sales), unrounded.
 * The sums are plain double sums: exact for whole entries up to 2^53.
 *   leads, n_leads  leads per past period, each finite and >= 0; the sum
 *                   must be > 0 (SRM_ARG_LEADS)
 *   sales, n_sales  sales per past period, each finite and >= 0; the sum
 *                   must be > 0 (no sale yet: use the confidence variant)
 *                   and <= sum(leads): more sales than leads is an error
 *                   in the sales (SRM_ARG_SALES)
 *   out             the estimate, >= 1
 * Returns SRM_OK, SRM_EINVAL, or SRM_ERANGE when a sum or the ratio
 * overflows a double (SRM_ARG_LEADS, SRM_ARG_SALES or SRM_ARG_NONE). */
SRM_API srm_status srm_leads_per_sale(const double *leads, size_t n_leads,
                                      const double *sales, size_t n_sales,
                                      double *out, srm_error *err);

/* A conservative estimate of leads per sale: 1 / q, where q is the
 * (1 - confidence) quantile of the Jeffreys posterior Beta(s + 1/2,
 * n - s + 1/2) of the conversion rate, n = sum(leads), s = sum(sales).
 * Works with s = 0; accurate to 1e-9 relative.  The history is checked as
 * in srm_leads_per_sale() (except that s = 0 is allowed), and n must be at
 * most 2^53, the range of srm_beta_inc_inv(): more is SRM_ERANGE with
 * SRM_ARG_LEADS (detected exactly for whole entries, also when the double
 * sum rounds back to 2^53).
 *   confidence  finite, 0 < confidence < 1 (SRM_ARG_CONFIDENCE)
 * Returns SRM_OK, SRM_EINVAL, SRM_ERANGE (more than 2^53 leads, or a sum
 * overflows) or SRM_ENUMERIC (not expected). */
SRM_API srm_status srm_leads_per_sale_at_confidence(
    const double *leads, size_t n_leads, const double *sales, size_t n_sales,
    double confidence, double *out, srm_error *err);

/* ------------------------------------------------------------------------
 * Statistics used by the functions above (exposed for tests and tools)
 * ---------------------------------------------------------------------- */

/* Regularized incomplete beta I_x(a, b) for 0 < a <= 2^53, 0 < b <= 2^53,
 * 0 <= x <= 1.  Parameters above 2^53 (the largest whole number a double
 * holds exactly, SRM_MAX_COUNT) are SRM_EINVAL.
 * Returns SRM_OK, SRM_EINVAL or SRM_ENUMERIC. */
SRM_API srm_status srm_beta_inc(double x, double a, double b, double *out,
                                srm_error *err);

/* The x with I_x(a, b) = p, for 0 < a <= 2^53, 0 < b <= 2^53,
 * 0 <= p <= 1 (the same domain as srm_beta_inc()).
 * Returns SRM_OK, SRM_EINVAL or SRM_ENUMERIC. */
SRM_API srm_status srm_beta_inc_inv(double p, double a, double b,
                                    double *out, srm_error *err);

/* ------------------------------------------------------------------------
 * Dates
 *
 * A day is a count of days since 1970-01-01 in the proleptic Gregorian
 * calendar (1970-01-01 is 0, 1969-12-31 is -1).  Dates from 1583-01-01 to
 * 9999-12-31 are supported; others are SRM_EINVAL (SRM_ARG_DATE).
 * ---------------------------------------------------------------------- */

typedef int32_t srm_day;

#define SRM_MIN_YEAR 1583
#define SRM_MAX_YEAR 9999
/* Bytes for "YYYY-MM-DD" and its terminating NUL. */
#define SRM_ISO_DATE_SIZE 11

/* The day of a calendar date.  Month 1-12, day 1-28/29/30/31.
 * Returns SRM_OK or SRM_EINVAL. */
SRM_API srm_status srm_day_from_ymd(int year, int month, int mday,
                                    srm_day *day, srm_error *err);

/* The calendar date of a day.  Returns SRM_OK or SRM_EINVAL. */
SRM_API srm_status srm_day_to_ymd(srm_day day, int *year, int *month,
                                  int *mday, srm_error *err);

/* Weekday of a day: 0 = Monday ... 6 = Sunday (ISO order).  Defined for
 * every srm_day. */
SRM_API int srm_weekday(srm_day day);

/* 1 for a Gregorian leap year, else 0. */
SRM_API int srm_is_leap_year(int year);

/* Parses exactly "YYYY-MM-DD" (len bytes, no terminator needed).
 * Returns SRM_OK or SRM_EINVAL. */
SRM_API srm_status srm_day_parse_iso(const char *text, size_t len,
                                     srm_day *day, srm_error *err);

/* Writes "YYYY-MM-DD" and a NUL into buf (SRM_ISO_DATE_SIZE bytes).
 * Returns SRM_OK or SRM_EINVAL. */
SRM_API srm_status srm_day_format_iso(srm_day day,
                                      char buf[SRM_ISO_DATE_SIZE],
                                      srm_error *err);

/* The day of a spreadsheet date serial: serial days after null_date, the
 * time of day (fraction) ignored, i.e. floor(serial).  LibreOffice's default
 * null date is 1899-12-30, the 1904 system's is 1904-01-01.
 * Returns SRM_OK or SRM_EINVAL (a null date outside 1583-9999 with
 * SRM_ARG_NULL_DATE; a non-finite serial or a date outside 1583-9999 with
 * SRM_ARG_DATE). */
SRM_API srm_status srm_day_from_serial(double serial, srm_day null_date,
                                       srm_day *day, srm_error *err);

/* The spreadsheet serial of a day for a null date: day - null_date. */
SRM_API double srm_day_to_serial(srm_day day, srm_day null_date);

/* ------------------------------------------------------------------------
 * Working-day calendar
 * ---------------------------------------------------------------------- */

/* Weekend masks: bit i set means weekday i (0 = Monday) is a day off. */
#define SRM_WEEKEND_SAT_SUN 0x60u
#define SRM_WEEKEND_ALL 0x7Fu

/* The weekend of a NETWORKDAYS.INTL weekend number: 1 = Sat+Sun,
 * 2 = Sun+Mon, ... 7 = Fri+Sat, 11 = Sun only, ... 17 = Sat only.
 * The number must be whole.  Returns SRM_OK or SRM_EINVAL (SRM_ARG_WEEKEND). */
SRM_API srm_status srm_weekend_from_code(double code, unsigned *mask,
                                         srm_error *err);

/* The weekend of a 7-character string of '0' and '1' starting Monday,
 * '1' = day off ("0000011" = Sat+Sun).  "1111111" is SRM_EINVAL, like any
 * other length or character.  Returns SRM_OK or SRM_EINVAL. */
SRM_API srm_status srm_weekend_from_string(const char *text, size_t len,
                                           unsigned *mask, srm_error *err);

/* A working-day calendar: a weekend and holidays.  Build it with
 * srm_calendar_init(); it is then read-only and may be shared by threads. */
typedef struct srm_calendar {
  unsigned weekend;        /* weekend mask, never SRM_WEEKEND_ALL */
  const srm_day *holidays; /* sorted, unique, none on a weekend day */
  size_t n_holidays;
} srm_calendar;

/* Sat+Sun weekend, no holidays. */
#define SRM_CALENDAR_INIT {SRM_WEEKEND_SAT_SUN, NULL, 0}

/* Prepares a calendar.  `holidays` (n days, caller-owned, may be NULL when
 * n is 0) is sorted in place, duplicates and days that fall on the weekend
 * are dropped; the calendar keeps a pointer to it, so it must outlive the
 * calendar.  Holidays outside a later range are simply not counted.
 *   weekend  a mask with at least one working day (SRM_ARG_WEEKEND)
 * Returns SRM_OK or SRM_EINVAL. */
SRM_API srm_status srm_calendar_init(srm_calendar *cal, unsigned weekend,
                                     srm_day *holidays, size_t n,
                                     srm_error *err);

/* Working days in [start, end], both included, computed arithmetically
 * (whole weeks at once, holidays by binary search).  cal NULL means
 * SRM_CALENDAR_INIT; a calendar must come from srm_calendar_init() (a
 * hand-built one with an invalid weekend mask is SRM_ARG_WEEKEND).
 * start > end is SRM_EINVAL (SRM_ARG_START).
 * Returns SRM_OK or SRM_EINVAL. */
SRM_API srm_status srm_workdays(const srm_calendar *cal, srm_day start,
                                srm_day end, int64_t *count, srm_error *err);

/* ------------------------------------------------------------------------
 * Periods and targets
 * ---------------------------------------------------------------------- */

typedef enum srm_period {
  SRM_PERIOD_DAY = 0,
  SRM_PERIOD_WEEK,    /* ISO week, Monday to Sunday */
  SRM_PERIOD_MONTH,
  SRM_PERIOD_QUARTER, /* Jan-Mar, Apr-Jun, Jul-Sep, Oct-Dec */
  SRM_PERIOD_YEAR
} srm_period;

/* Parses a period name, case-insensitive: day, week, month, quarter, year,
 * or Dutch dag, week, maand, kwartaal, jaar.  Returns SRM_OK or SRM_EINVAL
 * (SRM_ARG_PERIOD). */
SRM_API srm_status srm_period_parse(const char *name, size_t len,
                                    srm_period *period, srm_error *err);

/* The English name of a period ("month"); NULL for an unknown value. */
SRM_API const char *srm_period_name(srm_period period);

/* One period of a plan.  Periods are calendar-aligned and clipped to the
 * plan; index 1 is the period containing the plan's start. */
typedef struct srm_period_target {
  int64_t index;      /* 1-based */
  srm_day first;      /* first day of the period within the plan */
  srm_day last;       /* last day of the period within the plan */
  int64_t workdays;   /* working days in [first, last] */
  int64_t target;     /* this period's target */
  int64_t cumulative; /* sum of the targets of periods 1..index */
} srm_period_target;

/* Number of periods of a plan [start, end].  Returns SRM_OK or SRM_EINVAL
 * (start > end, unknown period). */
SRM_API srm_status srm_period_count(srm_day start, srm_day end,
                                    srm_period period, int64_t *count,
                                    srm_error *err);

/* The target of period `index` of a plan that spreads `total` over the
 * working days of [start, end]: with W the working days of the plan and
 * W_k those of periods 1..k, cumulative C_k = approx_ceil(total * W_k / W)
 * and target_k = C_k - C_(k-1).  Targets add up to approx_ceil(total).
 * Computed directly, without visiting the other periods.
 *   total  finite, >= 0 (SRM_ARG_TOTAL)
 *   index  1..srm_period_count() (SRM_ARG_INDEX)
 *   cal    working-day calendar; NULL means SRM_CALENDAR_INIT
 * Returns SRM_OK, SRM_EINVAL (also when the plan has no working day, with
 * SRM_ARG_START) or SRM_ERANGE. */
SRM_API srm_status srm_period_target_at(double total, srm_day start,
                                        srm_day end, srm_period period,
                                        int64_t index,
                                        const srm_calendar *cal,
                                        srm_period_target *out,
                                        srm_error *err);

/* All targets of a plan, as srm_period_target_at() defines them, into
 * out[0..count-1].  *n receives the number of periods; when cap is smaller
 * the function returns SRM_ESIZE (SRM_ARG_OUTPUT), sets *n to the size
 * needed and writes nothing to out.  Returns SRM_OK, SRM_EINVAL,
 * SRM_ERANGE or SRM_ESIZE. */
SRM_API srm_status srm_period_targets(double total, srm_day start,
                                      srm_day end, srm_period period,
                                      const srm_calendar *cal,
                                      srm_period_target *out, size_t cap,
                                      size_t *n, srm_error *err);

/* Pace: with remaining = total - done, 0 when remaining <= 0, else
 * approx_ceil(remaining / R) per working day, R the working days in
 * [today, end] (today included).  today after end leaves R = 0.
 *   total  finite, >= 0 (SRM_ARG_TOTAL)
 *   done   finite, >= 0 (SRM_ARG_DONE)
 * Returns SRM_OK, SRM_EINVAL, SRM_ERANGE, or SRM_EUNREACHABLE when work
 * remains and R = 0. */
SRM_API srm_status srm_pace(double total, double done, srm_day today,
                            srm_day end, const srm_calendar *cal,
                            int64_t *per_day, srm_error *err);

#ifdef __cplusplus
}
#endif

#endif /* SRM_SALESROADMAP_H */
