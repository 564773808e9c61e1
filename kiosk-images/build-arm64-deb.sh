#!/usr/bin/env bash
# The `buurtkiosk` package for arm64 (Raspberry Pi 4/5), cross-compiled on an amd64 Debian:
#  1. makes an arm64 bookworm sysroot with the kiosk's -dev packages (mmdebstrap; once: it is
#     kept, and made again only when the package list below changes);
#  2. configures build/arm64 like the release preset, with kiosk-images/arm64-toolchain.cmake,
#     without the hub, the tests and the benchmarks; builds the target buurtkiosk;
#  3. computes the library dependencies with dpkg-shlibdeps against the sysroot's dpkg database
#     (CPack's own shlibdeps step would look at the host's amd64 libraries);
#  4. runs cpack for the kiosk component: build/arm64/buurtkiosk_<version>_arm64.deb;
#  5. checks the binary: aarch64, and `buurtkiosk --help` runs in the sysroot under qemu-user.
# Root (mmdebstrap, chroot) and Debian's mirror needed. Never installs :arm64 packages on the
# host. BUURTKIOSK_ARM64_SYSROOT picks another sysroot folder. kiosk-images/README.md has the
# last result.
set -euo pipefail
cd "$(dirname "$0")/.."
sysroot=${BUURTKIOSK_ARM64_SYSROOT:-/var/tmp/buurtkiosk-arm64-sysroot}
jobs=${JOBS:-2}
mirror=http://deb.debian.org/debian

# What the kiosk links (shared/, kiosk/core, kiosk/text, kiosk/), and the C/C++ runtime's.
dev_packages=(libc6-dev libstdc++-12-dev
  libsdl2-dev libimgui-dev libfreetype-dev libpng-dev libharfbuzz-dev libfribidi-dev
  libcurl4-openssl-dev zlib1g-dev libsystemd-dev libsqlite3-dev libsodium-dev
  nlohmann-json3-dev libespeak-ng-dev)

for pkg in mmdebstrap crossbuild-essential-arm64 qemu-user-static binfmt-support dpkg-dev file; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$pkg"
done
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  update-binfmts --enable qemu-aarch64 ||
    { echo "qemu-aarch64 is not registered with binfmt_misc" >&2; exit 1; }
fi

# --- 1. the sysroot --------------------------------------------------------------------------
# Absolute symlinks (libfoo.so -> /lib/...) would point into the host from outside the sysroot:
# make them relative.
relative_symlinks() {
  local root=$1 link target
  while IFS= read -r -d '' link; do
    target=$(readlink "$link")
    [[ $target == /* ]] || continue
    ln -sfn "$(realpath -m -s --relative-to="$(dirname "$link")" "$root$target")" "$link"
  done < <(find "$root/usr/lib" "$root/usr/include" "$root/usr/share/pkgconfig" -type l -print0)
}

stamp="$sysroot/.buurtkiosk-sysroot"
wanted="${dev_packages[*]}"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  if [ -e "$sysroot" ]; then
    # Only ever delete a folder this script made.
    [ -f "$stamp" ] || [ -z "$(ls -A "$sysroot")" ] ||
      { echo "$sysroot exists and was not made by this script" >&2; exit 1; }
    rm -rf --one-file-system "$sysroot"
  fi
  echo "== making the arm64 sysroot in $sysroot"
  t0=$(date +%s)
  # variant apt: a real dpkg database (dpkg-shlibdeps needs it) and apt to add packages later;
  # the maintainer scripts run under qemu-aarch64 (binfmt_misc).
  mmdebstrap --architectures=arm64 --variant=apt \
    --include="$(IFS=,; echo "${dev_packages[*]}")" \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    bookworm "$sysroot" "$mirror"
  relative_symlinks "$sysroot"
  echo "$wanted" >"$stamp"
  echo "sysroot made in $(($(date +%s) - t0)) s, $(du -sh "$sysroot" | cut -f1)"
fi

# --- 2. configure and build ------------------------------------------------------------------
t0=$(date +%s)
export BUURTKIOSK_ARM64_SYSROOT="$sysroot"
cmake --preset release -B build/arm64 --toolchain "$PWD/kiosk-images/arm64-toolchain.cmake" \
  -DBUURTKIOSK_ARM64_SYSROOT="$sysroot" \
  -DBUURTKIOSK_BUILD_HUB=OFF -DBUURTKIOSK_BUILD_TESTS=OFF -DBUURTKIOSK_BUILD_BENCH=OFF >/dev/null
cmake --build build/arm64 -j "$jobs" --target buurtkiosk
built=$(date +%s)
echo "built in $((built - t0)) s"

# --- 3. the library dependencies, from the sysroot -------------------------------------------
# dpkg-shlibdeps (the host's, DEB_HOST_ARCH=arm64) reads the sysroot's dpkg database
# (--admindir). It looks for arm64 libraries in /usr/lib/aarch64-linux-gnu and asks that database
# who owns them by that path, so the sysroot's folder is bind-mounted there, in a mount namespace
# of this one command only: the host's own /usr/lib/aarch64-linux-gnu (binutils' plugins) stays
# as it is for everything else.
[ -d /usr/lib/aarch64-linux-gnu ] || { echo "no /usr/lib/aarch64-linux-gnu on the host" >&2; exit 1; }
shlib=$(mktemp -d /tmp/buurtkiosk-shlibdeps.XXXXXX)
mkdir -p "$shlib/debian/buurtkiosk/usr/bin" "$shlib/debian/buurtkiosk/DEBIAN"
printf 'Source: buurtkiosk\n\nPackage: buurtkiosk\nArchitecture: arm64\n' >"$shlib/debian/control"
cp build/arm64/kiosk/buurtkiosk "$shlib/debian/buurtkiosk/usr/bin/"
# shellcheck disable=SC2016 # $1 is the inner shell's
shlibs=$(cd "$shlib" && DEB_HOST_ARCH=arm64 unshare --mount --propagation private sh -euc '
  mount --bind "$1/usr/lib/aarch64-linux-gnu" /usr/lib/aarch64-linux-gnu
  dpkg-shlibdeps -O --admindir="$1/var/lib/dpkg" debian/buurtkiosk/usr/bin/buurtkiosk' sh "$sysroot")
rm -rf "$shlib"
shlibs=${shlibs#shlibs:Depends=}
[ -n "$shlibs" ] || { echo "dpkg-shlibdeps found no dependencies" >&2; exit 1; }

# --- 4. the package --------------------------------------------------------------------------
# The fixed run-time dependencies (fonts, voices, EGL/GLES ...) stay in packages.cmake.
# shellcheck disable=SC2016 # CMake's variables, not the shell's
printf '%s\n' 'include("${CONFIG}")' 'message("${CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS}")' \
  >build/arm64/kiosk-depends.cmake
fixed=$(cmake -DCONFIG=build/arm64/CPackConfig.cmake -P build/arm64/kiosk-depends.cmake 2>&1)
rm -f build/arm64/buurtkiosk_*.deb
(cd build/arm64 && cpack -G DEB -D CPACK_COMPONENTS_ALL=kiosk \
  -D CPACK_DEBIAN_PACKAGE_ARCHITECTURE=arm64 -D CPACK_DEBIAN_PACKAGE_SHLIBDEPS=OFF \
  -D "CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS=$fixed, $shlibs" >/dev/null)
deb=$(ls build/arm64/buurtkiosk_*_arm64.deb)
echo "== $deb"
dpkg-deb -f "$deb" Package Version Architecture Depends

# --- 5. checks -------------------------------------------------------------------------------
check=$(mktemp -d /tmp/buurtkiosk-arm64.XXXXXX)
dpkg-deb -x "$deb" "$check"
file -b "$check/usr/bin/buurtkiosk" | grep -q 'ARM aarch64' ||
  { echo "not an aarch64 binary: $(file -b "$check/usr/bin/buurtkiosk")" >&2; exit 1; }
dpkg-deb -f "$deb" Architecture | grep -qx arm64
inside=/tmp/buurtkiosk-check
rm -rf "${sysroot:?}$inside" && mkdir -p "$sysroot$inside"
cp "$check/usr/bin/buurtkiosk" "$sysroot$inside/"
rm -rf "$check"
help=$(chroot "$sysroot" "$inside/buurtkiosk" --help 2>&1) ||
  { echo "$help" >&2; echo "buurtkiosk --help failed in the sysroot" >&2; exit 1; }
rm -rf "${sysroot:?}$inside"
echo "$help" | head -3
echo "arm64 package checked: $(file -b build/arm64/kiosk/buurtkiosk | cut -d, -f1-2); build $((built - t0)) s, all $(($(date +%s) - t0)) s"
