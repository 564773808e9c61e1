// Every line of text on the screens is measured, wrapped and drawn here. Text in a language
// written left to right goes to Dear ImGui as it is; a line with Arabic is put in display order
// (text/bidi_runs.h), its Arabic runs shaped with HarfBuzz and drawn from the glyph atlas, its
// digits and Latin words by Dear ImGui between them (docs/translations.md).
#pragma once
#include "buurtkiosk/speech/spoken_text.h" // ByteRange

#include <imgui.h>

#include <functional>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace bk {

class GlyphAtlas;

// Which of the theme's fonts are bold (their Arabic is drawn in Noto Sans Arabic Bold), and
// whether the screen reads right to left. Theme::build calls it after building the fonts.
void use_text_fonts(std::initializer_list<const ImFont*> bold, bool right_to_left);

// The word being read aloud, shown reversed: the marker in `marker` colour behind it, its letters
// in `on_marker`.
struct TextMarker {
    ByteRange range;
    ImU32 marker = 0, on_marker = 0;
};

float text_width(const ImFont* font, float size, std::string_view text);
void draw_text(ImDrawList* list, const ImFont* font, float size, ImVec2 pos, ImU32 color,
               std::string_view text, const TextMarker* marker = nullptr,
               const ImVec4* clip = nullptr);

// The text cut into lines no wider than `width` at spaces (a word wider than a line gets a line
// of its own, cut where it must be); "\n" starts a new line. Ranges are bytes of `text`.
std::vector<ByteRange> wrap_lines(const ImFont* font, float size, std::string_view text,
                                  float width);

// A pictogram from the icon font; on a right-to-left screen one that points along the line
// (back, next, delete) is drawn mirrored.
void draw_pictogram(ImDrawList* list, const ImFont* font, float size, ImVec2 pos, ImU32 color,
                    const char* icon);

// Whether the screen reads right to left (use_text_fonts).
bool text_right_to_left();

// The atlas the Arabic glyphs are drawn from, and the texture the app uploads it to: made when
// Arabic is first drawn (glyph_texture.h).
GlyphAtlas& arabic_glyph_atlas();
void use_glyph_texture(std::function<ImTextureID()> texture);

} // namespace bk
