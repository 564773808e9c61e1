#!/usr/bin/env bash
# own_x_display.sh COMMAND...: runs COMMAND on an X display of its own (a private Xvfb).
# CTest starts every UI test through this, so two UI tests can run at once: on a shared display
# only one window has the focus, and Dear ImGui 1.86's SDL backend reads the mouse only for the
# focused window, so two kiosks on one display miss each other's taps.
# Xvfb picks a free display number itself (-displayfd), which two `xvfb-run -a` started at the
# same moment do not do safely.
set -uo pipefail
dir=$(mktemp -d "${TMPDIR:-/tmp}/own-x.XXXXXX")
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset 3>"$dir/display" \
  >"$dir/xvfb.log" 2>&1 &
xvfb=$!
stop() {
  kill "$xvfb" 2>/dev/null
  wait "$xvfb" 2>/dev/null
  rm -rf "$dir"
}
trap 'stop; exit 143' TERM INT
for _ in $(seq 100); do
  [ -s "$dir/display" ] && break
  if ! kill -0 "$xvfb" 2>/dev/null; then break; fi
  sleep 0.1
done
if ! [ -s "$dir/display" ]; then
  echo "own_x_display.sh: Xvfb did not start:" >&2
  cat "$dir/xvfb.log" >&2
  stop
  exit 1
fi
export DISPLAY=":$(head -n1 "$dir/display")"
"$@"
rc=$?
stop
exit "$rc"
