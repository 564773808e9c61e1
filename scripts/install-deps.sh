#!/usr/bin/env bash
# Installs the Debian bookworm packages buurtkiosk needs, only those that are missing.
set -euo pipefail
packages=(
  build-essential cmake pkg-config lld
  libsdl2-dev libimgui-dev libfreetype-dev libpng-dev libgl1-mesa-dri
  libcurl4-openssl-dev zlib1g-dev libical-dev libxml2-dev tzdata libsystemd-dev libsqlite3-dev libsodium-dev nlohmann-json3-dev libcpp-httplib-dev libstb-dev
  libespeak-ng-dev espeak-ng-data catch2
  libharfbuzz-dev libfribidi-dev libharfbuzz-bin
  fonts-noto-core fonts-material-design-icons-iconfont
  xvfb xauth sox
  chromium chromium-driver
  python3-icalendar python3-recurring-ical-events
  clang libclang-rt-14-dev clang-format clang-tidy
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing missing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
