#include "text/glyph_atlas.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cmath>

namespace bk {

namespace {
constexpr int kPadding = 1; // between images, so linear filtering never reads a neighbour
} // namespace

struct GlyphAtlas::Face {
    FT_Face face = nullptr;
    int index = 0; // part of the glyph key
    ~Face() {
        if (face) FT_Done_Face(face);
    }
};

GlyphAtlas::GlyphAtlas(int side) : side_(side) {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) == 0) library_ = library;
}

GlyphAtlas::~GlyphAtlas() {
    faces_.clear();
    if (library_) FT_Done_FreeType(static_cast<FT_Library>(library_));
}

GlyphAtlas::Face* GlyphAtlas::face_of(const ArabicFont& font) {
    auto it = faces_.find(font.path());
    if (it != faces_.end()) return it->second->face ? it->second.get() : nullptr;
    auto face = std::make_unique<Face>();
    face->index = static_cast<int>(faces_.size());
    if (!library_ ||
        FT_New_Face(static_cast<FT_Library>(library_), font.path().c_str(), 0, &face->face) != 0)
        face->face = nullptr;
    Face* out = face->face ? face.get() : nullptr;
    faces_.emplace(font.path(), std::move(face));
    return out;
}

void GlyphAtlas::clear() {
    glyphs_.clear();
    std::fill(pixels_.begin(), pixels_.end(), 0x00FFFFFFu);
    shelf_x_ = shelf_y_ = shelf_h_ = 0;
    full_ = false;
    changed_ = true;
}

void GlyphAtlas::start_frame() {
    if (full_) clear();
}

bool GlyphAtlas::take_changed() {
    bool was = changed_;
    changed_ = false;
    return was;
}

const AtlasGlyph* GlyphAtlas::glyph(const ArabicFont& font, unsigned id, float pixels_per_em) {
    Face* face = face_of(font);
    if (!face) return nullptr;
    // Sizes in quarter pixels: the kiosk's few font sizes, without one image per rounding error.
    auto quarters = static_cast<std::uint64_t>(std::lround(pixels_per_em * 4.0f));
    std::uint64_t key = (static_cast<std::uint64_t>(face->index) << 48) | (quarters << 24) | id;
    if (auto it = glyphs_.find(key); it != glyphs_.end()) return &it->second;
    if (full_) return nullptr;

    FT_F26Dot6 size = static_cast<FT_F26Dot6>(quarters * 16); // 26.6: 64 per pixel
    if (FT_Set_Char_Size(face->face, 0, size, 72, 72) != 0 ||
        FT_Load_Glyph(face->face, id, FT_LOAD_RENDER | FT_LOAD_TARGET_LIGHT) != 0)
        return nullptr;
    const FT_GlyphSlot slot = face->face->glyph;
    const FT_Bitmap& bitmap = slot->bitmap;
    int w = static_cast<int>(bitmap.width), h = static_cast<int>(bitmap.rows);
    if (w + kPadding > side_ || h + kPadding > side_) return nullptr;
    if (shelf_x_ + w + kPadding > side_) { // next shelf
        shelf_y_ += shelf_h_;
        shelf_x_ = shelf_h_ = 0;
    }
    if (shelf_y_ + h + kPadding > side_) {
        full_ = true;
        return nullptr;
    }
    if (pixels_.empty()) pixels_.assign(static_cast<std::size_t>(side_) * side_, 0x00FFFFFFu);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint32_t alpha = bitmap.buffer[y * bitmap.pitch + x];
            pixels_[static_cast<std::size_t>(shelf_y_ + y) * side_ + shelf_x_ + x] =
                (alpha << 24) | 0x00FFFFFFu;
        }
    float s = static_cast<float>(side_);
    AtlasGlyph g{shelf_x_ / s,
                 shelf_y_ / s,
                 (shelf_x_ + w) / s,
                 (shelf_y_ + h) / s,
                 static_cast<float>(slot->bitmap_left),
                 -static_cast<float>(slot->bitmap_top),
                 static_cast<float>(w),
                 static_cast<float>(h)};
    shelf_x_ += w + kPadding;
    shelf_h_ = std::max(shelf_h_, h + kPadding);
    changed_ = true;
    return &glyphs_.emplace(key, g).first->second;
}

} // namespace bk
