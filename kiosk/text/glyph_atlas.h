// The images of shaped glyphs, rasterised by glyph id with FreeType into one texture-sized image
// as they are first needed. Dear ImGui's own atlas is keyed by code point and built in one go,
// so Arabic glyphs (several per letter, chosen by HarfBuzz) get this one beside it.
#pragma once
#include "text/arabic_font.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace bk {

struct AtlasGlyph {
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0; // where the image is in the atlas, 0..1
    float left = 0, top = 0;              // from the pen position to the image's top left, y down
    float width = 0, height = 0;          // pixels; 0 for a space
};

class GlyphAtlas {
public:
    explicit GlyphAtlas(int side = 1024);
    ~GlyphAtlas();
    GlyphAtlas(const GlyphAtlas&) = delete;
    GlyphAtlas& operator=(const GlyphAtlas&) = delete;

    // The glyph of `font` at `pixels_per_em`, rasterised now if it is new; nullptr when it cannot
    // be made or the atlas is full (then it starts empty at the next start_frame()).
    const AtlasGlyph* glyph(const ArabicFont& font, unsigned id, float pixels_per_em);

    // Called before a frame is drawn: empties a full atlas, so glyphs drawn in one frame never
    // point into images that were replaced during it.
    void start_frame();

    int side() const { return side_; }
    // White with the glyphs' coverage as alpha, as Dear ImGui's own font texture; empty until
    // the first glyph (most visitors never see Arabic: 4 MiB saved).
    const std::vector<std::uint32_t>& pixels() const { return pixels_; }
    // True once after the pixels changed: the caller uploads them.
    bool take_changed();

private:
    struct Face;
    Face* face_of(const ArabicFont& font);
    void clear();

    int side_;
    std::vector<std::uint32_t> pixels_;
    std::unordered_map<std::uint64_t, AtlasGlyph> glyphs_;
    std::map<std::string, std::unique_ptr<Face>> faces_;
    void* library_ = nullptr; // FT_Library
    int shelf_x_ = 0, shelf_y_ = 0, shelf_h_ = 0;
    bool full_ = false, changed_ = false;
};

} // namespace bk
