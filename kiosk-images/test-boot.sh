#!/usr/bin/env bash
# Builds an amd64 Debian bookworm system with the project's packages (mmdebstrap), writes it to
# an ext4 disk image, boots it in QEMU (software emulation, virtio-gpu, no KVM needed) straight
# into the kiosk on KMS/DRM, and takes a screendump from the QEMU monitor until the home screen
# is on it (docs/screenshots/qemu-boot-home.png). Root and Debian's mirror needed; minutes.
# What this is not yet: a partitioned disk with a boot loader, a read-only root, the Pi image
# (kiosk-images/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
for pkg in mmdebstrap qemu-system-x86 e2fsprogs socat netpbm; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg"
done
start=$(date +%s)
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target buurtkiosk buurtkiosk-hub >/dev/null
rm -f build/release/buurtkiosk*.deb
(cd build/release && cpack -G DEB >/dev/null)
work=$(mktemp -d /tmp/buurtkiosk-image.XXXXXX)
cp build/release/buurtkiosk_*.deb "$work/"
deb=$(ls "$work"/buurtkiosk_*.deb)

# The system: kernel, systemd, the kiosk package (its dependencies from Debian), nothing else.
mmdebstrap --variant=minbase \
  --include=systemd-sysv,udev,dbus,kmod,linux-image-amd64,initramfs-tools,ca-certificates \
  --customize-hook="copy-in $deb /tmp" \
  --customize-hook='chroot "$1" sh -c "apt-get install -y -q /tmp/buurtkiosk_*.deb && rm /tmp/*.deb"' \
  --customize-hook='echo buurtkiosk > "$1/etc/hostname"' \
  --customize-hook='echo "/dev/vda / ext4 defaults 0 1" > "$1/etc/fstab"' \
  --customize-hook='chroot "$1" systemctl enable buurtkiosk.service' \
  --customize-hook='mkdir -p "$1/etc/systemd/system/buurtkiosk.service.d" && printf "[Service]\nEnvironment=LIBGL_ALWAYS_SOFTWARE=1\nExecStart=\nExecStart=/usr/bin/buurtkiosk --fullscreen --data /var/lib/buurtkiosk --config /etc/buurtkiosk/kiosk.json --now 2026-11-24T10:15\n" > "$1/etc/systemd/system/buurtkiosk.service.d/boot-test.conf"' \
  --customize-hook='mkdir -p "$1/etc/systemd/logind.conf.d" && printf "[Login]\nNAutoVTs=0\nReserveVT=0\n" > "$1/etc/systemd/logind.conf.d/kiosk.conf"' \
  bookworm "$work/root" http://deb.debian.org/debian
cp "$work"/root/boot/vmlinuz-* "$work/vmlinuz"
cp "$work"/root/boot/initrd.img-* "$work/initrd.img"
mkfs.ext4 -q -L root -d "$work/root" "$work/kiosk-amd64.img" 3G
built=$(date +%s)

# -vga none: the only screen is virtio-gpu (q35 adds a bochs VGA otherwise, which Mesa cannot
# drive). The kiosk's log goes to the serial console (serial.log). The unit's drop-in adds
# LIBGL_ALWAYS_SOFTWARE=1 (virtio-gpu without virgl has a render node but no 3D) and --now (the same Tuesday morning as the screenshots): booted at
# night, the screen hours would rightly leave the screen black.
qemu-system-x86_64 -m 1536 -smp 2 -machine q35 -vga none \
  -kernel "$work/vmlinuz" -initrd "$work/initrd.img" \
  -append "root=/dev/vda rw console=ttyS0 systemd.journald.forward_to_console=1" \
  -drive "file=$work/kiosk-amd64.img,format=raw,if=virtio" \
  -device virtio-gpu-pci,xres=1280,yres=800 -display none \
  -serial "file:$work/serial.log" -monitor "unix:$work/monitor.sock,server,nowait" &
qemu=$!
trap 'kill $qemu 2>/dev/null || true' EXIT
shot=""
for i in $(seq 1 90); do # up to 15 minutes
  sleep 10
  echo "screendump $work/screen.ppm" | socat - "UNIX-CONNECT:$work/monitor.sock" >/dev/null 2>&1 || continue
  # The home screen's header is the theme's teal (#0C5962): the kiosk drew.
  if [ -s "$work/screen.ppm" ] && python3 -c "
import sys
data = open(sys.argv[1], 'rb').read()
parts = data.split(maxsplit=4)  # P6, width, height, maxval, pixels
w = int(parts[1])
pixels = parts[4]
row = pixels[w * 3 * 20: w * 3 * 21]  # a row through the header
sys.exit(0 if row.count(bytes([0x0C, 0x59, 0x62])) > w // 2 else 1)
" "$work/screen.ppm"; then
    shot="$work/screen.ppm"
    break
  fi
done
end=$(date +%s)
tail -5 "$work/serial.log" || true
if [ -z "$shot" ]; then
  echo "no home screen after $(((end - built) / 60)) minutes; last screendump: $work/screen.ppm"
  exit 1
fi
pnmtopng "$shot" > docs/screenshots/qemu-boot-home.png
echo "image built in $((built - start)) s, booted to the home screen in $((end - built)) s"
