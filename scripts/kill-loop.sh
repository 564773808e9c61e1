#!/usr/bin/env bash
# The long kill -9 campaign (docs/reliability.md): the real kiosk under Xvfb, signing visitors
# up, killed at random moments RUNS times (default 200); then the fault campaign through the
# misbehaving proxy with hub kills, ROUNDS rounds of 10 submissions (default 50).
#   ./scripts/kill-loop.sh [runs] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-200}"
rounds="${2:-50}"
./scripts/install-deps.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${BUURTKIOSK_UNDER_XVFB:-}" ]; then
  export BUURTKIOSK_UNDER_XVFB=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" --target ui_tests sync_tests
BUURTKIOSK_KILL_RUNS="$runs" build/default/tests/ui/ui_tests \
  "kill -9 at random moments during sign-ups loses and doubles nothing" | grep -E "kill loop|passed|failed"
BUURTKIOSK_FAULT_ROUNDS="$rounds" build/default/tests/sync/sync_tests \
  "through random faults and hub kills every submission arrives exactly once" 2>/dev/null |
  grep -E "fault campaign|passed|failed"
