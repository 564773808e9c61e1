#!/usr/bin/env bash
# Installs missing packages, builds the kiosk and runs it on the bundled demo content: in a
# window when there is a display, otherwise under Xvfb, saving a screenshot and printing its path.
# Extra arguments go to the kiosk (e.g. --fullscreen, --size 800x480, --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" --target buurtkiosk
kiosk=build/default/kiosk/buurtkiosk
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$kiosk" --content content/demo "$@"
fi
mkdir -p out
shot="$PWD/out/demo-home.png"
echo "No display found: rendering under Xvfb instead."
xvfb-run -a -s "-screen 0 1920x1080x24" "$kiosk" --content content/demo --size 1920x1080 \
  --screenshot "$shot" "$@"
