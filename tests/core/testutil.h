/*
 * testutil.h - helpers shared by the core's cmocka tests.
 *
 * Include order required by cmocka: stdarg, stddef, setjmp, stdint first.
 */
#ifndef SRM_TESTUTIL_H
#define SRM_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "salesroadmap.h"

/* cmocka 1.1.5's assert_float_equal compares as float; this compares doubles
 * with a relative tolerance and prints both values with %.17g. */
#define assert_close(actual, expected, rel_tol)                                \
  srmt_assert_close((actual), (expected), (rel_tol), __FILE__, __LINE__)

static inline void srmt_assert_close(double actual, double expected,
                                     double rel_tol, const char *file,
                                     int line) {
  double diff = fabs(actual - expected);
  double scale = fabs(expected) > 1.0 ? fabs(expected) : 1.0;
  if (!(diff <= rel_tol * scale)) {
    print_error("%s:%d: %.17g is not within %g (relative) of %.17g\n", file,
                line, actual, rel_tol, expected);
    _fail(file, line);
  }
}

/* Asserts that a call failed with the given status and argument, and that
 * the error carries a non-empty message. */
#define assert_failed(call, err, want_status, want_arg)                        \
  do {                                                                         \
    srm_status st_ = (call);                                                   \
    assert_int_equal(st_, (want_status));                                      \
    assert_int_equal((err).status, (want_status));                             \
    assert_int_equal((err).arg, (want_arg));                                   \
    assert_non_null((err).message);                                            \
    assert_true((err).message[0] != '\0');                                     \
  } while (0)

#endif /* SRM_TESTUTIL_H */
