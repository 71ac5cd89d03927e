/*
 * test_status.c - status and argument names, and the library version.
 */
#include <string.h>

#include "testutil.h"

#define N_STATUS 6 /* SRM_OK .. SRM_ENUMERIC */
#define N_ARG 20   /* SRM_ARG_NONE .. SRM_ARG_OUTPUT */

static void status_strings_are_distinct(void **state) {
  (void)state;
  const char *seen[N_STATUS];
  assert_int_equal(SRM_ENUMERIC, N_STATUS - 1);
  for (int i = 0; i < N_STATUS; i++) {
    seen[i] = srm_status_string((srm_status)i);
    assert_non_null(seen[i]);
    assert_true(seen[i][0] != '\0');
    for (int j = 0; j < i; j++)
      assert_string_not_equal(seen[i], seen[j]);
  }
}

static void arg_names_are_distinct(void **state) {
  (void)state;
  const char *seen[N_ARG];
  assert_int_equal(SRM_ARG_OUTPUT, N_ARG - 1);
  for (int i = 0; i < N_ARG; i++) {
    seen[i] = srm_arg_name((srm_arg)i);
    assert_non_null(seen[i]);
    assert_true(seen[i][0] != '\0');
    for (int j = 0; j < i; j++)
      assert_string_not_equal(seen[i], seen[j]);
  }
  assert_string_equal(srm_arg_name(SRM_ARG_DEAL_VALUE), "deal value");
  assert_string_equal(srm_status_string(SRM_EINVAL), "invalid argument");
}

static void version_matches_header(void **state) {
  (void)state;
  char expected[32];
  assert_int_equal(srm_version_number(), SRM_VERSION_NUMBER);
  assert_string_equal(srm_version(), SRM_VERSION);
  /* The number is MAJOR * 10000 + MINOR * 100 + PATCH of the string. */
  snprintf(expected, sizeof expected, "%d.%d.%d", SRM_VERSION_NUMBER / 10000,
           SRM_VERSION_NUMBER / 100 % 100, SRM_VERSION_NUMBER % 100);
  assert_string_equal(srm_version(), expected);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(status_strings_are_distinct),
      cmocka_unit_test(arg_names_are_distinct),
      cmocka_unit_test(version_matches_header),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
