/*
 * internal.h - helpers shared by the core's source files; not installed.
 */
#ifndef SRM_INTERNAL_H
#define SRM_INTERNAL_H

#include "salesroadmap.h"

/* Records a failure in err (when given) and returns the status. */
static inline srm_status srmi_fail(srm_error *err, srm_status status,
                                   srm_arg arg, const char *message) {
  if (err != NULL) {
    err->status = status;
    err->arg = arg;
    err->message = message;
  }
  return status;
}

/* Rounds a non-negative finite value up with srm_approx_ceil() into a count.
 * Fails with SRM_ERANGE (argument `arg`) when the count exceeds 2^53 or the
 * value is not finite. */
srm_status srmi_count(double value, int64_t *count, srm_arg arg,
                      srm_error *err);

#endif /* SRM_INTERNAL_H */
