#!/usr/bin/env bash
# Renders every visitor and volunteer screen at 1920x1080 and 800x480 (and portrait 1080x1920) into
# docs/screenshots/, on the demo content at a fixed time, under Xvfb when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
kiosk=$(realpath "${KIOSK:-build/default/kiosk/buurtkiosk}")
out=docs/screenshots
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1920x1920x24" "$0" "$@"; fi
mkdir -p "$out"
now=2026-11-24T10:15
shot() { # name size args...
  local name=$1 size=$2; shift 2
  "$kiosk" --size "$size" --now "$now" --data "$(mktemp -d)" --screenshot "$out/$name-$size.png" "$@" >/dev/null
}
for size in 1920x1080 800x480 1080x1920; do
  shot home "$size"
  shot agenda-today "$size" --screen agenda --range today
  shot agenda-week "$size" --screen agenda --range week
  shot agenda-eten "$size" --screen agenda --range week --category eten
  shot detail "$size" --screen detail --activity digicafe
  shot info "$size" --screen info
  shot info-page "$size" --screen info --page hulp-bij-geldzaken
done
# The 7-inch screen in the largest letters (capitals of 6.3 mm): docs/accessibility.md.
for screen in home "agenda-today --screen agenda --range today" "detail --screen detail --activity digicafe" \
  "info --screen info" "info-page --screen info --page hulp-bij-geldzaken"; do
  set -- $screen
  name=$1; shift
  shot "$name-largest" 800x480 --text-size largest "$@"
done
# The walks through the forms (scripts/screenshots/*.kiosk), with a fresh store each.
walk() { # script look size args...
  local script=$1 look=$2 size=$3; shift 3
  local data
  data=$(mktemp -d)
  sed "s/@LOOK@/$look/g" "scripts/screenshots/$script.kiosk" > "$data/script.txt"
  echo 4711 | "$kiosk" --data "$data/data" --set-volunteer-pin >/dev/null
  (cd "$out" && "$kiosk" --size "$size" --now "$now" --data "$data/data" \
    --script "$data/script.txt" "$@" >/dev/null)
  rm -rf "$data"
}
for script in visitor-walk waiting-list volunteer-walk; do
  walk "$script" 1920x1080 1920x1080
  walk "$script" 800x480 800x480
  walk "$script" largest-800x480 800x480 --text-size largest
done
# Every language but Dutch through the visitor's screens (docs/translations.md).
for lang_name in en:Anna pl:Łucja tr:İpek uk:Ганна ar:ليلى; do
  lang=${lang_name%%:*} name=${lang_name#*:}
  for size in 1920x1080 800x480 1080x1920; do
    sed "s/@LANG@/$lang/g; s/@NAME@/$name/g" scripts/screenshots/language-walk.kiosk \
      > "scripts/screenshots/.language-$lang.kiosk"
    walk ".language-$lang" "$size" "$size"
    rm -f "scripts/screenshots/.language-$lang.kiosk"
  done
done
shot home-high-contrast 1920x1080 --high-contrast
# Outside the screen hours: a touch wakes the dark screen to when the Buurtkamer opens again.
for size in 1920x1080 800x480 1080x1920; do
  data=$(mktemp -d)
  printf 'touch-screen\nwait 5\nscreenshot closed-%s.png\nquit\n' "$size" >"$data/script.txt"
  (cd "$out" && "$kiosk" --size "$size" --now 2026-11-24T23:30 --screen-hours on \
    --data "$data/data" --script "$data/script.txt" >/dev/null)
  rm -rf "$data"
done
echo "screenshots in $out"
