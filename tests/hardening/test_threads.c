/*
 * test_threads.c - the core called from 8 threads at once.
 *
 * A few thousand calls to every public function, with valid and invalid
 * arguments drawn from a fixed pseudo-random sequence, are first answered
 * by the main thread alone.  Then 8 threads run the whole list at the same
 * time, each from a different starting point and for several rounds, and
 * every answer (status, error record, outputs) must equal the one-thread
 * answer.  The calendars the calls use are built once and shared by all
 * threads, read-only, as the header allows.
 *
 * Built as usual this checks that answers do not depend on concurrency;
 * built with -fsanitize=thread (scripts/hardening.sh) ThreadSanitizer also
 * checks that no call touches shared memory unsafely.
 */
#include "testutil.h"

#include <pthread.h>
#include <string.h>

#define N_THREADS 8
#define N_JOBS 2400
#define N_ROUNDS 2

/* ------------------------------------------------------------------------
 * A fixed pseudo-random sequence (xorshift64*)
 * ---------------------------------------------------------------------- */

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rnd(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545F4914F6CDD1Du;
}

static unsigned rnd_below(unsigned n) {
  return (unsigned)(rnd() % n);
}

/* Mostly ordinary values, sometimes an awkward one. */
static double rnd_double(double scale) {
  static const double awkward[] = {
      0,   -1,       1e308,     1e-308, -0.0,
      NAN, INFINITY, -INFINITY, 1,      0.99999999999999989};
  if (rnd_below(8) == 0)
    return awkward[rnd_below(sizeof awkward / sizeof awkward[0])];
  return (double)rnd_below(1000000) / 1000000.0 * scale;
}

static double rnd_ratio(void) {
  return rnd_below(10) == 0 ? rnd_double(2) : 1 + rnd_double(20);
}

/* Days around 2000-2030, sometimes outside the supported range. */
static srm_day rnd_day(void) {
  if (rnd_below(20) == 0)
    return rnd_below(2) ? -200000 : 3000000;
  return 10957 + (srm_day)rnd_below(11000);
}

/* ------------------------------------------------------------------------
 * Jobs and their answers
 * ---------------------------------------------------------------------- */

enum kind {
  K_SALES,
  K_LEADS,
  K_CONF,
  K_FUNNEL,
  K_LPS,
  K_LPS_CONF,
  K_BETA,
  K_BETA_INV,
  K_FROM_YMD,
  K_TO_YMD,
  K_WEEKDAY_LEAP,
  K_PARSE_ISO,
  K_FORMAT_ISO,
  K_SERIAL,
  K_WEEKEND_CODE,
  K_WEEKEND_STRING,
  K_CALENDAR_INIT,
  K_WORKDAYS,
  K_PERIOD_PARSE,
  K_PERIOD_COUNT,
  K_TARGET_AT,
  K_TARGETS,
  K_PACE,
  K_MISC,
  N_KINDS
};

#define MAX_LIST 6
#define MAX_TARGETS 40

typedef struct job {
  int kind;
  double x[4];
  double list1[MAX_LIST], list2[MAX_LIST];
  size_t n1, n2;
  srm_day d1, d2;
  int i1, i2, i3;
  int64_t index;
  int cal; /* which shared calendar, -1 for NULL */
  char text[16];
  size_t len;
} job;

/* Everything a call produced, zero-filled first so that memcmp compares. */
typedef struct answer {
  srm_status status;
  srm_error err;
  int64_t ints[8];
  double reals[4];
  char text[SRM_ISO_DATE_SIZE + 1];
  srm_period_target targets[MAX_TARGETS];
  size_t n;
} answer;

static job jobs[N_JOBS];
static answer expected[N_JOBS];

/* Shared, read-only calendars. */
#define N_CALS 3
static srm_calendar cals[N_CALS];
static srm_day cal_holidays[N_CALS][64];

static const srm_calendar *cal_of(const job *j) {
  return j->cal < 0 ? NULL : &cals[j->cal];
}

static void make_job(job *j) {
  static const char *const texts[] = {
      "2027-01-31", "2024-02-29", "1582-12-31", "2027-13-01", "2027-1-31",
      "0000011",    "1111111",    "0000000",    "00001a1",    "month",
      "Kwartaal",   "weeks",      "",           "dag",        "9999-12-31"};
  size_t i;
  memset(j, 0, sizeof *j);
  j->kind = (int)rnd_below(N_KINDS);
  for (i = 0; i < 4; i++)
    j->x[i] = rnd_double(1e6);
  j->x[2] = rnd_ratio();
  j->n1 = rnd_below(MAX_LIST + 1);
  j->n2 = rnd_below(MAX_LIST + 1);
  for (i = 0; i < MAX_LIST; i++) {
    j->list1[i] = rnd_below(5) ? 1 + rnd_double(100) : rnd_double(100);
    j->list2[i] = rnd_double(10);
  }
  j->d1 = rnd_day();
  j->d2 = rnd_below(10) ? j->d1 + (srm_day)rnd_below(800) : rnd_day();
  j->i1 = 1500 + (int)rnd_below(9000);
  j->i2 = (int)rnd_below(14);
  j->i3 = (int)rnd_below(33);
  j->index = (int64_t)rnd_below(30) - 2;
  j->cal = (int)rnd_below(N_CALS + 1) - 1;
  i = rnd_below(sizeof texts / sizeof texts[0]);
  j->len = strlen(texts[i]);
  memcpy(j->text, texts[i], j->len);
  /* Keep the searches of planning with confidence small. */
  if (j->kind == K_CONF) {
    j->x[0] = rnd_double(5000);
    j->x[1] = rnd_below(10) ? 1 + rnd_below(3) : rnd_double(10);
    j->x[2] = rnd_ratio();
    j->x[3] = rnd_below(10) ? (1 + rnd_below(998)) / 1000.0 : rnd_double(2);
  }
  if (j->kind == K_LPS_CONF || j->kind == K_BETA || j->kind == K_BETA_INV)
    j->x[3] = rnd_below(10) ? (1 + rnd_below(998)) / 1000.0 : rnd_double(2);
  if (j->kind == K_BETA || j->kind == K_BETA_INV) {
    j->x[0] = rnd_below(10) ? 0.5 + rnd_double(500) : rnd_double(2);
    j->x[1] = rnd_below(10) ? 0.5 + rnd_double(500) : rnd_double(2);
  }
}

static void run_job(const job *j, answer *a) {
  srm_error *e = &a->err;
  const srm_calendar *cal = cal_of(j);
  memset(a, 0, sizeof *a);
  a->err = (srm_error)SRM_ERROR_INIT;
  switch (j->kind) {
  case K_SALES:
    a->status = srm_sales_needed(j->x[0], j->x[1] / 100, &a->ints[0], e);
    break;
  case K_LEADS:
    a->status =
        srm_leads_needed(j->x[0], j->x[1] / 100, j->x[2], &a->ints[0], e);
    break;
  case K_CONF:
    a->status = srm_leads_needed_at_confidence(j->x[0], j->x[1], j->x[2],
                                               j->x[3], &a->ints[0], e);
    break;
  case K_FUNNEL: {
    int64_t counts[MAX_LIST + 1] = {0};
    a->status =
        srm_funnel_needed(j->x[0], j->x[1] / 100, j->list1, j->n1, counts, e);
    memcpy(a->ints, counts,
           sizeof a->ints < sizeof counts ? sizeof a->ints : sizeof counts);
    break;
  }
  case K_LPS:
    a->status =
        srm_leads_per_sale(j->list1, j->n1, j->list2, j->n2, &a->reals[0], e);
    break;
  case K_LPS_CONF:
    a->status = srm_leads_per_sale_at_confidence(
        j->list1, j->n1, j->list2, j->n2, j->x[3], &a->reals[0], e);
    break;
  case K_BETA:
    a->status = srm_beta_inc(j->x[3], j->x[0], j->x[1], &a->reals[0], e);
    break;
  case K_BETA_INV:
    a->status = srm_beta_inc_inv(j->x[3], j->x[0], j->x[1], &a->reals[0], e);
    break;
  case K_FROM_YMD: {
    srm_day d = 0;
    a->status = srm_day_from_ymd(j->i1, j->i2, j->i3, &d, e);
    a->ints[0] = d;
    break;
  }
  case K_TO_YMD: {
    int y = 0, m = 0, md = 0;
    a->status = srm_day_to_ymd(j->d1, &y, &m, &md, e);
    a->ints[0] = y;
    a->ints[1] = m;
    a->ints[2] = md;
    break;
  }
  case K_WEEKDAY_LEAP:
    a->ints[0] = srm_weekday(j->d1);
    a->ints[1] = srm_is_leap_year(j->i1);
    break;
  case K_PARSE_ISO: {
    srm_day d = 0;
    a->status = srm_day_parse_iso(j->text, j->len, &d, e);
    a->ints[0] = d;
    break;
  }
  case K_FORMAT_ISO:
    a->status = srm_day_format_iso(j->d1, a->text, e);
    break;
  case K_SERIAL: {
    srm_day d = 0;
    a->status = srm_day_from_serial(j->x[0] / 10, j->d2 - 30000, &d, e);
    a->ints[0] = d;
    a->reals[0] = srm_day_to_serial(j->d1, j->d2);
    break;
  }
  case K_WEEKEND_CODE: {
    unsigned m = 0;
    a->status =
        srm_weekend_from_code((double)j->i2 + (j->i3 == 0 ? 0.5 : 0), &m, e);
    a->ints[0] = m;
    break;
  }
  case K_WEEKEND_STRING: {
    unsigned m = 0;
    a->status = srm_weekend_from_string(j->text, j->len, &m, e);
    a->ints[0] = m;
    break;
  }
  case K_CALENDAR_INIT: {
    /* Each thread builds its own calendar from its own copy. */
    srm_day hol[MAX_LIST];
    srm_calendar c = SRM_CALENDAR_INIT;
    size_t i;
    for (i = 0; i < j->n1; i++)
      hol[i] = j->d1 + (srm_day)j->list2[i];
    a->status = srm_calendar_init(&c, (unsigned)j->i3 * 4u, hol, j->n1, e);
    a->ints[0] = c.weekend;
    a->ints[1] = (int64_t)c.n_holidays;
    for (i = 0; i < c.n_holidays && i < 6; i++)
      a->ints[2 + i] = c.holidays[i];
    break;
  }
  case K_WORKDAYS:
    a->status = srm_workdays(cal, j->d1, j->d2, &a->ints[0], e);
    break;
  case K_PERIOD_PARSE: {
    srm_period p = SRM_PERIOD_DAY;
    a->status = srm_period_parse(j->text, j->len, &p, e);
    a->ints[0] = p;
    break;
  }
  case K_PERIOD_COUNT:
    a->status =
        srm_period_count(j->d1, j->d2, (srm_period)(j->i2 % 6), &a->ints[0], e);
    break;
  case K_TARGET_AT:
    a->status =
        srm_period_target_at(j->x[0], j->d1, j->d2, (srm_period)(j->i2 % 6),
                             j->index, cal, &a->targets[0], e);
    break;
  case K_TARGETS:
    a->status =
        srm_period_targets(j->x[0], j->d1, j->d2, (srm_period)(j->i2 % 6), cal,
                           a->targets, MAX_TARGETS, &a->n, e);
    break;
  case K_PACE:
    a->status = srm_pace(j->x[0], j->x[1], j->d1, j->d2, cal, &a->ints[0], e);
    break;
  default: {
    const char *name = srm_period_name((srm_period)(j->i2 % 6));
    a->reals[0] = srm_approx_ceil(j->x[0] / 7);
    a->ints[0] = (int64_t)(intptr_t)srm_status_string((srm_status)(j->i2 % 7));
    a->ints[1] = (int64_t)(intptr_t)srm_arg_name((srm_arg)j->i3);
    a->ints[2] = (int64_t)(intptr_t)name;
    a->ints[3] = srm_version_number();
    a->ints[4] = (int64_t)(intptr_t)srm_version();
    break;
  }
  }
}

static int same_answer(const answer *a, const answer *b) {
  size_t i;
  if (a->status != b->status || a->err.status != b->err.status ||
      a->err.arg != b->err.arg || strcmp(a->err.message, b->err.message) != 0 ||
      memcmp(a->ints, b->ints, sizeof a->ints) != 0 ||
      memcmp(a->reals, b->reals, sizeof a->reals) != 0 ||
      memcmp(a->text, b->text, sizeof a->text) != 0 || a->n != b->n)
    return 0;
  for (i = 0; i < MAX_TARGETS; i++) {
    const srm_period_target *s = &a->targets[i], *t = &b->targets[i];
    if (s->index != t->index || s->first != t->first || s->last != t->last ||
        s->workdays != t->workdays || s->target != t->target ||
        s->cumulative != t->cumulative)
      return 0;
  }
  return 1;
}

/* ------------------------------------------------------------------------
 * Threads
 * ---------------------------------------------------------------------- */

typedef struct worker {
  int id;
  int mismatches;
  int first_bad;
} worker;

static void *work(void *arg) {
  worker *w = arg;
  answer a;
  int round, k;
  w->first_bad = -1;
  for (round = 0; round < N_ROUNDS; round++) {
    for (k = 0; k < N_JOBS; k++) {
      /* Each thread starts elsewhere and walks with its own stride, so
       * that different functions overlap in time. */
      int i = (w->id * (N_JOBS / N_THREADS) + k * (2 * w->id + 1)) % N_JOBS;
      run_job(&jobs[i], &a);
      if (!same_answer(&a, &expected[i])) {
        if (w->first_bad < 0)
          w->first_bad = i;
        w->mismatches++;
      }
    }
  }
  return NULL;
}

static void make_calendars(void) {
  static const unsigned weekends[N_CALS] = {SRM_WEEKEND_SAT_SUN, 0x30, 0x00};
  int c, i;
  for (c = 0; c < N_CALS; c++) {
    for (i = 0; i < 64; i++)
      cal_holidays[c][i] = 10957 + (srm_day)rnd_below(11000);
    assert_int_equal(
        srm_calendar_init(&cals[c], weekends[c], cal_holidays[c], 64, NULL),
        SRM_OK);
  }
}

static void test_same_answers_from_8_threads(void **state) {
  pthread_t threads[N_THREADS];
  worker workers[N_THREADS];
  int kinds[N_KINDS] = {0};
  int i, ok = 0, failed = 0;
  (void)state;

  make_calendars();
  for (i = 0; i < N_JOBS; i++) {
    make_job(&jobs[i]);
    run_job(&jobs[i], &expected[i]);
    kinds[jobs[i].kind]++;
    if (expected[i].status == SRM_OK)
      ok++;
    else
      failed++;
  }
  /* Every function is exercised, with successes and failures. */
  for (i = 0; i < N_KINDS; i++)
    assert_true(kinds[i] > 0);
  assert_true(ok > N_JOBS / 4 && failed > N_JOBS / 10);

  for (i = 0; i < N_THREADS; i++) {
    workers[i].id = i;
    workers[i].mismatches = 0;
    assert_int_equal(pthread_create(&threads[i], NULL, work, &workers[i]), 0);
  }
  for (i = 0; i < N_THREADS; i++)
    assert_int_equal(pthread_join(threads[i], NULL), 0);
  for (i = 0; i < N_THREADS; i++) {
    if (workers[i].mismatches != 0)
      print_error("thread %d: %d answers differ, first job %d (kind %d)\n", i,
                  workers[i].mismatches, workers[i].first_bad,
                  jobs[workers[i].first_bad].kind);
    assert_int_equal(workers[i].mismatches, 0);
  }
  print_message("%d calls (%d succeeding, %d failing) x %d threads x %d "
                "rounds: all answers equal\n",
                N_JOBS, ok, failed, N_THREADS, N_ROUNDS);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_same_answers_from_8_threads),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
