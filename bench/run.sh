#!/usr/bin/env bash
# Builds the project in Release and runs every benchmark, then prints one
# table: each figure next to its baseline measured in the same run, the
# ratio, the target and PASS/FAIL.  A missed target does not fail this
# script; a benchmark whose results are wrong does.
#
#   bench/run.sh                 core, Lua and Calc (about 2 minutes)
#   SRM_BENCH="core lua" bench/run.sh   only some parts
#
# Build tree: build-bench/ (override with BUILD_DIR).  The Calc part needs
# the .oxt (libreoffice-dev) and /usr/bin/python3 with python3-uno.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${BUILD_DIR:-build-bench}
parts=${SRM_BENCH:-core lua calc}
jobs=$(nproc 2>/dev/null || echo 2)

want() { [[ " $parts " == *" $1 "* ]]; }

echo "== building $build (Release)" >&2
extension=ON
want calc || extension=OFF
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DSRM_BUILD_EXTENSION=$extension >/dev/null
cmake --build "$build" -j "$jobs" >/dev/null

rows=$(mktemp)
trap 'rm -f "$rows"' EXIT

if want core; then
  echo "== core (C)" >&2
  "$build/bench/bench_core" >>"$rows"
fi
if want lua; then
  echo "== Lua: 10^6 scenarios per sweep, module and plain Lua" >&2
  LUA_CPATH="$build/lua-binding/?.so" lua5.4 bench/bench_lua.lua >>"$rows"
fi
if want calc; then
  echo "== Calc: 20,000 cells per sheet, headless LibreOffice" >&2
  oxt=$(ls "$build"/extension/salesroadmap-*.oxt)
  log=$(mktemp)
  if ! /usr/bin/python3 bench/bench_calc.py "$oxt" >>"$rows" 2>"$log"; then
    cat "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
fi

echo
echo "machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' \
  /proc/cpuinfo | head -n 1), $(awk '/^MemTotal/ {printf "%.0f GiB", \
  $2 / 1048576}' /proc/meminfo) RAM; load average $(cut -d' ' -f1-3 \
  /proc/loadavg)"
{
  printf 'part\tfigure\tvalue\tbaseline\tbaseline value\tratio\ttarget\tverdict\n'
  cat "$rows"
} | column -t -s $'\t'
missed=$(awk -F'\t' '$8 == "FAIL"' "$rows" | wc -l)
echo
echo "targets: $(awk -F'\t' '$8 == "PASS"' "$rows" | wc -l) met, $missed missed"
