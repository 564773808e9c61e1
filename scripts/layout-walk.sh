#!/usr/bin/env bash
# The layout walk in every look: four screen sizes, each in all three letter sizes. CI walks
# 1920x1080, 800x480 and portrait, the middle letter size on the 7-inch screen only
# (docs/building.md). Needs a built `ci` preset (`./scripts/test.sh` or
# `cmake --build --preset ci`).
set -euo pipefail
cd "$(dirname "$0")/.."
export BUURTKIOSK_LAYOUT_EVERY_LOOK=1
ctest --preset ci -j2 -R "every screen keeps targets" --output-on-failure
# 1280x800 is hidden from CTest; the test binary runs it on a display of its own.
(cd build/ci/tests/ui &&
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 ../../../../tests/support/own_x_display.sh \
    ./ui_tests "[every-look]")
