/*
 * fuzz_periods.c - calendars, working days, period counts, period targets
 * and pace, with arbitrary weekends, holidays, dates and totals.
 *
 * Checked against the definitions of SPEC 6 and 7, computed here by
 * walking the days one by one (for plans up to MAX_WALK days):
 *   - srm_calendar_init() keeps exactly the distinct holidays that are not
 *     on the weekend, sorted;
 *   - srm_workdays() counts the days that are neither weekend nor holiday;
 *   - srm_period_count() counts calendar-aligned periods;
 *   - srm_period_targets(): periods tile [start, end], workdays add up to
 *     W, targets are >= 0 and add up to approx_ceil(total), the cumulative
 *     target never lags total * W_k / W by a whole unit or more, a period
 *     without working days gets 0, srm_period_target_at() gives the same
 *     records, a too small buffer gives SRM_ESIZE and the size needed;
 *   - srm_pace() is 0 when nothing remains, else the smallest whole pace
 *     that covers the remainder in the working days left;
 *   - a failed call leaves its outputs untouched.
 */
#include <stdlib.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_HOLIDAYS 40
#define MAX_WALK 4000
#define MAX_PERIODS 4000

#define SENTINEL (-7777)

typedef struct plan {
  srm_day near;  /* where the plan's dates are drawn around */
  unsigned mask; /* effective weekend, bits 0-6 */
  srm_day hol[MAX_HOLIDAYS];
  size_t n_hol;
  srm_calendar storage;
  const srm_calendar *cal; /* NULL (the default calendar) or &storage */
} plan;

static int in_range(int64_t d) {
  return d >= FZ_MIN_DAY && d <= FZ_MAX_DAY;
}

static int weekday(int64_t d) {
  return (int)(((d + 3) % 7 + 7) % 7);
}

static int is_workday(const plan *p, int64_t d) {
  size_t i;
  if (p->mask >> weekday(d) & 1)
    return 0;
  for (i = 0; i < p->n_hol; i++)
    if (p->hol[i] == d)
      return 0;
  return 1;
}

static int cmp_day(const void *a, const void *b) {
  srm_day x = *(const srm_day *)a, y = *(const srm_day *)b;
  return (x > y) - (x < y);
}

/* Index of the period containing day d from an arbitrary origin: two days
 * share a period exactly when their keys are equal. */
static int64_t period_key(srm_period period, int64_t d) {
  int y, m, md;
  switch (period) {
  case SRM_PERIOD_DAY:
    return d;
  case SRM_PERIOD_WEEK:
    return (d - weekday(d) - 4) / 7; /* Mondays are 4 mod 7: exact */
  default:
    fz_civil_from_days(d, &y, &m, &md);
    if (period == SRM_PERIOD_MONTH)
      return (int64_t)y * 12 + (m - 1);
    if (period == SRM_PERIOD_QUARTER)
      return (int64_t)y * 4 + (m - 1) / 3;
    return y;
  }
}

static void default_calendar(plan *p) {
  p->cal = NULL;
  p->mask = SRM_WEEKEND_SAT_SUN;
  p->n_hol = 0;
}

static void make_calendar(fz_input *in, plan *p) {
  srm_error err = SRM_ERROR_INIT;
  srm_day hol[MAX_HOLIDAYS], copy[MAX_HOLIDAYS];
  size_t i, n, kept = 0;
  unsigned mask;
  srm_status st;
  uint8_t sel = fz_u8(in);
  srm_calendar before;

  if (sel < 32) {
    default_calendar(p);
    return;
  }
  mask = sel & 0x80 ? fz_u32(in) : (unsigned)(sel & 0x7F);
  n = fz_u8(in) % (MAX_HOLIDAYS + 1);
  for (i = 0; i < n; i++) {
    uint8_t h = fz_u8(in);
    if (h < 16 && i > 0)
      hol[i] = hol[h % i]; /* a duplicate */
    else if (h < 24)
      hol[i] = (srm_day)fz_u32(in); /* any day at all */
    else
      hol[i] = p->near + (srm_day)(h % 64) + 7 * (srm_day)(fz_u8(in) % 64);
  }
  memcpy(copy, hol, n * sizeof hol[0]);
  p->storage = (srm_calendar)SRM_CALENDAR_INIT;
  p->storage.n_holidays = 12345;
  before = p->storage;
  FZ_NOTE("calendar_init(mask %#x, %zu holidays)", mask, n);
  st = srm_calendar_init(&p->storage, mask, hol, n, &err);
  if ((mask & SRM_WEEKEND_ALL) == SRM_WEEKEND_ALL ||
      (mask > SRM_WEEKEND_ALL && st != SRM_OK)) {
    /* No working day: invalid.  Bits beyond Sunday mean nothing, and
     * rejecting them is fine too. */
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_WEEKEND);
    FZ_CHECK(memcmp(&p->storage, &before, sizeof before) == 0);
    default_calendar(p);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  p->mask = mask & SRM_WEEKEND_ALL;
  /* The holidays the calendar must keep: distinct, not on the weekend. */
  qsort(copy, n, sizeof copy[0], cmp_day);
  for (i = 0; i < n; i++)
    if ((i == 0 || copy[i] != copy[i - 1]) &&
        !(p->mask >> weekday(copy[i]) & 1))
      p->hol[kept++] = copy[i];
  p->n_hol = kept;
  FZ_CHECK(p->storage.n_holidays == kept);
  FZ_CHECK(kept == 0 || p->storage.holidays == hol);
  for (i = 0; i < kept; i++)
    FZ_CHECK(p->storage.holidays[i] == p->hol[i]);
  /* The calendar points at hol, which dies with this function: let it use
   * the plan's copy, which is the same list. */
  p->storage.holidays = p->hol;
  p->cal = &p->storage;
}

/* Working days in [a, b] by walking, or -1 when the range is too long. */
static int64_t walk_workdays(const plan *p, int64_t a, int64_t b) {
  int64_t d, w = 0;
  if (b - a > MAX_WALK)
    return -1;
  for (d = a; d <= b; d++)
    w += is_workday(p, d);
  return w;
}

/* Working days of the plan, or -1 when the dates are invalid. */
static int64_t check_workdays(const plan *p, srm_day start, srm_day end) {
  srm_error err = SRM_ERROR_INIT;
  int64_t w = SENTINEL, w1 = SENTINEL, w2 = SENTINEL, want;
  srm_status st;
  FZ_NOTE("workdays(mask %#x, %zu holidays, %ld, %ld)", p->mask, p->n_hol,
          (long)start, (long)end);
  st = srm_workdays(p->cal, start, end, &w, &err);
  srm_day mid;

  if (!in_range(start) || !in_range(end) || start > end) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_START || err.arg == SRM_ARG_END ||
             err.arg == SRM_ARG_DATE);
    if (start > end && in_range(start) && in_range(end))
      FZ_CHECK(err.arg == SRM_ARG_START);
    FZ_CHECK(w == SENTINEL);
    return -1;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(w >= 0 && w <= (int64_t)end - start + 1);
  want = walk_workdays(p, start, end);
  if (want >= 0)
    FZ_CHECK(w == want);
  mid = start + (srm_day)(((int64_t)end - start) / 2);
  if (mid < end) { /* additive over a split */
    FZ_CHECK(srm_workdays(p->cal, start, mid, &w1, NULL) == SRM_OK);
    FZ_CHECK(srm_workdays(p->cal, mid + 1, end, &w2, NULL) == SRM_OK);
    FZ_CHECK(w1 + w2 == w);
  }
  return w;
}

/* Number of periods, or -1 when the arguments are invalid. */
static int64_t check_count(srm_day start, srm_day end, srm_period period) {
  srm_error err = SRM_ERROR_INIT;
  int64_t count = SENTINEL;
  srm_status st;
  FZ_NOTE("period_count(%ld, %ld, %d)", (long)start, (long)end, (int)period);
  st = srm_period_count(start, end, period, &count, &err);
  int bad_period = (int)period < 0 || (int)period > 4,
      bad_dates = !in_range(start) || !in_range(end) || start > end;

  if (bad_period || bad_dates) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(
        (bad_period && err.arg == SRM_ARG_PERIOD) ||
        (bad_dates && (err.arg == SRM_ARG_START || err.arg == SRM_ARG_END ||
                       err.arg == SRM_ARG_DATE)));
    FZ_CHECK(count == SENTINEL);
    return -1;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(count == period_key(period, end) - period_key(period, start) + 1);
  return count;
}

static int same_target(const srm_period_target *a, const srm_period_target *b) {
  return a->index == b->index && a->first == b->first && a->last == b->last &&
         a->workdays == b->workdays && a->target == b->target &&
         a->cumulative == b->cumulative;
}

static void check_one_at(const plan *p, double total, srm_day start,
                         srm_day end, srm_period period, int64_t index,
                         int64_t count, const srm_period_target *want) {
  srm_error err = SRM_ERROR_INIT;
  srm_period_target t, before;
  srm_status st;
  memset(&t, 0xA5, sizeof t);
  before = t;
  st = srm_period_target_at(total, start, end, period, index, p->cal, &t, &err);
  if (index < 1 || index > count) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_INDEX);
    FZ_CHECK(memcmp(&t, &before, sizeof t) == 0);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(t.index == index);
  FZ_CHECK(t.first >= start && t.first <= t.last && t.last <= end);
  FZ_CHECK(period_key(period, t.first) - period_key(period, start) + 1 ==
           index);
  FZ_CHECK(period_key(period, t.last) == period_key(period, t.first));
  FZ_CHECK(t.target >= 0 && t.cumulative >= t.target);
  if (want != NULL)
    FZ_CHECK(same_target(&t, want));
}

static void check_targets(const plan *p, double total, srm_day start,
                          srm_day end, srm_period period, int64_t count,
                          int64_t w, fz_input *in) {
  srm_error err = SRM_ERROR_INIT;
  srm_period_target *out = NULL, probe;
  size_t n = 99999, i;
  int64_t k, cum = 0, wsum = 0;
  double want_total = srm_approx_ceil(total);
  srm_status st;
  int bad_total, no_workday, too_large, maybe_large;
  FZ_NOTE("period_targets(%.17g, %ld, %ld, %d, mask %#x, %zu holidays)", total,
          (long)start, (long)end, (int)period, p->mask, p->n_hol);
  bad_total = !fz_valid_number(total);
  no_workday = w == 0;
  too_large = !bad_total && want_total > SRM_MAX_COUNT;
  maybe_large = !bad_total && total > 4503599627370496.0; /* 2^52 */

  /* Invalid arguments. */
  if (bad_total || no_workday || too_large) {
    memset(&probe, 0xA5, sizeof probe);
    st = srm_period_target_at(total, start, end, period, 1, p->cal, &probe,
                              &err);
    FZ_CHECK(st != SRM_OK);
    fz_check_failure(st, &err);
    if (bad_total || no_workday)
      FZ_CHECK(st == SRM_EINVAL && ((bad_total && err.arg == SRM_ARG_TOTAL) ||
                                    (no_workday && err.arg == SRM_ARG_START)));
    else
      FZ_CHECK(st == SRM_ERANGE);
    err = (srm_error)SRM_ERROR_INIT;
    st = srm_period_targets(total, start, end, period, p->cal, &probe, 1, &n,
                            &err);
    FZ_CHECK(st != SRM_OK);
    fz_check_failure(st, &err);
    if (st != SRM_ESIZE)
      FZ_CHECK(n == 99999);
    return;
  }
  if (count > MAX_PERIODS) {
    /* Too many to list here: the last period and a few others. */
    srm_period_target last;
    check_one_at(p, total, start, end, period, 0, count, NULL);
    check_one_at(p, total, start, end, period, count + 1, count, NULL);
    check_one_at(p, total, start, end, period,
                 1 + (int64_t)(fz_u32(in) % count), count, NULL);
    st = srm_period_target_at(total, start, end, period, count, p->cal, &last,
                              &err);
    if (st != SRM_OK && maybe_large) {
      FZ_CHECK(st == SRM_ERANGE);
      return;
    }
    FZ_CHECK(st == SRM_OK);
    FZ_CHECK((double)last.cumulative == want_total);
    FZ_CHECK(last.last == end);
    return;
  }
  out = malloc(((size_t)count + 1) * sizeof *out);
  FZ_CHECK(out != NULL);
  memset(out, 0xA5, ((size_t)count + 1) * sizeof *out);
  st = srm_period_targets(total, start, end, period, p->cal, out, (size_t)count,
                          &n, &err);
  if (st != SRM_OK && maybe_large) {
    FZ_CHECK(st == SRM_ERANGE);
    fz_check_failure(st, &err);
    free(out);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(n == (size_t)count);
  memset(&probe, 0xA5, sizeof probe);
  FZ_CHECK(memcmp(&out[count], &probe, sizeof probe) == 0); /* not beyond */
  for (i = 0; i < n; i++) {
    const srm_period_target *t = &out[i];
    double exact = total * (double)(wsum + t->workdays) / (double)w;
    FZ_CHECK(t->index == (int64_t)i + 1);
    FZ_CHECK(t->first == (i == 0 ? start : out[i - 1].last + 1));
    FZ_CHECK(t->last >= t->first);
    FZ_CHECK(period_key(period, t->first) == period_key(period, t->last));
    if (i + 1 < n)
      FZ_CHECK(period_key(period, t->last + 1) != period_key(period, t->last));
    if (t->last - t->first <= 400) {
      int64_t wd = walk_workdays(p, t->first, t->last);
      FZ_CHECK(t->workdays == wd);
    }
    FZ_CHECK(t->target >= 0);
    if (t->workdays == 0)
      FZ_CHECK(t->target == 0);
    wsum += t->workdays;
    cum += t->target;
    FZ_CHECK(t->cumulative == cum);
    /* Never behind the even pace, never a whole unit ahead of it. */
    FZ_CHECK((double)cum >= exact * (1 - 1e-14));
    FZ_CHECK((double)(cum - 1) < exact * (1 + 1e-14));
  }
  FZ_CHECK(out[n - 1].last == end);
  FZ_CHECK(wsum == w);
  FZ_CHECK((double)cum == want_total); /* targets add up */

  /* srm_period_target_at() agrees, record for record. */
  for (k = 1; k <= count; k++)
    if (count <= 200 || k <= 3 || k > count - 3 || (k * 2654435761u) % 32 == 0)
      check_one_at(p, total, start, end, period, k, count, &out[k - 1]);
  check_one_at(p, total, start, end, period, 0, count, NULL);
  check_one_at(p, total, start, end, period, count + 1, count, NULL);
  check_one_at(p, total, start, end, period, (int64_t)fz_u64(in), count, NULL);

  /* A buffer one too small: SRM_ESIZE, the size needed, nothing written. */
  memset(out, 0xA5, ((size_t)count + 1) * sizeof *out);
  n = 0;
  err = (srm_error)SRM_ERROR_INIT;
  st = srm_period_targets(total, start, end, period, p->cal, out,
                          (size_t)count - 1, &n, &err);
  FZ_CHECK(st == SRM_ESIZE);
  fz_check_failure(st, &err);
  FZ_CHECK(err.arg == SRM_ARG_OUTPUT);
  FZ_CHECK(n == (size_t)count);
  for (i = 0; i <= (size_t)count; i++)
    FZ_CHECK(memcmp(&out[i], &probe, sizeof probe) == 0);
  free(out);
}

static void check_pace(const plan *p, double total, double done, srm_day today,
                       srm_day end) {
  srm_error err = SRM_ERROR_INIT;
  int64_t pace = SENTINEL, r = 0;
  srm_status st;
  FZ_NOTE("pace(%.17g, %.17g, %ld, %ld, mask %#x, %zu holidays)", total, done,
          (long)today, (long)end, p->mask, p->n_hol);
  st = srm_pace(total, done, today, end, p->cal, &pace, &err);
  int bad_total = !fz_valid_number(total), bad_done = !fz_valid_number(done),
      bad_dates = !in_range(today) || !in_range(end);
  double remaining, want;

  if (bad_total || bad_done) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(
        (bad_total && err.arg == SRM_ARG_TOTAL) ||
        (bad_done && err.arg == SRM_ARG_DONE) ||
        (bad_dates && (err.arg == SRM_ARG_TODAY || err.arg == SRM_ARG_END ||
                       err.arg == SRM_ARG_DATE)));
    FZ_CHECK(pace == SENTINEL);
    return;
  }
  remaining = total - done;
  if (bad_dates) {
    /* Invalid dates are an error, except that a finished plan may answer 0
     * without looking at them. */
    if (st == SRM_OK) {
      FZ_CHECK(remaining <= 0 && pace == 0);
      return;
    }
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_TODAY || err.arg == SRM_ARG_END ||
             err.arg == SRM_ARG_DATE);
    FZ_CHECK(pace == SENTINEL);
    return;
  }
  if (remaining <= 0) {
    FZ_CHECK(st == SRM_OK && pace == 0);
    return;
  }
  if (today <= end)
    FZ_CHECK(srm_workdays(p->cal, today, end, &r, NULL) == SRM_OK);
  if (r == 0) {
    FZ_CHECK(st == SRM_EUNREACHABLE);
    fz_check_failure(st, &err);
    FZ_CHECK(pace == SENTINEL);
    return;
  }
  want = srm_approx_ceil(remaining / (double)r);
  if (want == 0) /* the quotient underflowed: work remains, so 1 */
    want = 1;
  if (want > SRM_MAX_COUNT) {
    FZ_CHECK(st == SRM_ERANGE);
    fz_check_failure(st, &err);
    FZ_CHECK(pace == SENTINEL);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK((double)pace == want);
  FZ_CHECK(pace >= 1);
  /* The pace covers the remainder, one less would not. */
  FZ_CHECK((double)pace * (double)r >= remaining * (1 - 1e-14));
  FZ_CHECK((double)(pace - 1) * (double)r < remaining * (1 + 1e-14));
}

static srm_day clamp_day(int64_t d) {
  return d < INT32_MIN ? INT32_MIN : d > INT32_MAX ? INT32_MAX : (srm_day)d;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_input in = {data, size};
  plan p;
  srm_day start, end;
  srm_period period;
  double total, done;
  int64_t w, count;
  uint8_t sel;

  memset(&p, 0, sizeof p);
  p.near = 17000 + (srm_day)fz_u16(&in); /* 2016 .. 2195 */
  make_calendar(&in, &p);
  start = fz_day(&in, p.near);
  sel = fz_u8(&in);
  if (sel < 200) /* mostly a plan of up to ~3 years */
    end = clamp_day((int64_t)start + fz_u16(&in) % 1100);
  else if (sel < 230)
    end = clamp_day((int64_t)start - 1 - fz_u8(&in) % 8);
  else
    end = fz_day(&in, p.near);
  sel = fz_u8(&in);
  period = (srm_period)(sel < 240 ? sel % 5 : (int)(int8_t)fz_u8(&in));
  total = fz_double(&in);

  w = check_workdays(&p, start, end);
  count = check_count(start, end, period);
  if (count >= 0 && w >= 0)
    check_targets(&p, total, start, end, period, count, w, &in);

  done = fz_double(&in);
  if (fz_u8(&in) & 1) /* often a done that is a part of the total */
    done = isfinite(total) ? total * (fz_u8(&in) / 255.0) : done;
  check_pace(&p, total, done, fz_day(&in, p.near), end);
  return 0;
}
