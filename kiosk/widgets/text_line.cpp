#include "widgets/text_line.h"

#include "icons.h"
#include "text/arabic_font.h"
#include "text/bidi_runs.h"
#include "text/glyph_atlas.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>
#include <unordered_map>

namespace bk {

namespace {
constexpr const char* kLatinRegular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
constexpr const char* kArabicRegular = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";
constexpr const char* kArabicBold = "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf";
// Lines shaped and wrapped are kept between frames; a screen shows far fewer than this.
constexpr std::size_t kRemembered = 4096;

struct ShapedRun {
    TextRun run;
    std::vector<ShapedGlyph> glyphs; // only for Arabic runs
    std::string reversed;            // a right-to-left run Dear ImGui draws, in display order
    float width = 0;
};

struct LineLayout {
    std::vector<ShapedRun> runs;
    float width = 0;
};

struct TextState {
    ArabicFont regular{kArabicRegular};
    ArabicFont bold{kArabicBold};
    GlyphAtlas atlas;
    std::vector<const ImFont*> bold_fonts;
    bool right_to_left = false;
    std::function<ImTextureID()> texture;
    // Noto Sans Arabic is drawn at the em of the Noto Sans beside it, so the letters match.
    float em_per_size = em_per_line_height(kLatinRegular);
    std::unordered_map<std::string, LineLayout> layouts;
    std::unordered_map<std::string, std::vector<ByteRange>> wraps;
};

TextState& state() {
    static TextState s;
    return s;
}

const ArabicFont& arabic_font_for(const ImFont* font) {
    TextState& s = state();
    bool bold = std::find(s.bold_fonts.begin(), s.bold_fonts.end(), font) != s.bold_fonts.end();
    return bold ? s.bold : s.regular;
}

float imgui_width(const ImFont* font, float size, std::string_view text) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, text.data(), text.data() + text.size()).x;
}

LineLayout lay_out(const ImFont* font, float size, std::string_view text) {
    TextState& s = state();
    LineLayout out;
    const ArabicFont& arabic = arabic_font_for(font);
    auto has_glyph = [&](char32_t c) { return arabic.has_glyph(c); };
    for (const TextRun& run : visual_runs(text, s.right_to_left, has_glyph)) {
        ShapedRun shaped{run, {}, {}, 0};
        if (run.arabic) {
            shaped.glyphs = arabic.shape(text, run, size * s.em_per_size);
            for (const ShapedGlyph& g : shaped.glyphs)
                shaped.width += g.advance;
        } else if (run.right_to_left) {
            shaped.reversed = display_order(text.substr(run.begin, run.end - run.begin));
            shaped.width = imgui_width(font, size, shaped.reversed);
        } else {
            shaped.width = imgui_width(font, size, text.substr(run.begin, run.end - run.begin));
        }
        out.width += shaped.width;
        out.runs.push_back(std::move(shaped));
    }
    return out;
}

std::string key_of(const ImFont* font, float size, std::string_view text, float extra = 0) {
    std::string key(sizeof font + 2 * sizeof(float) + 1 + text.size(), '\0');
    char* p = key.data();
    std::memcpy(p, &font, sizeof font);
    std::memcpy(p + sizeof font, &size, sizeof size);
    std::memcpy(p + sizeof font + sizeof size, &extra, sizeof extra);
    p[sizeof font + 2 * sizeof(float)] = state().right_to_left ? 'r' : 'l';
    std::memcpy(p + sizeof font + 2 * sizeof(float) + 1, text.data(), text.size());
    return key;
}

const LineLayout& layout(const ImFont* font, float size, std::string_view text) {
    TextState& s = state();
    std::string key = key_of(font, size, text);
    if (auto it = s.layouts.find(key); it != s.layouts.end()) return it->second;
    if (s.layouts.size() >= kRemembered) s.layouts.clear();
    return s.layouts.emplace(std::move(key), lay_out(font, size, text)).first->second;
}

ByteRange overlap(ByteRange range, std::size_t begin, std::size_t end) {
    ByteRange r{std::max(range.begin, begin), std::min(range.end, end)};
    return r.empty() ? ByteRange{} : r;
}

// Text Dear ImGui can draw as it is, with the marked bytes (if any) in `on_marker`.
void draw_plain(ImDrawList* list, const ImFont* font, float size, ImVec2 pos, ImU32 color,
                std::string_view text, ByteRange marked, ImU32 on_marker, const ImVec4* clip) {
    auto* f = const_cast<ImFont*>(font); // AddText takes a non-const font it does not change
    const char* b = text.data();
    const char* e = b + text.size();
    if (marked.empty()) {
        list->AddText(f, size, pos, color, b, e, 0, clip);
        return;
    }
    const char* mb = b + marked.begin;
    const char* me = b + marked.end;
    list->AddText(f, size, pos, color, b, mb, 0, clip);
    list->AddText(f, size, ImVec2(pos.x + imgui_width(font, size, {b, marked.begin}), pos.y),
                  on_marker, mb, me, 0, clip);
    list->AddText(f, size, ImVec2(pos.x + imgui_width(font, size, {b, marked.end}), pos.y), color,
                  me, e, 0, clip);
}

void draw_marker(ImDrawList* list, float size, ImVec2 pos, float x0, float x1, ImU32 color) {
    float pad = size * 0.12f;
    // The glyphs' height, not the line's: the marker stays clear of the line below.
    list->AddRectFilled(ImVec2(pos.x + x0 - pad, pos.y),
                        ImVec2(pos.x + x1 + pad, pos.y + size * 1.18f), color, pad * 2);
}

// The left and right edge of the marked bytes in a laid-out line, from its start.
std::pair<float, float> marked_span(const LineLayout& l, const ImFont* font, float size,
                                    std::string_view text, ByteRange marked) {
    float x = 0, left = FLT_MAX, right = -FLT_MAX;
    for (const ShapedRun& r : l.runs) {
        if (r.run.arabic) {
            for (const ShapedGlyph& g : r.glyphs) {
                if (g.byte >= marked.begin && g.byte < marked.end) {
                    left = std::min(left, x);
                    right = std::max(right, x + g.advance);
                }
                x += g.advance;
            }
            continue;
        }
        ByteRange m = overlap(marked, r.run.begin, r.run.end);
        if (!m.empty()) {
            std::string_view run_text = text.substr(r.run.begin, r.run.end - r.run.begin);
            left = std::min(left,
                            x + imgui_width(font, size, run_text.substr(0, m.begin - r.run.begin)));
            right = std::max(right,
                             x + imgui_width(font, size, run_text.substr(0, m.end - r.run.begin)));
        }
        x += r.width;
    }
    return {left, right};
}

void draw_shaped(ImDrawList* list, const ImFont* font, float size, ImVec2 pos, ImU32 color,
                 std::string_view text, const TextMarker* marker, const ImVec4* clip) {
    TextState& s = state();
    const LineLayout& l = layout(font, size, text);
    ByteRange marked = marker ? marker->range : ByteRange{};
    if (!marked.empty()) {
        auto [left, right] = marked_span(l, font, size, text, marked);
        if (left <= right) draw_marker(list, size, pos, left, right, marker->marker);
    }
    const ArabicFont& arabic = arabic_font_for(font);
    float em = size * s.em_per_size;
    float baseline = pos.y + font->Ascent * size / font->FontSize;
    float x = pos.x;
    for (const ShapedRun& r : l.runs) {
        if (r.run.right_to_left && !r.run.arabic) { // a dash or a sign between Arabic words
            draw_plain(list, font, size, ImVec2(x, pos.y), color, r.reversed, {}, color, clip);
            x += r.width;
            continue;
        }
        if (!r.run.arabic) {
            ByteRange m = overlap(marked, r.run.begin, r.run.end);
            if (!m.empty()) m = {m.begin - r.run.begin, m.end - r.run.begin};
            draw_plain(list, font, size, ImVec2(x, pos.y), color,
                       text.substr(r.run.begin, r.run.end - r.run.begin), m,
                       marker ? marker->on_marker : color, clip);
            x += r.width;
            continue;
        }
        ImTextureID texture = s.texture ? s.texture() : nullptr;
        if (!texture) { // no renderer (yet): nothing to draw the glyphs from, room kept
            x += r.width;
            continue;
        }
        if (clip) list->PushClipRect(ImVec2(clip->x, clip->y), ImVec2(clip->z, clip->w), true);
        list->PushTextureID(texture);
        for (const ShapedGlyph& g : r.glyphs) {
            const AtlasGlyph* a = s.atlas.glyph(arabic, g.id, em);
            if (a && a->width > 0) {
                ImVec2 p0(std::round(x + g.x_offset + a->left),
                          std::round(baseline - g.y_offset + a->top));
                bool in_marker = g.byte >= marked.begin && g.byte < marked.end;
                list->PrimReserve(6, 4);
                list->PrimRectUV(p0, ImVec2(p0.x + a->width, p0.y + a->height),
                                 ImVec2(a->u0, a->v0), ImVec2(a->u1, a->v1),
                                 in_marker ? marker->on_marker : color);
            }
            x += g.advance;
        }
        list->PopTextureID();
        if (clip) list->PopClipRect();
    }
}

// Lines of a paragraph with right-to-left text: whole words, measured shaped.
void wrap_shaped(const ImFont* font, float size, std::string_view text, std::size_t begin,
                 std::size_t end, float width, std::vector<ByteRange>& out) {
    std::size_t start = begin;
    while (start < end) {
        std::size_t cut = start, probe = start;
        while (probe < end) {
            std::size_t space = text.find(' ', probe);
            std::size_t word_end = std::min(space == std::string_view::npos ? end : space, end);
            if (cut > start && text_width(font, size, text.substr(start, word_end - start)) > width)
                break;
            cut = word_end;
            probe = word_end + 1;
        }
        out.push_back({start, cut});
        start = cut;
        while (start < end && text[start] == ' ')
            ++start;
    }
}

// Lines of a paragraph Dear ImGui can wrap itself.
void wrap_plain(const ImFont* font, float size, std::string_view text, std::size_t begin,
                std::size_t end, float width, std::vector<ByteRange>& out) {
    const char* base = text.data();
    const char* s = base + begin;
    const char* e = base + end;
    while (s < e) {
        const char* cut = font->CalcWordWrapPositionA(size / font->FontSize, s, e, width);
        if (cut == s) cut = s + 1; // a word wider than the line still advances
        while (cut < e && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80)
            ++cut; // never inside a UTF-8 character
        out.push_back({std::size_t(s - base), std::size_t(cut - base)});
        s = cut;
        while (s < e && *s == ' ')
            ++s;
    }
}
} // namespace

void use_text_fonts(std::initializer_list<const ImFont*> bold, bool right_to_left) {
    TextState& s = state();
    s.bold_fonts.assign(bold.begin(), bold.end());
    s.right_to_left = right_to_left;
    s.layouts.clear(); // the fonts they were measured with are gone
    s.wraps.clear();
}

float text_width(const ImFont* font, float size, std::string_view text) {
    if (!has_right_to_left(text)) return imgui_width(font, size, text);
    return layout(font, size, text).width;
}

void draw_text(ImDrawList* list, const ImFont* font, float size, ImVec2 pos, ImU32 color,
               std::string_view text, const TextMarker* marker, const ImVec4* clip) {
    if (has_right_to_left(text)) {
        draw_shaped(list, font, size, pos, color, text, marker, clip);
        return;
    }
    ByteRange marked = marker ? overlap(marker->range, 0, text.size()) : ByteRange{};
    if (!marked.empty())
        draw_marker(list, size, pos, imgui_width(font, size, text.substr(0, marked.begin)),
                    imgui_width(font, size, text.substr(0, marked.end)), marker->marker);
    draw_plain(list, font, size, pos, color, text, marked, marker ? marker->on_marker : color,
               clip);
}

std::vector<ByteRange> wrap_lines(const ImFont* font, float size, std::string_view text,
                                  float width) {
    bool shaped = has_right_to_left(text);
    TextState& s = state();
    std::string key;
    if (shaped) {
        key = key_of(font, size, text, width);
        if (auto it = s.wraps.find(key); it != s.wraps.end()) return it->second;
    }
    std::vector<ByteRange> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t newline = std::min(text.find('\n', start), text.size());
        if (newline == start)
            lines.push_back({start, start}); // an empty line between paragraphs
        else if (shaped)
            wrap_shaped(font, size, text, start, newline, width, lines);
        else
            wrap_plain(font, size, text, start, newline, width, lines);
        start = newline + 1;
    }
    if (shaped) {
        if (s.wraps.size() >= kRemembered) s.wraps.clear();
        s.wraps.emplace(std::move(key), lines);
    }
    return lines;
}

void draw_pictogram(ImDrawList* list, const ImFont* font, float size, ImVec2 pos, ImU32 color,
                    const char* icon) {
    int first = list->VtxBuffer.Size;
    list->AddText(const_cast<ImFont*>(font), size, pos, color, icon);
    if (!state().right_to_left || !icon::points_along_line(icon)) return;
    // Each glyph is a quad of four corners: top left, top right, bottom right, bottom left.
    // Swapping the left and right texture coordinates mirrors the image in place.
    for (int v = first; v + 3 < list->VtxBuffer.Size; v += 4) {
        ImDrawVert* q = &list->VtxBuffer[v];
        std::swap(q[0].uv.x, q[1].uv.x);
        std::swap(q[2].uv.x, q[3].uv.x);
    }
}

bool text_right_to_left() {
    return state().right_to_left;
}

GlyphAtlas& arabic_glyph_atlas() {
    return state().atlas;
}

void use_glyph_texture(std::function<ImTextureID()> texture) {
    state().texture = std::move(texture);
}

} // namespace bk
