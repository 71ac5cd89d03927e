/*
 * bare.c - see bare.h.
 */
#include <math.h>

#include "bare.h"

srm_status bench_bare_leads(double goal, double deal_value,
                            double leads_per_sale, int64_t *leads,
                            srm_error *err) {
  (void)err;
  *leads = (int64_t)ceil(ceil(goal / deal_value) * leads_per_sale);
  return SRM_OK;
}
