/*
 * fuzz_weekend.c - weekend strings and NETWORKDAYS.INTL weekend numbers.
 *
 * First byte even: the rest is a weekend string, accepted exactly when it is
 * seven '0'/'1' characters that are not all '1' (Monday first, '1' = off).
 * First byte odd: the rest decodes to a double weekend number, accepted
 * exactly when it is 1-7 or 11-17.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Masks of the weekend numbers (bit 0 = Monday ... bit 6 = Sunday), written
 * out from the NETWORKDAYS.INTL table: 1 Sat+Sun, 2 Sun+Mon, 3 Mon+Tue,
 * 4 Tue+Wed, 5 Wed+Thu, 6 Thu+Fri, 7 Fri+Sat; 11 Sun, 12 Mon, ... 17 Sat. */
static unsigned code_mask(int code) {
  static const unsigned pairs[] = {0x60, 0x41, 0x03, 0x06, 0x0C, 0x18, 0x30};
  static const unsigned singles[] = {0x40, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20};
  return code <= 7 ? pairs[code - 1] : singles[code - 11];
}

static void check_string(const uint8_t *t, size_t len) {
  srm_error err = SRM_ERROR_INIT;
  unsigned mask = 0xDEAD, want = 0;
  int ok = len == 7;
  size_t i;
  srm_status st;
  FZ_NOTE("weekend_from_string(len %zu)", len);
  st = srm_weekend_from_string((const char *)t, len, &mask, &err);
  for (i = 0; ok && i < 7; i++) {
    if (t[i] == '1')
      want |= 1u << i;
    else if (t[i] != '0')
      ok = 0;
  }
  if (want == SRM_WEEKEND_ALL)
    ok = 0;
  if (!ok) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_WEEKEND);
    FZ_CHECK(mask == 0xDEAD);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(mask == want);
}

static void check_code(double code) {
  srm_error err = SRM_ERROR_INIT;
  unsigned mask = 0xDEAD;
  srm_status st;
  FZ_NOTE("weekend_from_code(%.17g)", code);
  st = srm_weekend_from_code(code, &mask, &err);
  int ok = code == floor(code) &&
           ((code >= 1 && code <= 7) || (code >= 11 && code <= 17));
  if (!ok) {
    FZ_CHECK(st == SRM_EINVAL);
    fz_check_failure(st, &err);
    FZ_CHECK(err.arg == SRM_ARG_WEEKEND);
    FZ_CHECK(mask == 0xDEAD);
    return;
  }
  FZ_CHECK(st == SRM_OK);
  FZ_CHECK(mask == code_mask((int)code));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fz_input in = {data, size};
  uint8_t mode = fz_u8(&in);
  if (mode % 2 == 0) {
    check_string(in.p, in.n);
  } else {
    double code = fz_double(&in);
    if (mode & 2) /* often a small number, whole or not */
      code = (double)(int8_t)fz_u8(&in) + (mode & 4 ? 0.5 : 0.0);
    check_code(code);
  }
  return 0;
}
