#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (address and undefined-behaviour
# sanitizers) and runs each for a bounded time.
#
#   fuzz/run.sh [SECONDS]      default 60 seconds per target
#
# Targets run side by side, one per core.  New inputs found go to
# build-fuzz/fuzz-corpus/<target> (the committed seeds in fuzz/corpus are
# only read); a crash, a sanitizer report, an invariant violation or a
# single input slower than 10 s fails the run and leaves the input in
# build-fuzz/fuzz-artifacts.  Environment: FUZZ_DIR (build tree),
# FUZZ_TARGETS (space-separated subset), FUZZ_JOBS (parallel runs).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
build=${FUZZ_DIR:-build-fuzz}
jobs=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}
read -r -a targets <<<"${FUZZ_TARGETS:-date period_name weekend calc confidence periods}"

cmake -S . -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSRM_FUZZ=ON -DSRM_WERROR=ON -DSRM_BUILD_LUA=OFF -DSRM_BUILD_EXTENSION=OFF \
  -DSRM_BUILD_BENCH=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]/#/fuzz_}" >/dev/null

mkdir -p "$build/fuzz-artifacts" "$build/fuzz-logs"
run_one() {
  local t=$1 corpus="$build/fuzz-corpus/$1"
  mkdir -p "$corpus"
  "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t-" \
    "$corpus" "fuzz/corpus/$t" >"$build/fuzz-logs/$t.log" 2>&1
}

echo "fuzz: ${#targets[@]} targets, ${seconds} s each, $jobs at a time"
declare -A pids=()
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run_one "$t" &
  pids[$t]=$!
done

failed=0
printf '%-12s %12s %10s  %s\n' target executions corpus result
for t in "${targets[@]}"; do
  if wait "${pids[$t]}"; then result=ok; else result=FAILED; failed=1; fi
  log="$build/fuzz-logs/$t.log"
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  units=$(find "$build/fuzz-corpus/$t" -type f | wc -l)
  printf '%-12s %12s %10s  %s\n' "$t" "${execs:-?}" "$units" "$result"
  if [ "$result" != ok ]; then
    grep -E -A3 "invariant violated|ERROR: |runtime error|SUMMARY" "$log" | head -20
    echo "fuzz: full log in $log, input in $build/fuzz-artifacts/"
  fi
done
exit "$failed"
