#!/usr/bin/env bash
# Builds the device image: Debian bookworm with the buurtkiosk package, no X and no desktop,
# booting straight into the kiosk on KMS/DRM, with a read-only root.
#
#   kiosk-images/build-image.sh --arch amd64|arm64 --deb buurtkiosk_X_ARCH.deb --out FILE.img
#       [--repo URL --repo-key KEY.asc]   the municipality's apt repository for updates
#       [--append "ARGS"]                 more kernel arguments (amd64; tests: a serial console)
#       [--hook SCRIPT]...                run as `SCRIPT ROOT` on the finished system (tests)
#
# The disk (GPT, written into a file without loop devices: mkfs.vfat + mtools, mkfs.ext4 -d):
#   1  KIOSKBOOT   FAT32, 256 MiB  /boot/firmware: the boot loader (amd64: systemd-boot for
#                                  UEFI; arm64: the Raspberry Pi firmware), kernel, initramfs,
#                                  and where IT puts kiosk.json and volunteer-pin.txt
#   2  kiosk-root  ext4, 2.5 GiB   /, mounted read-only; written only while an update runs
#   3  kiosk-data  ext4, 1 GiB     /data: the kiosk's store, kiosk.json, the update guard's state,
#                                  systemd's state (the clock saved for a Pi without one, timers)
#                                  and the logs (bound onto /var/lib/buurtkiosk, /etc/buurtkiosk,
#                                  /var/lib/buurtkiosk-update, /var/lib/systemd and /var/log)
# kiosk-images/README.md explains it; kiosk-images/test-boot.sh boots the amd64 image in QEMU.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
arch="" deb="" out="" repo="" repo_key="" append=""
hooks=()
while [ $# -gt 0 ]; do
  case $1 in
  --arch) arch=$2; shift 2 ;;
  --deb) deb=$(realpath "$2"); shift 2 ;;
  --out) out=$2; shift 2 ;;
  --repo) repo=$2; shift 2 ;;
  --repo-key) repo_key=$(realpath "$2"); shift 2 ;;
  --append) append=$2; shift 2 ;;
  --hook) hooks+=(--customize-hook="$(realpath "$2") \"\$1\""); shift 2 ;;
  *) echo "build-image.sh: unknown argument '$1' (see the comment at the top)" >&2; exit 2 ;;
  esac
done
case $arch in
amd64) kernel=linux-image-amd64 boot_pkgs=systemd-boot-efi ;;
arm64) kernel=linux-image-arm64 boot_pkgs=raspi-firmware ;;
*) echo "build-image.sh: --arch amd64 or arm64" >&2; exit 2 ;;
esac
[ -f "$deb" ] || { echo "build-image.sh: --deb: no package file '$deb'" >&2; exit 2; }
[ -n "$out" ] || { echo "build-image.sh: --out FILE.img is needed" >&2; exit 2; }
if [ -n "$repo" ] && [ -z "$repo_key" ]; then
  echo "build-image.sh: --repo needs --repo-key: apt takes only a signed repository" >&2
  exit 2
fi

tools=(mmdebstrap dosfstools mtools fdisk e2fsprogs)
[ "$arch" = arm64 ] && [ "$(dpkg --print-architecture)" != arm64 ] && tools+=(qemu-user-static binfmt-support)
for pkg in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg"
done
if [ "$arch" = arm64 ] && [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  update-binfmts --enable qemu-aarch64
fi

work=$(mktemp -d /tmp/buurtkiosk-image.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp "$deb" "$work/"
cp "$here"/device/buurtkiosk-esp-kernel "$work/"
[ -n "$repo_key" ] && cp "$repo_key" "$work/repo-key.asc"

# What the finished system is told, as files in the work folder the hooks copy in.
cat >"$work/fstab" <<'FSTAB'
LABEL=kiosk-root  /                          ext4   ro,noatime                      0 1
LABEL=KIOSKBOOT   /boot/firmware             vfat   umask=0077,noatime,flush        0 2
LABEL=kiosk-data  /data                      ext4   noatime,nodev,nosuid,noexec     0 2
/data/kiosk       /var/lib/buurtkiosk        none   bind                            0 0
/data/etc         /etc/buurtkiosk            none   bind                            0 0
/data/update      /var/lib/buurtkiosk-update none   bind                            0 0
/data/systemd     /var/lib/systemd           none   bind                            0 0
/data/log         /var/log                   none   bind                            0 0
tmpfs             /tmp                       tmpfs  nodev,nosuid,mode=1777          0 0
tmpfs             /var/tmp                   tmpfs  nodev,nosuid,mode=1777          0 0
FSTAB
cat >"$work/wired.network" <<'NET'
[Match]
Name=en* eth*

[Network]
DHCP=yes
NET

essential=()
customize=(
  --customize-hook="copy-in $work/$(basename "$deb") /tmp"
  # systemd-resolved last, in the same apt run: it points /etc/resolv.conf at its own stub,
  # which answers nothing inside the build's chroot.
  --customize-hook='chroot "$1" sh -c "apt-get install -y -q /tmp/buurtkiosk_*.deb systemd-resolved && rm /tmp/*.deb && apt-get clean"'
  --customize-hook='echo buurtkiosk > "$1/etc/hostname"'
  --customize-hook="copy-in $work/fstab /etc"
  --customize-hook="copy-in $work/wired.network /etc/systemd/network"
  --customize-hook="copy-in $here/device/52buurtkiosk-unattended-upgrades /etc/apt/apt.conf.d"
  --customize-hook='chroot "$1" systemctl enable buurtkiosk.service buurtkiosk-firstboot.service buurtkiosk-update.timer buurtkiosk-update-check.timer systemd-networkd systemd-resolved systemd-timesyncd'
  --customize-hook='chroot "$1" systemctl disable apt-daily.timer apt-daily-upgrade.timer'
  # No console has a login: the kiosk holds tty1, logind starts no other getty.
  --customize-hook='mkdir -p "$1/etc/systemd/logind.conf.d" && printf "[Login]\nNAutoVTs=0\nReserveVT=0\n" > "$1/etc/systemd/logind.conf.d/kiosk.conf"'
  # Ctrl+Alt+Delete on a USB keyboard would reboot, and Alt+SysRq keys reach the kernel.
  --customize-hook='chroot "$1" systemctl mask getty@.service serial-getty@.service console-getty.service ctrl-alt-del.target'
  --customize-hook='mkdir -p "$1/etc/sysctl.d" && echo "kernel.sysrq = 0" > "$1/etc/sysctl.d/90-buurtkiosk.conf"'
  # The journal lives in memory: the root is read-only and the data partition is for the kiosk.
  --customize-hook='mkdir -p "$1/etc/systemd/journald.conf.d" && printf "[Journal]\nStorage=volatile\nRuntimeMaxUse=32M\n" > "$1/etc/systemd/journald.conf.d/kiosk.conf"'
  --customize-hook='rm -f "$1/etc/resolv.conf" && ln -s /run/systemd/resolve/stub-resolv.conf "$1/etc/resolv.conf"'
  --customize-hook='mkdir -p "$1/data" "$1/var/lib/buurtkiosk-update" "$1/boot/firmware"'
  --customize-hook='mkdir -p "$1/var/lib/dbus" && ln -sf /etc/machine-id "$1/var/lib/dbus/machine-id"'
)
if [ -n "$repo" ]; then
  customize+=(
    --customize-hook="copy-in $work/repo-key.asc /usr/share/keyrings"
    --customize-hook="mv \"\$1/usr/share/keyrings/repo-key.asc\" \"\$1/usr/share/keyrings/buurtkiosk-repo.asc\""
    --customize-hook="printf 'Types: deb\nURIs: %s\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/buurtkiosk-repo.asc\n' '$repo' > \"\$1/etc/apt/sources.list.d/buurtkiosk.sources\""
  )
fi
if [ "$arch" = amd64 ]; then
  # The kernel that apt installs later is copied onto the EFI system partition too.
  customize+=(
    --customize-hook="copy-in $work/buurtkiosk-esp-kernel /etc/kernel/postinst.d"
    --customize-hook='mv "$1/etc/kernel/postinst.d/buurtkiosk-esp-kernel" "$1/etc/kernel/postinst.d/zz-buurtkiosk-esp-kernel" && mkdir -p "$1/etc/initramfs/post-update.d" && cp "$1/etc/kernel/postinst.d/zz-buurtkiosk-esp-kernel" "$1/etc/initramfs/post-update.d/buurtkiosk-esp-kernel"'
  )
else
  # raspi-firmware writes cmdline.txt from this (and copies kernel, initramfs and device trees
  # into /boot/firmware on every kernel update).
  # The initramfs is made once, at the end: installing the kernel and its triggers would make it
  # twice more, and under emulation each takes a quarter of an hour. Its post-update hook then
  # has raspi-firmware write cmdline.txt with our root.
  essential=(--essential-hook='chroot "$1" dpkg-divert --local --rename --add /usr/sbin/update-initramfs && printf "#!/bin/sh\nexit 0\n" > "$1/usr/sbin/update-initramfs" && chmod +x "$1/usr/sbin/update-initramfs"')
  customize+=(--customize-hook='printf "ROOTPART=LABEL=kiosk-root\nCONSOLES=\"tty3\"\n" > "$1/etc/default/raspi-firmware" && rm "$1/usr/sbin/update-initramfs" && chroot "$1" dpkg-divert --local --rename --remove /usr/sbin/update-initramfs && chroot "$1" update-initramfs -c -k all')
fi
start=$(date +%s)
# /boot/firmware exists before the kernel is installed: raspi-firmware's kernel hook writes there.
mmdebstrap --variant=minbase --architectures="$arch" --components="main non-free-firmware" \
  --setup-hook='mkdir -p "$1/boot/firmware"' \
  "${essential[@]}" \
  --include="systemd-sysv,udev,dbus,kmod,$kernel,initramfs-tools,$boot_pkgs,ca-certificates,systemd-timesyncd,unattended-upgrades,dosfstools,e2fsprogs" \
  "${customize[@]}" "${hooks[@]}" \
  bookworm "$work/root" http://deb.debian.org/debian

# The three file systems from the tree: the boot partition's files, the data partition's
# folders (owned by the kiosk's user as the package made it), and the root without both.
root=$work/root
kiosk_uid=$(awk -F: '$1 == "buurtkiosk" { print $3 }' "$root/etc/passwd")
mkdir -p "$work/boot" "$work/data/kiosk" "$work/data/etc" "$work/data/update/known-good"
# What systemd and the logs had in the tree moves to the data partition; the root keeps the
# folders as mount points.
cp -a "$root/var/lib/systemd" "$work/data/systemd"
cp -a "$root/var/log" "$work/data/log"
chown "$kiosk_uid:$kiosk_uid" "$work/data/kiosk"
chmod 0700 "$work/data/kiosk" "$work/data/update"
cp "$deb" "$work/data/update/known-good/" # the version to go back to if the first update fails
if [ "$arch" = amd64 ]; then
  mkdir -p "$work/boot/EFI/BOOT" "$work/boot/loader/entries" "$work/boot/buurtkiosk"
  cp "$root"/usr/lib/systemd/boot/efi/systemd-bootx64.efi "$work/boot/EFI/BOOT/BOOTX64.EFI"
  cp -L "$root/vmlinuz" "$work/boot/buurtkiosk/vmlinuz"
  cp -L "$root/initrd.img" "$work/boot/buurtkiosk/initrd.img"
  printf 'default buurtkiosk.conf\ntimeout 0\neditor no\n' >"$work/boot/loader/loader.conf"
  printf 'title buurtkiosk\nlinux /buurtkiosk/vmlinuz\ninitrd /buurtkiosk/initrd.img\noptions root=LABEL=kiosk-root ro quiet loglevel=3 vt.global_cursor_default=0 console=tty3 %s\n' "$append" \
    >"$work/boot/loader/entries/buurtkiosk.conf"
else
  cp -a "$root"/boot/firmware/. "$work/boot/"
fi
rm -rf "${root:?}"/boot/firmware/* "$root"/var/lib/buurtkiosk/* "$root"/etc/buurtkiosk/* \
  "$root"/var/lib/systemd/* "$root"/var/log/*

boot_size=256 root_size=2560 data_size=1024
rm -f "$work/boot.img"
mkfs.vfat -F 32 -n KIOSKBOOT -C "$work/boot.img" $((boot_size * 1024)) >/dev/null
mcopy -s -i "$work/boot.img" "$work"/boot/* ::/
mkfs.ext4 -q -L kiosk-root -d "$root" "$work/root.img" "${root_size}M"
mkfs.ext4 -q -L kiosk-data -d "$work/data" "$work/data.img" "${data_size}M"

total=$((1 + boot_size + root_size + data_size + 1))
rm -f "$out"
truncate -s "${total}M" "$out"
# The Pi's firmware reads only an MBR (DOS) partition table; UEFI takes either.
if [ "$arch" = amd64 ]; then label=gpt boot_type=U; else label=dos boot_type=c; fi
sfdisk -q "$out" <<TABLE
label: $label
start=1MiB, size=${boot_size}MiB, type=$boot_type
size=${root_size}MiB, type=L
size=${data_size}MiB, type=L
TABLE
dd if="$work/boot.img" of="$out" bs=1M seek=1 conv=notrunc,sparse status=none
dd if="$work/root.img" of="$out" bs=1M seek=$((1 + boot_size)) conv=notrunc,sparse status=none
dd if="$work/data.img" of="$out" bs=1M seek=$((1 + boot_size + root_size)) conv=notrunc,sparse status=none
echo "build-image.sh: $out ($arch, $((total)) MiB) built in $(($(date +%s) - start)) s"
