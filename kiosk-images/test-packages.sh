#!/usr/bin/env bash
# The Debian packages, checked end to end (kiosk-images/README.md has the last result):
#  1. builds them from the release preset with CPack;
#  2. runs lintian on them;
#  3. makes a clean Debian bookworm with mmdebstrap, installs both packages there with apt
#     (which pulls their dependencies from Debian), and starts the kiosk in it under Xvfb: its
#     screenshot must be the home screen (docs/screenshots/package-chroot-home-1920x1080.png);
#  4. reinstalls (an upgrade keeps /var/lib/buurtkiosk), removes (still kept), purges (gone).
# Needs root (mmdebstrap's root mode, chroot) and Debian's mirror; takes minutes, so it is not
# part of ./scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in mmdebstrap lintian; do
  command -v "$tool" >/dev/null || {
    echo "Installing $tool"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool"
  }
done
start=$(date +%s)
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target buurtkiosk buurtkiosk-hub
rm -f build/release/buurtkiosk*.deb
(cd build/release && cpack -G DEB >/dev/null)
debs=(build/release/buurtkiosk_*.deb build/release/buurtkiosk-hub_*.deb)
ls -l "${debs[@]}"
echo "== lintian"
lintian --no-tag-display-limit "${debs[@]}" || true
built=$(date +%s)

out=$(mktemp -d /tmp/buurtkiosk-packages.XXXXXX)
cp "${debs[@]}" "$out/"
inside=()
for deb in "${debs[@]}"; do inside+=("$out/$(basename "$deb")"); done
# The checks run inside the new system; any failing step fails mmdebstrap and this script.
cat >"$out/check.sh" <<'CHECK'
set -eu
apt-get install -y -q /tmp/debs/*.deb
id buurtkiosk && id buurtkiosk-hub
test -x /usr/bin/buurtkiosk && test -x /usr/bin/buurtkiosk-hub
test -f /usr/share/buurtkiosk/content/demo/manifest.json
test -f /usr/lib/systemd/system/buurtkiosk.service
test -f /usr/lib/systemd/system/buurtkiosk-hub.service
test -L /etc/systemd/system/multi-user.target.wants/buurtkiosk.service # enabled, not started
test "$(stat -c %U:%a /var/lib/buurtkiosk)" = buurtkiosk:700
# The kiosk as its user, on the packaged demo content, in a virtual screen.
su -s /bin/sh buurtkiosk -c 'xvfb-run -a -s "-screen 0 1920x1080x24" buurtkiosk --size 1920x1080 \
    --now 2026-11-24T10:15 --data /var/lib/buurtkiosk --screenshot /tmp/home.png'
test -s /var/lib/buurtkiosk/kiosk.sqlite
buurtkiosk-hub --data /tmp/hubdata keygen --out /tmp/hubdata/keys
# Upgrade (the same version again) and removal keep the data; purge deletes it.
apt-get install -y -q --reinstall /tmp/debs/*.deb
test -s /var/lib/buurtkiosk/kiosk.sqlite
dpkg -r buurtkiosk buurtkiosk-hub
test -s /var/lib/buurtkiosk/kiosk.sqlite
dpkg -P buurtkiosk buurtkiosk-hub
test ! -e /var/lib/buurtkiosk && ! id buurtkiosk 2>/dev/null
echo "package checks passed"
CHECK
mmdebstrap --variant=apt --include=xvfb,xauth,ca-certificates \
  --customize-hook="mkdir -p \"\$1/tmp/debs\"" \
  --customize-hook="copy-in ${inside[*]} $out/check.sh /tmp/debs" \
  --customize-hook='chroot "$1" sh /tmp/debs/check.sh' \
  --customize-hook="copy-out /tmp/home.png $out" \
  bookworm "$out/root.tar" http://deb.debian.org/debian
cp "$out/home.png" docs/screenshots/package-chroot-home-1920x1080.png
rm -rf "$out"
end=$(date +%s)
echo "packages built and checked: build $((built - start)) s, chroot install and checks $((end - built)) s"
echo "screenshot: docs/screenshots/package-chroot-home-1920x1080.png"
