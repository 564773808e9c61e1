// Shaped glyphs rasterised into the atlas the kiosk uploads as a texture.
#include "text/glyph_atlas.h"

#include <catch2/catch.hpp>

using namespace bk;

namespace {
const std::string kRegular = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";

int ink(const GlyphAtlas& atlas, const AtlasGlyph& g) {
    int sum = 0;
    for (int y = int(g.v0 * atlas.side()); y < int(g.v1 * atlas.side()); ++y)
        for (int x = int(g.u0 * atlas.side()); x < int(g.u1 * atlas.side()); ++x)
            sum += (atlas.pixels()[std::size_t(y) * atlas.side() + x] >> 24) > 0;
    return sum;
}
} // namespace

TEST_CASE("a glyph is rasterised once and its image has ink", "[text][atlas]") {
    ArabicFont font(kRegular);
    GlyphAtlas atlas(256);
    CHECK(atlas.pixels().empty()); // no memory until Arabic is drawn
    std::string word = "سلام";
    auto glyphs = font.shape(word, TextRun{0, word.size(), true, true}, 30);
    REQUIRE_FALSE(glyphs.empty());
    const AtlasGlyph* g = atlas.glyph(font, glyphs[0].id, 30);
    REQUIRE(g);
    CHECK(g->width > 0);
    CHECK(g->height > 0);
    CHECK(ink(atlas, *g) > 10);
    CHECK(atlas.take_changed());
    CHECK(atlas.glyph(font, glyphs[0].id, 30) == g); // the same image, not a second one
    CHECK_FALSE(atlas.take_changed());
}

TEST_CASE("a full atlas gives no glyph in that frame, and starts empty at the next",
          "[text][atlas]") {
    ArabicFont font(kRegular);
    GlyphAtlas atlas(64); // room for a handful of 30-pixel glyphs
    unsigned id = 300;
    int made = 0;
    while (atlas.glyph(font, id, 30) && made < 1000) {
        ++id;
        ++made;
    }
    CHECK(made > 0);
    CHECK(made < 1000);
    CHECK(atlas.glyph(font, 200, 30) == nullptr); // still full during the frame
    atlas.start_frame();
    CHECK(atlas.glyph(font, 200, 30) != nullptr);
}

TEST_CASE("a font that cannot be read gives no glyph and no crash", "[text][atlas]") {
    ArabicFont font("/nonexistent/font.ttf");
    GlyphAtlas atlas(64);
    CHECK(atlas.glyph(font, 5, 30) == nullptr);
}
