#!/usr/bin/env bash
# Records the home screen of the demo being read aloud into out/home.wav (the same bytes every
# run for the same --now): builds the kiosk if needed, renders under Xvfb without a display.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" --target buurtkiosk
mkdir -p out
run=(build/default/kiosk/buurtkiosk --content content/demo --data "$(mktemp -d)"
     --now "${NOW:-2026-11-24T10:15}" --speak-to-wav "$PWD/out/home.wav" "$@")
if [ -n "${DISPLAY:-}" ]; then "${run[@]}"; else xvfb-run -a -s "-screen 0 1920x1080x24" "${run[@]}"; fi
