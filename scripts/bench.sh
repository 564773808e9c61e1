#!/usr/bin/env bash
# Builds the release preset and runs every benchmark that exists in build/release/bench/,
# under Xvfb (1920x1080) when there is no display. Figures only: nothing passes or fails on time.
# Extra arguments go to bench_startup (e.g. --runs 9 --keep out/bench).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" "$0" "$@"
fi
cmake --preset release >/dev/null
benches=(bench_startup bench_scroll bench_store bench_speech bench_read_aloud bench_sync bench_sign_up bench_ics_import)
# The programs the benches start (kiosk, hub), then the benches, one target at a time, so a
# bench that does not build (yet) does not stop the others.
for target in buurtkiosk buurtkiosk-hub "${benches[@]}"; do
  log=$(mktemp)
  if ! cmake --build --preset release -j "$(nproc)" --target "$target" >"$log" 2>&1; then
    if grep -q "No rule to make target" "$log"; then
      echo "== $target: no such target yet"
    else
      echo "== $target: does not build:"
      grep -E "error" "$log" | head -5 || true
    fi
  fi
  rm -f "$log"
done
for bench in "${benches[@]}"; do
  exe=build/release/bench/$bench
  if [ ! -x "$exe" ]; then
    echo "== $bench: missing, skipped"
    continue
  fi
  echo "== $bench"
  status=0
  if [ "$bench" = bench_startup ]; then "$exe" "$@" || status=$?; else "$exe" || status=$?; fi
  [ "$status" = 0 ] || echo "== $bench exited with $status"
done
