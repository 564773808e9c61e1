// Every colour pair the screens draw, in both themes, against WCAG 2.1: text 7:1 (1.4.6),
// outlines and faces of controls and the highlight marker 3:1 (1.4.11). The pairs come from the
// kiosk's own table (kiosk/palette.cpp), so a new colour on a new background is checked too.
#include "palette.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>

namespace {

// Relative luminance of an sRGB colour (WCAG 2.1, "relative luminance").
double luminance(ImU32 color) {
    auto channel = [](unsigned value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    double r = channel((color >> IM_COL32_R_SHIFT) & 0xFF);
    double g = channel((color >> IM_COL32_G_SHIFT) & 0xFF);
    double b = channel((color >> IM_COL32_B_SHIFT) & 0xFF);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

double contrast_ratio(ImU32 a, ImU32 b) {
    double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImU32 hex(unsigned rgb) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 0xFF);
}

// A control counts by its face or its outline, whichever stands out more.
double ratio_of(const bk::ColorPair& pair) {
    double ratio = contrast_ratio(pair.fore, pair.back);
    if (pair.outline) ratio = std::max(ratio, contrast_ratio(pair.outline, pair.back));
    return ratio;
}

std::string describe(ImU32 c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", (c >> IM_COL32_R_SHIFT) & 0xFF,
                  (c >> IM_COL32_G_SHIFT) & 0xFF, (c >> IM_COL32_B_SHIFT) & 0xFF);
    return buf;
}

void check_theme(bool high_contrast) {
    const bk::Palette palette = bk::make_palette(high_contrast);
    const auto pairs = bk::color_pairs(palette);
    REQUIRE(pairs.size() > 30);
    for (const bk::ColorPair& pair : pairs) {
        // Pairs are drawn opaque; a translucent colour would need its blend checked instead.
        REQUIRE(((pair.fore >> IM_COL32_A_SHIFT) & 0xFF) == 0xFF);
        REQUIRE(((pair.back >> IM_COL32_A_SHIFT) & 0xFF) == 0xFF);
        REQUIRE((pair.outline == 0 || ((pair.outline >> IM_COL32_A_SHIFT) & 0xFF) == 0xFF));
        double ratio = ratio_of(pair);
        INFO(pair.what << ": " << describe(pair.fore)
                       << (pair.outline ? " outlined " + describe(pair.outline) : "") << " on "
                       << describe(pair.back) << " is " << ratio << ":1");
        CHECK(ratio >= bk::minimum_contrast(pair.kind));
    }
}

} // namespace

TEST_CASE("the contrast ratio matches WCAG's published figures") {
    CHECK(contrast_ratio(hex(0x777777), hex(0xFFFFFF)) == Approx(4.48).margin(0.005));
    CHECK(contrast_ratio(hex(0x000000), hex(0xFFFFFF)) == Approx(21.0));
    CHECK(contrast_ratio(hex(0xFFFFFF), hex(0x000000)) == Approx(21.0)); // order does not matter
    CHECK(contrast_ratio(hex(0x808080), hex(0x808080)) == Approx(1.0));
}

TEST_CASE("the minimums are WCAG's: 7 to 1 for text, 3 to 1 for boundaries and the highlight") {
    CHECK(bk::minimum_contrast(bk::PairKind::Text) == 7.0);
    CHECK(bk::minimum_contrast(bk::PairKind::Boundary) == 3.0);
    CHECK(bk::minimum_contrast(bk::PairKind::Highlight) == 3.0);
}

TEST_CASE("every colour pair of the normal theme meets its contrast minimum") {
    check_theme(false);
}

TEST_CASE("every colour pair of the high-contrast theme meets its contrast minimum") {
    check_theme(true);
}

TEST_CASE("the lowest ratio per kind and theme, for docs/accessibility.md", "[.report]") {
    for (bool high_contrast : {false, true}) {
        const bk::Palette palette = bk::make_palette(high_contrast);
        for (bk::PairKind kind :
             {bk::PairKind::Text, bk::PairKind::Boundary, bk::PairKind::Highlight}) {
            double lowest = 100;
            std::string which;
            for (const bk::ColorPair& pair : bk::color_pairs(palette)) {
                double ratio = ratio_of(pair);
                if (pair.kind == kind && ratio < lowest) {
                    lowest = ratio;
                    which = pair.what;
                }
            }
            std::printf("%s %s: %.2f:1 (%s)\n", high_contrast ? "high-contrast" : "normal",
                        kind == bk::PairKind::Text       ? "text"
                        : kind == bk::PairKind::Boundary ? "boundary"
                                                         : "highlight",
                        lowest, which.c_str());
        }
    }
}
