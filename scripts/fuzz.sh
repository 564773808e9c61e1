#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan + UBSan) and runs each for SECONDS
# (default 20) from the seed corpus in tests/fuzz/corpus/<target>/. New inputs go to
# build/fuzz/corpus/<target>/, crashes to build/fuzz/crashes/. Exits non-zero on any finding.
#   ./scripts/fuzz.sh [seconds] [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
shift || true
./scripts/install-deps.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(manifest content_files ics hub_requests hub_answers kiosk_config script phone_number
           read_aloud)
fi
mkdir -p build/fuzz/crashes
passed=0
failed=0
for t in "${targets[@]}"; do
  work="build/fuzz/corpus/$t"
  mkdir -p "$work"
  log="build/fuzz/$t.log"
  # -rss_limit_mb: a parser that buffers what it is sent would show here as an out-of-memory.
  if "build/fuzz/tests/fuzz/fuzz_$t" "$work" "tests/fuzz/corpus/$t" \
       -max_total_time="$seconds" -rss_limit_mb=1024 -max_len=65536 -timeout=10 \
       -artifact_prefix="build/fuzz/crashes/$t-" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz $t: $runs runs in ${seconds} s, no findings"
    passed=$((passed + 1))
  else
    echo "fuzz $t: FINDING (log: $log, input: build/fuzz/crashes/$t-*)"
    grep -E "ERROR|runtime error|SUMMARY" "$log" | head -5 || true
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
