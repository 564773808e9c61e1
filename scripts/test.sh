#!/usr/bin/env bash
# Installs missing packages, builds both presets (default, asan) and runs every test in each.
# UI tests need a display: without one, the whole run goes under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
jobs=$(nproc)
if [ -z "${DISPLAY:-}" ] && [ -z "${BUURTKIOSK_UNDER_XVFB:-}" ]; then
  export BUURTKIOSK_UNDER_XVFB=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
presets=("${@:-default asan}")
for preset in ${presets[*]}; do
  echo "=== preset $preset"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  ctest --preset "$preset" -j "$jobs"
done
