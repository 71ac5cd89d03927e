#!/usr/bin/env bash
# Sets up the machine, then builds and runs every test:
#   1. the normal build, warnings as errors: core, Lua and Calc end-to-end tests;
#   2. the same core and Lua tests built with AddressSanitizer + UBSan;
#   3. hardening: ThreadSanitizer, Valgrind memcheck and bounded fuzzing
#      (scripts/hardening.sh; FUZZ_SECONDS per fuzz target, default 30).
# Build trees: build/ and build-asan/ (override with BUILD_DIR, ASAN_DIR),
# and those of scripts/hardening.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

jobs=$(nproc 2>/dev/null || echo 2)
build=${BUILD_DIR:-build}
asan=${ASAN_DIR:-build-asan}

echo "== build: warnings as errors"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSRM_WERROR=ON >/dev/null
cmake --build "$build" -j "$jobs"
ctest --test-dir "$build" --output-on-failure -j "$jobs"

echo "== build: address and undefined-behaviour sanitizers"
cmake -S . -B "$asan" -DCMAKE_BUILD_TYPE=Debug -DSRM_WERROR=ON -DSRM_SANITIZE=ON \
  -DSRM_BUILD_EXTENSION=OFF >/dev/null
cmake --build "$asan" -j "$jobs"
ctest --test-dir "$asan" --output-on-failure -j "$jobs"

bash scripts/hardening.sh
