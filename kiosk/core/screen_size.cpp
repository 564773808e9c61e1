#include "screen_size.h"

#include <algorithm>
#include <cstdio>

namespace bk {

ScreenSize default_screen_size(int width_px, int height_px) {
    int long_side = std::max(width_px, height_px);
    ScreenSize landscape = long_side <= 1024   ? ScreenSize{154.1f, 85.9f}
                           : long_side <= 1366 ? ScreenSize{217.0f, 135.6f}
                                               : ScreenSize{344.2f, 193.6f};
    if (height_px > width_px) return {landscape.height_mm, landscape.width_mm};
    return landscape;
}

std::optional<ScreenSize> parse_screen_mm(const std::string& text) {
    float w = 0, h = 0;
    int used = 0;
    if (std::sscanf(text.c_str(), "%fx%f%n", &w, &h, &used) != 2 ||
        used != static_cast<int>(text.size()))
        return std::nullopt;
    if (w < 40 || h < 40 || w > 2000 || h > 2000) return std::nullopt;
    return ScreenSize{w, h};
}

float pixels_per_mm(int width_px, const ScreenSize& size) {
    return size.width_mm > 0 ? static_cast<float>(width_px) / size.width_mm : 1.0f;
}

} // namespace bk
