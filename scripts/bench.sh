#!/usr/bin/env bash
# Builds the release preset and runs every benchmark that exists in build/release/bench/,
# under Xvfb (1920x1080) when there is no display. Figures only: nothing passes or fails on time.
# Extra arguments go to bench_startup (e.g. --runs 9 --keep out/bench).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
cmake --preset release >/dev/null
# Built one by one, so a bench that does not build yet does not stop the others.
cmake --build --preset release -j "$(nproc)" --target buurtkiosk
benches=(bench_startup bench_store bench_speech bench_sync bench_sign_up)
for bench in "${benches[@]}"; do
  cmake --build --preset release -j "$(nproc)" --target "$bench" >/dev/null 2>&1 ||
    echo "== $bench: not built (no such target yet, or it does not compile)"
done
for bench in "${benches[@]}"; do
  exe=build/release/bench/$bench
  if [ ! -x "$exe" ]; then
    echo "== $bench: missing, skipped"
    continue
  fi
  echo "== $bench"
  if [ "$bench" = bench_startup ]; then "$exe" "$@"; else "$exe"; fi || echo "== $bench exited with $?"
done
