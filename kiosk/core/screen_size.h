// How big the screen is in millimetres, so touch targets and letters can be sized for fingers
// and eyes rather than pixels. Set with --screen-mm; otherwise guessed from the pixel size.
#pragma once
#include <optional>
#include <string>

namespace bk {

struct ScreenSize {
    float width_mm = 0;
    float height_mm = 0;
    bool operator==(const ScreenSize&) const = default;
};

// The panel a kiosk of this resolution most likely has: up to 1024 pixels across the long side
// a 7-inch panel (154x86 mm, like the 800x480 Raspberry Pi screens), up to 1366 a 10.1-inch
// (217x136 mm), above that a 15.6-inch (344x194 mm). Portrait turns the panel.
ScreenSize default_screen_size(int width_px, int height_px);

// "154x86" (millimetres, width by height); nullopt for anything else or sizes outside 40-2000.
std::optional<ScreenSize> parse_screen_mm(const std::string& text);

// Pixels per millimetre across the width.
float pixels_per_mm(int width_px, const ScreenSize& size);

} // namespace bk
