// One Arabic font file (Noto Sans Arabic), shaped with HarfBuzz: which glyphs, in which order and
// where, for a run of a line. Dear ImGui 1.86 maps one code point to one glyph, which Arabic
// letters (four joining forms, lam-alef ligatures, marks) do not fit.
#pragma once
#include "text/bidi_runs.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

typedef struct hb_font_t hb_font_t;

namespace bk {

// Positions are in pixels at the size given; the glyphs are in visual order, left to right.
struct ShapedGlyph {
    unsigned id = 0;                  // glyph index in the font file
    float x_offset = 0, y_offset = 0; // from the pen position; y grows upwards, as in fonts
    float advance = 0;                // how far the pen moves after it
    std::size_t byte = 0; // the line's byte where the glyph's characters begin (its cluster)
};

// Pixels per em of a font whose ascender-to-descender height is one pixel: Dear ImGui's FreeType
// builder sizes a font by that height, HarfBuzz and FreeType's glyph sizes by the em. 0 when the
// file cannot be read.
float em_per_line_height(const std::string& font_path);

class ArabicFont {
public:
    explicit ArabicFont(std::string path);
    ~ArabicFont();
    ArabicFont(const ArabicFont&) = delete;
    ArabicFont& operator=(const ArabicFont&) = delete;

    bool loaded() const { return font_ != nullptr; }
    const std::string& path() const { return path_; }
    // Whether the font has a glyph for the character (Noto Sans Arabic lacks "–" and "€").
    bool has_glyph(char32_t c) const;

    // The run's glyphs at `pixels_per_em`, shaped with the rest of the line as context (so a
    // letter joins the one beside it across a run's edge).
    std::vector<ShapedGlyph> shape(std::string_view line, const TextRun& run,
                                   float pixels_per_em) const;

private:
    std::string path_;
    hb_font_t* font_ = nullptr;
};

} // namespace bk
