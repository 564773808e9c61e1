// The look of the kiosk: a calm, warm, high-contrast palette, kiosk-size fonts, sizes that scale
// with the window (800x480 up to 1920x1080, portrait or landscape) but never below what a finger
// and an eye need on the physical screen (docs/accessibility.md).
#pragma once
#include "buurtkiosk/domain/content.h"
#include "palette.h"
#include "screen_size.h"
#include "text_size.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

namespace bk {

struct Fonts {
    ImFont* body = nullptr;      // running text
    ImFont* bold = nullptr;      // labels, card titles
    ImFont* small = nullptr;     // secondary lines
    ImFont* heading = nullptr;   // screen titles
    ImFont* display = nullptr;   // clock, sign-up codes
    ImFont* pictogram = nullptr; // large icons on tiles
};

// Everything the fonts and sizes depend on; a change rebuilds them between frames.
struct Look {
    int width = 0, height = 0; // pixels
    ScreenSize screen;         // millimetres
    bool high_contrast = false;
    TextSize text = TextSize::Normal;
    bool cyrillic = false;      // the whole Cyrillic block, while Ukrainian is shown
    bool right_to_left = false; // Arabic: the layout mirrored, text from the right
    bool operator==(const Look&) const = default;
};

class Theme {
public:
    // Where built font atlases are kept between starts (font_cache.h); empty: always built.
    void keep_fonts_in(std::filesystem::path dir) { font_cache_ = std::move(dir); }
    void build(const Look& look);
    bool needs_rebuild(const Look& look) const { return !(look == look_); }

    float scale() const { return scale_; }
    float px(float at_1080p) const { return at_1080p * scale_; } // sizes are designed at 1080p
    float target() const { return px(120.0f); }                  // touch target, 15 mm at least
    float px_per_mm() const { return px_per_mm_; }
    // 15 mm: no tap target is smaller, whatever the screen (EN 301 549 and our own rule).
    float least_target() const { return 15.0f * px_per_mm_; }
    // Height of a capital letter of the body text, in millimetres on this screen.
    float body_capital_mm() const;
    TextSize text_size() const { return look_.text; }
    float gap() const { return px(24.0f); }
    // The least space between two tap targets: a finger aiming at one must not hit the other.
    float target_gap() const { return std::max(px(14.0f), 2.5f * px_per_mm_); }
    float radius() const { return px(20.0f); }
    bool portrait() const { return look_.height > look_.width; }
    int width() const { return look_.width; }
    // Arabic is read from the right: text starts there, and so does everything else.
    bool right_to_left() const { return look_.right_to_left; }
    // The left edge of something `w` wide placed `offset` from where reading starts in
    // [left, right]: its left edge, or in a right-to-left language its right one.
    float from_start(float left, float right, float offset, float w) const {
        return look_.right_to_left ? right - offset - w : left + offset;
    }
    int height() const { return look_.height; }

    // Every colour comes from here; the pairs the screens draw are listed in palette.cpp.
    const Palette& colors() const { return palette_; }
    bool high_contrast() const { return look_.high_contrast; }
    const Fonts& fonts() const { return fonts_; }
    ImU32 category_color(Category category) const;
    const char* category_icon(Category category) const;

private:
    float scale_ = 1.0f;
    float px_per_mm_ = 5.58f;
    Look look_{};
    Palette palette_{};
    Fonts fonts_{};
    std::filesystem::path font_cache_;
};

} // namespace bk
