#!/usr/bin/env bash
# The test command, and all that CI (.ci/run) runs:
#   ./scripts/test.sh              install missing packages, check the formatting (clang-format)
#                                  and run clang-tidy on part of the sources (tidy.sh --ci), then
#                                  build the `ci` preset (GCC, ASan + UBSan, -Werror, benchmarks
#                                  built, not run) and run every test in it, fuzz corpus replays
#                                  included
#   ./scripts/test.sh PRESET...    build and test these presets only (e.g. `default asan`)
# UI tests need a display: without one, the whole run goes under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BUURTKIOSK_UNDER_XVFB:-}" ]; then
  ./scripts/install-deps.sh
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${BUURTKIOSK_UNDER_XVFB:-}" ]; then
  export BUURTKIOSK_UNDER_XVFB=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
jobs=$(nproc)
started=$SECONDS

# Every tracked C++ file as the repo's .clang-format wants it; names the files that are not.
check_format() {
  echo "=== format (clang-format $(clang-format --version | grep -o '[0-9][0-9.]*' | head -1))"
  local out
  if out=$(git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror 2>&1); then
    echo "format: all tracked *.cpp and *.h files are formatted"
    return 0
  fi
  local files
  files=$(grep -oE '^[^:]+:[0-9]+:[0-9]+: error' <<<"$out" | cut -d: -f1 | sort -u)
  if [ -z "$files" ]; then
    echo "$out" >&2
    return 1
  fi
  echo "format: these files differ from .clang-format:" >&2
  sed 's/^/  /' <<<"$files" >&2
  echo "fix with: clang-format -i $(paste -sd " " <<<"$files")" >&2
  return 1
}

presets=("$@")
if [ ${#presets[@]} -eq 0 ]; then
  presets=(ci)
  check_format
  # clang-tidy needs only the configured preset's compile_commands.json, so it runs before the
  # build and a finding stops the run early. All of it takes too long for CI: docs/building.md.
  echo "=== clang-tidy (./scripts/tidy.sh --ci)"
  cmake --preset ci >/dev/null
  ./scripts/tidy.sh --ci
fi
for preset in "${presets[@]}"; do
  echo "=== preset $preset"
  cmake --preset "$preset" >/dev/null
  t=$SECONDS
  cmake --build --preset "$preset" -j "$jobs"
  echo "build $preset: $((SECONDS - t)) s (test.sh so far: $((SECONDS - started)) s)"
  # CTest's summary stays the last word.
  ctest --preset "$preset" -j "$jobs"
done
