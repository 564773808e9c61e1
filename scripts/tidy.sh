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
# --ci: what fits in CI's time (docs/building.md): what reads input from outside the kiosk's own
# code: the wire format and manifest (protocol), bundle files and catalogues (content), a
# visitor's name and number (domain/person, domain/phone_number), the catalogues in use (i18n),
# the PIN (volunteer), and the kiosk's script parser. The rest (speech, store, sync, the hub, the
# kiosk, tests, benchmarks) takes about 18 minutes more.
ci_part=("/shared/src/(protocol|content|i18n|volunteer)/" "/shared/src/domain/(person|phone_number)"
  "/kiosk/script/")
case "${1:-}" in
  --ci) patterns=("${ci_part[@]}") ;;
  "") patterns=("/(shared|kiosk|hub|tests|bench)/") ;;
  *) patterns=("$@") ;;
esac
started=$SECONDS
set +e
run-clang-tidy -p build/ci -j "$(nproc)" -quiet "${patterns[@]}" 2>&1 |
  sed -E 's/\x1b\[[0-9;]*m//g' | # run-clang-tidy 14 always asks for colour
  grep -vE '^(clang-tidy-[0-9]+ |Running clang-tidy|[0-9]+ warnings?( and [0-9]+ errors?)? generated|Suppressed [0-9]+ warnings|Use -header-filter)'
status=${PIPESTATUS[0]}
set -e
echo "tidy: $((SECONDS - started)) s"
exit "$status"
