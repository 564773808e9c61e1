#!/usr/bin/env bash
# Renders the visitor screens (sign-up, waiting list, cancel, callback, privacy countdown) at
# 1920x1080 and 800x480 into docs/screenshots/, with the script mode's "screenshot" step.
# Usage: tests/ui/screenshots/make.sh [path/to/buurtkiosk]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
kiosk="${1:-$root/build/default/kiosk/buurtkiosk}"
out="$root/docs/screenshots"
run() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1920x1080x24" "$@"; fi
}
for size in 1920x1080 800x480; do
  screens=visitor-screens
  [ "$size" = 800x480 ] && screens=visitor-screens-small
  for script in $screens full; do
    data="$(mktemp -d)"
    sed "s/@SIZE@/$size/g" "$here/$script.kiosk" > "$data/script.txt"
    # On a small screen the keyboard hides the confirm button until "Klaar" is tapped.
    if [ "$size" = 800x480 ] && [ "$script" = full ]; then
      sed -i '/^type /a tap keyboard-done' "$data/script.txt"
    fi
    (cd "$out" && run "$kiosk" --size "$size" --now 2026-11-24T10:15 --data "$data/data" \
      --script "$data/script.txt")
    rm -rf "$data"
  done
done
