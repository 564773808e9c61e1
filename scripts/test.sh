#!/usr/bin/env bash
# Installs missing packages, runs the fuzz targets briefly, builds both presets (default, asan)
# and runs every test in each.
# UI tests need a display: without one, the whole run goes under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
jobs=$(nproc)
if [ -z "${DISPLAY:-}" ] && [ -z "${BUURTKIOSK_UNDER_XVFB:-}" ]; then
  export BUURTKIOSK_UNDER_XVFB=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
# The fuzz targets first, a short run of each (BUURTKIOSK_FUZZ_SECONDS, default 10), so that
# CTest's summary stays the last word; `./scripts/test.sh default` skips them.
if [ $# -eq 0 ]; then
  echo "=== fuzz (${BUURTKIOSK_FUZZ_SECONDS:-10} s per target)"
  ./scripts/fuzz.sh "${BUURTKIOSK_FUZZ_SECONDS:-10}"
fi
presets=("${@:-default asan}")
for preset in ${presets[*]}; do
  echo "=== preset $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  ctest --preset "$preset" -j "$jobs"
done
