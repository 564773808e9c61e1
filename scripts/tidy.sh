#!/usr/bin/env bash
# clang-tidy with the repo's .clang-tidy (bugprone-*, performance-*) on the project's sources,
# compiled as the `ci` preset compiles them (build/ci/compile_commands.json). Any finding fails.
#   ./scripts/tidy.sh              every source of shared/, kiosk/, hub/, tests/, bench/
#   ./scripts/tidy.sh --ci         the part CI runs (docs/building.md says why not all of it)
#   ./scripts/tidy.sh REGEX...     the sources whose path matches one of these
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${BUURTKIOSK_UNDER_XVFB:-}" ] || ./scripts/install-deps.sh
[ -f build/ci/compile_commands.json ] || cmake --preset ci >/dev/null
# --ci: the UI-free library, the hub and the kiosk outside its screens and widgets: the code that
# reads bytes from outside, stores and syncs. Tests, benchmarks, screens and widgets are left to
# the full run.
ci_part=("/shared/src/" "/hub/" "/kiosk/[^/]*\.cpp$" "/kiosk/(script|speech)/")
case "${1:-}" in
  --ci) patterns=("${ci_part[@]}") ;;
  "") patterns=("/(shared|kiosk|hub|tests|bench)/") ;;
  *) patterns=("$@") ;;
esac
started=$SECONDS
set +e
run-clang-tidy -p build/ci -j "$(nproc)" -quiet "${patterns[@]}" 2>&1 |
  grep -vE '^(Running clang-tidy|[0-9]+ warnings? generated|Suppressed [0-9]+ warnings|Use -header-filter)'
status=${PIPESTATUS[0]}
set -e
echo "tidy: $((SECONDS - started)) s"
exit "$status"
