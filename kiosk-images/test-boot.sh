#!/usr/bin/env bash
# The amd64 device image, booted: builds the packages and the image (build-image.sh), puts a
# kiosk.json and a volunteer PIN on its boot partition as IT would, boots it in QEMU with UEFI
# firmware (OVMF; software emulation, virtio-gpu, no KVM needed) through its own boot loader, and
# takes a screendump from the QEMU monitor until the home screen is on it
# (docs/screenshots/qemu-boot-home.png). Then it checks, from the guest's console and from the
# disk after shutdown: the root was read-only, the first boot took kiosk.json and the PIN (and
# deleted them from the boot partition), the kiosk's store is on the data partition, no unit
# failed. Root and Debian's mirror needed; minutes (kiosk-images/README.md has the last result).
set -euo pipefail
cd "$(dirname "$0")/.."
for pkg in qemu-system-x86 ovmf socat netpbm mtools e2fsprogs; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg"
done
start=$(date +%s)
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target buurtkiosk buurtkiosk-hub >/dev/null
rm -f build/release/buurtkiosk*.deb
(cd build/release && cpack -G DEB >/dev/null)
work=$(mktemp -d /tmp/buurtkiosk-boot.XXXXXX)
img=$work/kiosk-amd64.img

# For the test only: the same Tuesday morning as the screenshots (booted at night, the screen
# hours would rightly leave the screen black), software GL (QEMU's virtio-gpu without virgl has a
# render node but no 3D), and a report on the serial console once the kiosk runs.
cat >"$work/test-hook.sh" <<'HOOK'
#!/bin/sh
set -eu
root=$1
mkdir -p "$root/etc/systemd/system/buurtkiosk.service.d"
printf '[Service]\nEnvironment=LIBGL_ALWAYS_SOFTWARE=1\nExecStart=\nExecStart=/usr/bin/buurtkiosk --fullscreen --data /var/lib/buurtkiosk --config /etc/buurtkiosk/kiosk.json --now 2026-11-24T10:15\n' \
  >"$root/etc/systemd/system/buurtkiosk.service.d/boot-test.conf"
cat >"$root/etc/systemd/system/boot-report.service" <<'UNIT'
[Unit]
Description=boot test: report on the serial console
After=buurtkiosk.service
[Service]
Type=oneshot
StandardOutput=tty
TTYPath=/dev/ttyS0
ExecStart=/bin/sh -c 'sleep 20; echo "REPORT root $(findmnt -n -o OPTIONS /)"; echo "REPORT data $(findmnt -n -o OPTIONS /data)"; echo "REPORT kiosk-data $(findmnt -n -o SOURCE /var/lib/buurtkiosk)"; echo "REPORT etc $(findmnt -n -o SOURCE /etc/buurtkiosk)"; echo "REPORT failed $(systemctl --failed --no-legend --plain | cut -d" " -f1 | tr "\\n" " ")"; echo "REPORT firstboot $(journalctl -b -u buurtkiosk-firstboot -o cat | tr "\\n" " ")"; echo "REPORT kiosk-active $(systemctl is-active buurtkiosk)"; echo "REPORT escape $(systemctl is-enabled ctrl-alt-del.target getty@tty2.service | tr "\\n" " ") sysrq=$(cat /proc/sys/kernel/sysrq)"; echo "REPORT end"'
[Install]
WantedBy=multi-user.target
UNIT
ln -s /etc/systemd/system/boot-report.service "$root/etc/systemd/system/multi-user.target.wants/boot-report.service"
HOOK
chmod +x "$work/test-hook.sh"
kiosk-images/build-image.sh --arch amd64 --deb build/release/buurtkiosk_*_amd64.deb --out "$img" \
  --append "console=ttyS0 systemd.journald.forward_to_console=1" --hook "$work/test-hook.sh"
built=$(date +%s)

# What IT writes on the boot partition (FAT, from any PC): the provisioning file and the PIN.
cat >"$work/kiosk.json" <<'JSON'
{"hub_url": "https://buurtkiosk.gemeente.example", "token": "test-token-abc", "kiosk_group": "noord",
 "public_key": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "data_dir": "/var/lib/buurtkiosk"}
JSON
echo 2468 >"$work/volunteer-pin.txt"
mcopy -i "$img@@1M" "$work/kiosk.json" "$work/volunteer-pin.txt" ::/

cp /usr/share/OVMF/OVMF_VARS_4M.fd "$work/vars.fd"
# -vga none: the only screen is virtio-gpu (q35 adds a bochs VGA otherwise, which Mesa cannot
# drive). The console and the journal go to serial.log.
qemu-system-x86_64 -m 1536 -smp 2 -machine q35 -vga none \
  -drive if=pflash,format=raw,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd \
  -drive "if=pflash,format=raw,file=$work/vars.fd" \
  -drive "file=$img,format=raw,if=virtio" \
  -device virtio-gpu-pci,xres=1280,yres=800 -display none -nic user,model=virtio-net-pci \
  -serial "file:$work/serial.log" -monitor "unix:$work/monitor.sock,server,nowait" &
qemu=$!
trap 'kill $qemu 2>/dev/null || true' EXIT
shot=""
for _ in $(seq 1 90); do # up to 15 minutes
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
home=$(date +%s)
if [ -z "$shot" ]; then
  tail -20 "$work/serial.log" || true
  echo "FAILED: no home screen after $(((home - built) / 60)) minutes; last screendump: $work/screen.ppm"
  exit 1
fi
pnmtopng "$shot" >docs/screenshots/qemu-boot-home.png
for _ in $(seq 1 30); do grep -q "REPORT end" "$work/serial.log" && break; sleep 5; done
echo "system_powerdown" | socat - "UNIX-CONNECT:$work/monitor.sock" >/dev/null
for _ in $(seq 1 60); do kill -0 $qemu 2>/dev/null || break; sleep 2; done
kill $qemu 2>/dev/null || true
grep -a "REPORT\|buurtkiosk-firstboot\|buurtkiosk\[" "$work/serial.log" | tr -d '\r' | cut -c1-200 | tail -30

failures=()
check() { # what, then a command that must succeed
  local what=$1
  shift
  if "$@" >/dev/null 2>&1; then echo "ok: $what"; else echo "FAILED: $what" && failures+=("$what"); fi
}
report() { grep -a "^REPORT $1 " "$work/serial.log" | tr -d '\r' | head -n 1; }
check "root mounted read-only" grep -q "REPORT root ro," <(report root)
check "data partition writable" grep -q "REPORT data rw," <(report data)
check "the kiosk's folder is on the data partition" grep -q "\[/kiosk\]" <(report kiosk-data)
check "no unit failed" grep -qx "REPORT failed *" <(report failed)
check "the kiosk runs" grep -q "active" <(report kiosk-active)
check "Ctrl+Alt+Delete, the other consoles and SysRq are off" grep -qx "REPORT escape masked masked *sysrq=0" <(report escape)
check "first boot took kiosk.json" grep -q "kiosk.json taken from the boot partition" <(report firstboot)
check "first boot set the PIN" grep -q "volunteer PIN set" <(report firstboot)
# The disk after shutdown: the boot partition no longer holds the token or the PIN; the data
# partition holds kiosk.json (0600, the kiosk's user), the PIN's hash and the kiosk's store.
check "kiosk.json gone from the boot partition" sh -c "! mdir -b -i '$img@@1M' ::/ | grep -qi kiosk.json"
check "volunteer-pin.txt gone from the boot partition" sh -c "! mdir -b -i '$img@@1M' ::/ | grep -qi volunteer-pin"
dd if="$img" of="$work/data.img" bs=1M skip=$((1 + 256 + 2560)) count=1024 status=none
data_ls() { debugfs -R "ls -l $1" "$work/data.img" 2>/dev/null; }
check "kiosk.json on the data partition, mode 0600" grep -q "100600.*kiosk.json" <(data_ls /etc)
check "the PIN's hash on the data partition" grep -q "volunteer-pin" <(data_ls /kiosk)
check "the kiosk's store on the data partition" grep -q "kiosk.sqlite" <(data_ls /kiosk)
end=$(date +%s)
echo "image built in $((built - start)) s, booted to the home screen in $((home - built)) s"
if [ ${#failures[@]} -gt 0 ]; then
  echo "boot checks FAILED: ${failures[*]} (serial log: $work/serial.log)"
  trap - EXIT
  exit 1
fi
echo "boot checks passed in $((end - start)) s"
rm -rf "$work"
