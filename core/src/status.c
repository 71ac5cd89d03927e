/*
 * status.c - names of statuses and arguments, and the library version.
 */
#include "internal.h"

int srm_version_number(void) {
  return SRM_VERSION_NUMBER;
}

const char *srm_version(void) {
  return SRM_VERSION;
}

const char *srm_status_string(srm_status status) {
  switch (status) {
  case SRM_OK:
    return "success";
  case SRM_EINVAL:
    return "invalid argument";
  case SRM_ERANGE:
    return "result too large to represent exactly";
  case SRM_EUNREACHABLE:
    return "goal can no longer be reached: no working day left";
  case SRM_ESIZE:
    return "buffer too small";
  case SRM_ENUMERIC:
    return "numerical method did not converge";
  }
  return "unknown status";
}

const char *srm_arg_name(srm_arg arg) {
  switch (arg) {
  case SRM_ARG_NONE:
    return "none";
  case SRM_ARG_GOAL:
    return "goal";
  case SRM_ARG_DEAL_VALUE:
    return "deal value";
  case SRM_ARG_LEADS_PER_SALE:
    return "leads per sale";
  case SRM_ARG_CONFIDENCE:
    return "confidence";
  case SRM_ARG_RATIOS:
    return "ratios";
  case SRM_ARG_TOTAL:
    return "total";
  case SRM_ARG_DONE:
    return "done";
  case SRM_ARG_START:
    return "start";
  case SRM_ARG_END:
    return "end";
  case SRM_ARG_TODAY:
    return "today";
  case SRM_ARG_PERIOD:
    return "period";
  case SRM_ARG_INDEX:
    return "index";
  case SRM_ARG_HOLIDAYS:
    return "holidays";
  case SRM_ARG_WEEKEND:
    return "weekend";
  case SRM_ARG_LEADS:
    return "leads";
  case SRM_ARG_SALES:
    return "sales";
  case SRM_ARG_DATE:
    return "date";
  case SRM_ARG_NULL_DATE:
    return "null date";
  case SRM_ARG_OUTPUT:
    return "output";
  }
  return "unknown argument";
}
