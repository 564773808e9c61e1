// The look of the kiosk: a calm, warm, high-contrast palette, kiosk-size fonts, sizes that scale
// with the window (800x480 up to 1920x1080, portrait or landscape).
#pragma once
#include "domain/content.h"
#include "palette.h"

#include <imgui.h>

namespace bk {

struct Fonts {
    ImFont* body = nullptr;      // running text
    ImFont* bold = nullptr;      // labels, card titles
    ImFont* small = nullptr;     // secondary lines
    ImFont* heading = nullptr;   // screen titles
    ImFont* display = nullptr;   // clock, sign-up codes
    ImFont* pictogram = nullptr; // large icons on tiles
};

class Theme {
public:
    // Builds fonts for this window size; call again (between frames) when the size changes.
    // `cyrillic`: the whole Cyrillic block, while Ukrainian is shown.
    void build(int width, int height, bool high_contrast, bool large_text, bool cyrillic);
    bool needs_rebuild(int width, int height, bool high_contrast, bool large_text,
                       bool cyrillic) const;

    float scale() const { return scale_; }
    float px(float at_1080p) const { return at_1080p * scale_; } // sizes are designed at 1080p
    float target() const { return px(120.0f); }                  // minimum touch target (~15 mm)
    float gap() const { return px(24.0f); }
    float radius() const { return px(20.0f); }
    bool portrait() const { return height_ > width_; }
    int width() const { return width_; }
    int height() const { return height_; }

    // Every colour comes from here; the pairs the screens draw are listed in palette.cpp.
    const Palette& colors() const { return palette_; }
    bool high_contrast() const { return high_contrast_; }
    const Fonts& fonts() const { return fonts_; }
    ImU32 category_color(Category category) const;
    const char* category_icon(Category category) const;

private:
    float scale_ = 1.0f;
    int width_ = 0, height_ = 0;
    bool high_contrast_ = false, large_text_ = false, cyrillic_ = false;
    Palette palette_{};
    Fonts fonts_{};
};

} // namespace bk
