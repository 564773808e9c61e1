#include "text/arabic_font.h"

#include <hb.h>

#include <cmath>
#include <utility>

namespace bk {

namespace {
// HarfBuzz works in whole units of the scale it is given; 64 per pixel keeps a 64th of a pixel,
// as FreeType's 26.6 numbers do (and as `hb-shape --font-size=<64 x pixels>` prints them).
constexpr float kUnitsPerPixel = 64.0f;
} // namespace

float em_per_line_height(const std::string& font_path) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(font_path.c_str());
    if (!blob) return 0.0f;
    hb_face_t* face = hb_face_create(blob, 0);
    hb_font_t* font = hb_font_create(face);
    hb_font_extents_t extents{};
    float out = 0.0f;
    if (hb_font_get_h_extents(font, &extents) && extents.ascender > extents.descender)
        out = static_cast<float>(hb_face_get_upem(face)) /
              static_cast<float>(extents.ascender - extents.descender);
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return out;
}

ArabicFont::ArabicFont(std::string path) : path_(std::move(path)) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path_.c_str());
    if (!blob) return;
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    if (hb_face_get_glyph_count(face) > 0) font_ = hb_font_create(face);
    hb_face_destroy(face);
}

ArabicFont::~ArabicFont() {
    if (font_) hb_font_destroy(font_);
}

bool ArabicFont::has_glyph(char32_t c) const {
    hb_codepoint_t glyph = 0;
    return font_ && hb_font_get_nominal_glyph(font_, c, &glyph);
}

std::vector<ShapedGlyph> ArabicFont::shape(std::string_view line, const TextRun& run,
                                           float pixels_per_em) const {
    std::vector<ShapedGlyph> out;
    if (!font_ || run.end <= run.begin) return out;
    int scale = static_cast<int>(std::lround(pixels_per_em * kUnitsPerPixel));
    hb_font_set_scale(font_, scale, scale);

    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf8(buffer, line.data(), static_cast<int>(line.size()),
                       static_cast<unsigned>(run.begin), static_cast<int>(run.end - run.begin));
    hb_buffer_set_direction(buffer, run.right_to_left ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer, HB_SCRIPT_ARABIC);
    hb_buffer_set_language(buffer, hb_language_from_string("ar", -1));
    hb_shape(font_, buffer, nullptr, 0);

    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    out.reserve(count);
    for (unsigned i = 0; i < count; ++i)
        out.push_back({info[i].codepoint, pos[i].x_offset / kUnitsPerPixel,
                       pos[i].y_offset / kUnitsPerPixel, pos[i].x_advance / kUnitsPerPixel,
                       info[i].cluster});
    hb_buffer_destroy(buffer);
    return out;
}

} // namespace bk
