#include "widgets/text_block.h"

#include <algorithm>

namespace bk {

namespace {
// Calls line(begin, end) for every wrapped line of the text; returns the line count.
template <class LineFn>
int for_each_line(const std::string& text, ImFont* font, float width, LineFn line) {
    const char* start = text.c_str();
    const char* end = start + text.size();
    const char* s = start;
    int lines = 0;
    while (s < end) {
        const char* newline = std::find(s, end, '\n');
        const char* wrap = font->CalcWordWrapPositionA(1.0f, s, newline, width);
        if (wrap == s && s < newline) wrap = s + 1; // a word wider than the line still advances
        line(s, wrap);
        ++lines;
        s = wrap;
        while (s < newline && *s == ' ')
            ++s;
        if (s == newline && s < end) ++s;
    }
    return lines;
}
} // namespace

void text_block(const std::string& text, ImFont* font, ImU32 color, float width,
                ByteRange highlight, ImU32 background) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float line_h = font->FontSize * 1.3f;
    const char* base = text.c_str();
    auto x_at = [&](const char* from, const char* to) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, from, to).x;
    };
    int lines = for_each_line(text, font, width, [&](const char* b, const char* e) {
        std::size_t bo = std::size_t(b - base), eo = std::size_t(e - base);
        if (highlight.empty() || highlight.begin >= eo || highlight.end <= bo) {
            dl->AddText(font, font->FontSize, pos, color, b, e);
            pos.y += line_h;
            return;
        }
        // The line in three parts: before the word, the word reversed on its marker, after it.
        const char* hb = base + std::max(highlight.begin, bo);
        const char* he = base + std::min(highlight.end, eo);
        float x0 = x_at(b, hb), x1 = x_at(b, he);
        float pad = font->FontSize * 0.12f;
        // The glyphs' height, not the line's: the marker stays clear of the line below.
        dl->AddRectFilled(ImVec2(pos.x + x0 - pad, pos.y),
                          ImVec2(pos.x + x1 + pad, pos.y + font->FontSize * 1.18f), color, pad * 2);
        dl->AddText(font, font->FontSize, pos, color, b, hb);
        dl->AddText(font, font->FontSize, ImVec2(pos.x + x0, pos.y), background, hb, he);
        dl->AddText(font, font->FontSize, ImVec2(pos.x + x1, pos.y), color, he, e);
        pos.y += line_h;
    });
    ImGui::Dummy(ImVec2(width, std::max(1, lines) * line_h));
}

void heading_text(ImFont* heading, const char* text) {
    ImGui::PushFont(heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

float text_block_height(const std::string& text, ImFont* font, float width) {
    int lines = for_each_line(text, font, width, [](const char*, const char*) {});
    return std::max(1, lines) * font->FontSize * 1.3f;
}

} // namespace bk
