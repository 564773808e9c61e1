#!/usr/bin/env bash
# Soak test (docs/reliability.md): the real kiosk under Xvfb, tapped and dragged at random spots
# by xdotool for MINUTES (default 60), its resident memory (VmRSS) and open file descriptors
# sampled every 10 s into out/soak.csv; prints the first, highest and last sample.
#   ./scripts/soak.sh [minutes]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-60}"
./scripts/install-deps.sh
command -v xdotool >/dev/null || {
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  ${SUDO:-} apt-get install -y -qq --no-install-recommends xdotool
}
if [ -z "${BUURTKIOSK_UNDER_XVFB:-}" ]; then
  export BUURTKIOSK_UNDER_XVFB=1
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
cmake --preset default >/dev/null
cmake --build --preset default -j "$(nproc)" --target buurtkiosk
mkdir -p out
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
build/default/kiosk/buurtkiosk --content content/demo --data "$data" --size 1280x800 \
  >out/soak-kiosk.log 2>&1 &
pid=$!
sleep 3
window=$(xdotool search --sync --class buurtkiosk | head -1)
xdotool windowfocus "$window" || true
echo "seconds,rss_kib,fds,taps" >out/soak.csv
end=$((SECONDS + minutes * 60))
taps=0
next_sample=0
while [ $SECONDS -lt $end ]; do
  kill -0 "$pid" 2>/dev/null || { echo "soak: the kiosk died after $SECONDS s"; exit 1; }
  x=$((RANDOM % 1280)); y=$((RANDOM % 800))
  if [ $((RANDOM % 5)) -eq 0 ]; then
    xdotool mousemove --window "$window" "$x" "$y" mousedown 1 \
      mousemove --window "$window" "$x" $(((y + 300) % 800)) mouseup 1
  else
    xdotool mousemove --window "$window" "$x" "$y" click 1
  fi
  taps=$((taps + 1))
  sleep 0.2
  if [ $SECONDS -ge $next_sample ]; then
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    fds=$(ls "/proc/$pid/fd" | wc -l)
    echo "$SECONDS,$rss,$fds,$taps" >>out/soak.csv
    next_sample=$((SECONDS + 10))
  fi
done
first=$(sed -n 2p out/soak.csv)
last=$(tail -1 out/soak.csv)
peak=$(tail -n +2 out/soak.csv | sort -t, -k2 -n | tail -1)
echo "soak: $minutes min, $taps taps and drags"
echo "soak: first (s,rss KiB,fds,taps) $first"
echo "soak: peak rss                    $peak"
echo "soak: last                        $last"
