/*
 * fuzz_period_name.c - srm_period_parse() on arbitrary bytes.
 *
 * The input is accepted exactly when it is one of the ten names of SPEC 6
 * (five English, five Dutch, "week" in both), ignoring ASCII case, with
 * nothing before or after it; the period it gives must be the right one.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const struct {
  const char *name;
  srm_period period;
} names[] = {
    {"day", SRM_PERIOD_DAY},     {"week", SRM_PERIOD_WEEK},
    {"month", SRM_PERIOD_MONTH}, {"quarter", SRM_PERIOD_QUARTER},
    {"year", SRM_PERIOD_YEAR},   {"dag", SRM_PERIOD_DAY},
    {"maand", SRM_PERIOD_MONTH}, {"kwartaal", SRM_PERIOD_QUARTER},
    {"jaar", SRM_PERIOD_YEAR},
};

static int ascii_lower(int c) {
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int matches(const uint8_t *t, size_t len, const char *name) {
  size_t i;
  if (len != strlen(name))
    return 0;
  for (i = 0; i < len; i++)
    if (ascii_lower(t[i]) != name[i])
      return 0;
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  srm_error err = SRM_ERROR_INIT;
  srm_period p = (srm_period)99;
  srm_status st = srm_period_parse((const char *)data, size, &p, &err);
  int want = -1;
  size_t i;
  const char *name;

  for (i = 0; i < sizeof names / sizeof names[0]; i++)
    if (matches(data, size, names[i].name))
      want = (int)names[i].period;
  if (want < 0) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_PERIOD);
    FZ_CHECK(p == (srm_period)99);
  } else {
    FZ_CHECK(st == SRM_OK);
    FZ_CHECK((int)p == want);
    name = srm_period_name(p);
    FZ_CHECK(name != NULL);
    FZ_CHECK(srm_period_parse(name, strlen(name), &p, NULL) == SRM_OK);
    FZ_CHECK((int)p == want);
  }
  /* The name of an arbitrary enum value: a name for the five kinds only. */
  if (size > 0) {
    int v = (int)(int8_t)data[0];
    name = srm_period_name((srm_period)v);
    FZ_CHECK((v >= 0 && v <= 4) == (name != NULL));
  }
  return 0;
}
