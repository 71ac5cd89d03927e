/*
 * bare.h - the bare baseline as an out-of-line function with the API's
 * shape, for bench_core.
 */
#ifndef SRM_BENCH_BARE_H
#define SRM_BENCH_BARE_H

#include "salesroadmap.h"

/* ceil(ceil(goal / deal_value) * leads_per_sale) into *leads, with no
 * checks.  Defined in its own file so that the compiler cannot inline it
 * into the benchmark loop, as it cannot inline the library's functions. */
srm_status bench_bare_leads(double goal, double deal_value,
                            double leads_per_sale, int64_t *leads,
                            srm_error *err);

#endif /* SRM_BENCH_BARE_H */
