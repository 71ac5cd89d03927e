#!/usr/bin/env bash
# Hardening checks, after the normal tests (scripts/test.sh):
#   1. ThreadSanitizer: the core tests and the hardening tests (the core
#      called from 8 threads at once) built with clang -fsanitize=thread;
#   2. Valgrind memcheck: the core, Lua and hardening tests, no memory error
#      and no definite leak in any process (scripts/valgrind_tests.py);
#   3. the libFuzzer targets, FUZZ_SECONDS each (default 30; fuzz/run.sh).
# Build trees: build-tsan/, build-vg/, build-fuzz/ (TSAN_DIR, VG_DIR,
# FUZZ_DIR override them).  About 4 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc 2>/dev/null || echo 2)
tsan=${TSAN_DIR:-build-tsan}
vg=${VG_DIR:-build-vg}

echo "== hardening: ThreadSanitizer"
cmake -S . -B "$tsan" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" -DSRM_WERROR=ON \
  -DSRM_BUILD_LUA=OFF -DSRM_BUILD_EXTENSION=OFF -DSRM_BUILD_BENCH=OFF >/dev/null
cmake --build "$tsan" -j "$jobs" >/dev/null
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
  ctest --test-dir "$tsan" --output-on-failure -j "$jobs" -R '^(core|hardening)\.'

echo "== hardening: Valgrind memcheck"
cmake -S . -B "$vg" -DCMAKE_BUILD_TYPE=Debug -DSRM_WERROR=ON \
  -DSRM_BUILD_EXTENSION=OFF -DSRM_BUILD_BENCH=OFF >/dev/null
cmake --build "$vg" -j "$jobs" >/dev/null
# The thread test is left to ThreadSanitizer: Valgrind runs threads one at a
# time, which makes it slow and proves nothing more.
python3 scripts/valgrind_tests.py "$vg" '^(core|lua|hardening)\.' '^hardening\.threads$'

echo "== hardening: fuzzing"
bash fuzz/run.sh "${FUZZ_SECONDS:-30}"
