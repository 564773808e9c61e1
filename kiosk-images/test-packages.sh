#!/usr/bin/env bash
# The Debian packages, checked end to end (kiosk-images/README.md has the last result):
#  1. builds them from the release preset with CPack;
#  2. runs lintian on them;
#  3. makes a clean Debian bookworm with mmdebstrap, installs both packages there with apt
#     (which pulls their dependencies from Debian), and starts the kiosk in it under Xvfb: its
#     screenshot must be the home screen (docs/screenshots/package-chroot-home-1920x1080.png);
#  4. reinstalls (an upgrade keeps /var/lib/buurtkiosk), removes (still kept), purges (gone);
#  5. the update guard for real (kiosk-images/device/buurtkiosk-update): a signed apt repository
#     made here offers a broken 0.1.1; unattended-upgrade installs it, it reports no health, the
#     guard puts 0.1.0 back and pins 0.1.1 away; then a 0.1.2 that reports healthy is kept.
# Needs root (mmdebstrap's root mode, chroot) and Debian's mirror; takes minutes, so it is not
# part of ./scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in mmdebstrap lintian gpg apt-ftparchive; do
  command -v "$tool" >/dev/null || {
    echo "Installing $tool"
    case $tool in gpg) pkg=gnupg ;; apt-ftparchive) pkg=apt-utils ;; *) pkg=$tool ;; esac
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg"
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
# The municipality's repository, signed with a key made for the test: a broken 0.1.1 (its kiosk
# exits at once) and a good 0.1.2 (the same kiosk as 0.1.0), repacked from the package built.
kiosk_deb=$(ls build/release/buurtkiosk_*_amd64.deb)
repack() { # version, then "broken" or "good"
  local tree=$out/tree-$1
  dpkg-deb -R "$kiosk_deb" "$tree"
  sed -i "s/^Version: .*/Version: $1/" "$tree/DEBIAN/control"
  if [ "$2" = broken ]; then
    printf '#!/bin/sh\necho "buurtkiosk %s: broken on purpose" >&2\nexit 1\n' "$1" >"$tree/usr/bin/buurtkiosk"
  fi
  mkdir -p "$out/repo-$1/pool"
  dpkg-deb -b -Zxz "$tree" "$out/repo-$1/pool/buurtkiosk_$1_amd64.deb" >/dev/null
}
export GNUPGHOME=$out/gnupg
mkdir -m 0700 "$GNUPGHOME"
gpg --batch -q --passphrase '' --quick-gen-key "buurtkiosk test repository" ed25519 sign never
gpg --armor --export >"$out/repo-key.asc"
make_repo() { # version: a repository offering that version
  local repo=$out/repo-$1
  mkdir -p "$repo/dists/bookworm/main/binary-amd64"
  (cd "$repo" && apt-ftparchive packages pool >dists/bookworm/main/binary-amd64/Packages)
  apt-ftparchive -o APT::FTPArchive::Release::Origin=buurtkiosk \
    -o APT::FTPArchive::Release::Label=buurtkiosk -o APT::FTPArchive::Release::Suite=bookworm \
    -o APT::FTPArchive::Release::Codename=bookworm \
    -o APT::FTPArchive::Release::Architectures=amd64 \
    -o APT::FTPArchive::Release::Components=main release "$repo/dists/bookworm" \
    >"$out/Release" && mv "$out/Release" "$repo/dists/bookworm/Release"
  gpg --batch -q --yes --clearsign -o "$repo/dists/bookworm/InRelease" "$repo/dists/bookworm/Release"
}
repack 0.1.1 broken && make_repo 0.1.1
repack 0.1.2 good && make_repo 0.1.2
cp kiosk-images/device/52buurtkiosk-unattended-upgrades "$out/"

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

# The update guard, for real: 0.1.0 installed as on a new device, its package kept as known-good.
set -x # each step in the log: a failing one is the last there
apt-get install -y -q /tmp/debs/buurtkiosk_0.1.0_amd64.deb
mkdir -p /var/lib/buurtkiosk-update/known-good
cp /tmp/debs/buurtkiosk_0.1.0_amd64.deb /var/lib/buurtkiosk-update/known-good/
cp /tmp/debs/52buurtkiosk-unattended-upgrades /etc/apt/apt.conf.d/
cp /tmp/debs/repo-key.asc /usr/share/keyrings/buurtkiosk-repo.asc
# Served over HTTP on 127.0.0.1 as a municipality's server would (a file: repository is read in
# place, and apt keeps no package file of it).
python3 -m http.server 8765 --bind 127.0.0.1 --directory /tmp/debs >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 1
use_repo() {
    printf 'Types: deb\nURIs: http://127.0.0.1:8765/repo-%s\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/buurtkiosk-repo.asc\n' "$1" \
        >/etc/apt/sources.list.d/buurtkiosk.sources
}
version() { dpkg-query -W -f='${Version}' buurtkiosk; }
use_repo 0.1.1
/usr/lib/buurtkiosk/buurtkiosk-update upgrade
test "$(version)" = 0.1.1
grep -q "candidate=0.1.1" /var/lib/buurtkiosk-update/candidate
test -f /var/lib/buurtkiosk-update/candidate-package/buurtkiosk_0.1.1_amd64.deb
if buurtkiosk --help 2>/dev/null; then exit 1; fi # the broken one is installed
# Within the grace time: wait. After it, without a health report: back to 0.1.0.
/usr/lib/buurtkiosk/buurtkiosk-update check | grep -q "waiting for buurtkiosk 0.1.1"
test "$(version)" = 0.1.1
BUURTKIOSK_UPDATE_GRACE=0 /usr/lib/buurtkiosk/buurtkiosk-update check
test "$(version)" = 0.1.0
buurtkiosk --help 2>&1 | grep -q usage # the good one again
test ! -e /var/lib/buurtkiosk-update/candidate
grep -q "Pin: version 0.1.1" /etc/apt/preferences.d/buurtkiosk-not-0_1_1.pref
# The next night's update does not bring the broken version back.
/usr/lib/buurtkiosk/buurtkiosk-update upgrade | grep -q "buurtkiosk stays at 0.1.0"
test "$(version)" = 0.1.0
# A good 0.1.2 arrives, reports healthy (as the kiosk does, kiosk/core/health_report.h; the
# repacked binary would name 0.1.0) and becomes the version to go back to.
use_repo 0.1.2
/usr/lib/buurtkiosk/buurtkiosk-update upgrade
test "$(version)" = 0.1.2
sleep 1
echo 0.1.2 >/var/lib/buurtkiosk/healthy
/usr/lib/buurtkiosk/buurtkiosk-update check | grep -q "0.1.2 reported healthy: kept"
test -f /var/lib/buurtkiosk-update/known-good/buurtkiosk_0.1.2_amd64.deb
test ! -e /var/lib/buurtkiosk-update/known-good/buurtkiosk_0.1.0_amd64.deb
test ! -e /var/lib/buurtkiosk-update/candidate
echo "update guard checks passed"
CHECK
mmdebstrap --variant=apt --include=xvfb,xauth,ca-certificates,unattended-upgrades \
  --customize-hook="mkdir -p \"\$1/tmp/debs\"" \
  --customize-hook="copy-in ${inside[*]} $out/check.sh $out/repo-key.asc $out/52buurtkiosk-unattended-upgrades $out/repo-0.1.1 $out/repo-0.1.2 /tmp/debs" \
  --customize-hook='chroot "$1" sh /tmp/debs/check.sh' \
  --customize-hook="copy-out /tmp/home.png $out" \
  bookworm "$out/root.tar" http://deb.debian.org/debian
cp "$out/home.png" docs/screenshots/package-chroot-home-1920x1080.png
rm -rf "$out"
end=$(date +%s)
echo "packages built and checked: build $((built - start)) s, chroot install and checks $((end - built)) s"
echo "screenshot: docs/screenshots/package-chroot-home-1920x1080.png"
