#!/usr/bin/env bash
# The layout walk in every look: four screen sizes, each in all three letter sizes (CI walks the
# middle letter size on the 7-inch screen only: docs/building.md). Needs a built `ci` preset
# (`./scripts/test.sh` or `cmake --build --preset ci`).
set -euo pipefail
cd "$(dirname "$0")/.."
BUURTKIOSK_LAYOUT_EVERY_LOOK=1 ctest --preset ci -j2 -R "every screen keeps targets" --output-on-failure
