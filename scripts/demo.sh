#!/usr/bin/env bash
# The quick start: installs what is missing, builds, recalculates the team
# spreadsheet in a headless LibreOffice with the freshly built extension,
# prints its roadmap, writes it as PDF (chart included) and as a PNG of its
# first page, and runs the Lua what-if example with the fresh Lua module.
#
#   bash scripts/demo.sh                 everything (as root on a fresh Debian 12)
#   bash scripts/demo.sh --no-setup      skip the package check
#   bash scripts/demo.sh --no-build      use the build tree as it is
#   bash scripts/demo.sh --update-docs   also copy the PNG to docs/team-roadmap.png
#
# Build tree: build/ (or BUILD_DIR); output: <build tree>/demo/.
# LibreOffice runs with a throwaway profile that is deleted afterwards; no
# process is left running.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

setup=1
build_it=1
update_docs=0
for arg in "$@"; do
  case $arg in
  --no-setup) setup=0 ;;
  --no-build) build_it=0 ;;
  --update-docs) update_docs=1 ;;
  -h | --help)
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "demo: unknown option $arg (try --help)" >&2
    exit 2
    ;;
  esac
done

build=${BUILD_DIR:-build}
out=$build/demo
ods=examples/team-roadmap.ods
# python3-uno belongs to Debian's own Python.
py=/usr/bin/python3
[ -x "$py" ] || py=python3

step() { printf '\n== %s\n' "$*"; }

if [ "$setup" = 1 ]; then
  step "packages"
  bash scripts/setup.sh
  echo "all packages present"
fi

if [ "$build_it" = 1 ]; then
  step "build ($build)"
  jobs=$(nproc 2>/dev/null || echo 2)
  # The same configuration as scripts/test.sh, so that the test command
  # reuses this build.
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSRM_WERROR=ON >/dev/null
  cmake --build "$build" -j "$jobs" >"$build/demo-build.log" 2>&1 || {
    tail -40 "$build/demo-build.log" >&2
    echo "demo: the build failed; full log in $build/demo-build.log" >&2
    exit 1
  }
  echo "built; log in $build/demo-build.log"
fi

oxt=$(ls -t "$build"/extension/*.oxt 2>/dev/null | head -n 1 || true)
module=$build/lua-binding/salesroadmap.so
[ -n "$oxt" ] || {
  echo "demo: no .oxt in $build/extension (build first)" >&2
  exit 1
}
[ -f "$module" ] || {
  echo "demo: no Lua module $module (build first)" >&2
  exit 1
}

mkdir -p "$out"
pdf=$out/team-roadmap.pdf
png=$out/team-roadmap.png
rm -f "$pdf" "$png"

step "the team roadmap: $ods, recalculated with $(basename "$oxt")"
"$py" scripts/show-roadmap.py --oxt "$oxt" --ods "$ods" --pdf "$pdf"

# The picture of the spreadsheet: page 1 of the PDF.
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$pdf" "${png%.png}"
if [ "$update_docs" = 1 ]; then
  cp "$png" docs/team-roadmap.png
fi

step "what-if tables: examples/whatif.lua"
[ -f examples/whatif.lua ] || {
  echo "demo: examples/whatif.lua is missing" >&2
  exit 1
}
LUA_CPATH="$build/lua-binding/?.so;;" lua5.4 examples/whatif.lua

step "done"
cat <<EOF
PDF of the spreadsheet, chart included:  $pdf
Picture of its first page:               $png

To work with the spreadsheet in LibreOffice Calc, install the extension
once, as your own (non-root) user, then open the file:

  unopkg add $oxt
  libreoffice --calc $ods

(As root, unopkg installs only for all users: unopkg add --shared $oxt)
EOF
