// The panel's backlight on a device without X: off outside the screen hours, on again after.
// The kiosk draws black either way; where there is no backlight it can switch (X, HDMI), black is
// what stays.
#pragma once
#include <filesystem>

namespace bk {

// Writes "4" (off) or "0" (on) to every <root>/*/bl_power the kiosk may write; returns how many
// backlights it switched. The root is /sys/class/backlight; tests give their own.
int switch_backlight(bool on, const std::filesystem::path& root = "/sys/class/backlight");

} // namespace bk
