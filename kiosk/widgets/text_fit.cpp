#include "widgets/text_fit.h"

#include "widgets/text_line.h"

namespace bk {

namespace {
// The text as it fits in `width`, cut at a character with "…" when it does not.
std::string fit(const std::string& text, ImFont* font, float size, float width) {
    auto w = [&](const std::string& s) { return text_width(font, size, s); };
    if (w(text) <= width) return text;
    std::string cut = text;
    while (!cut.empty() && w(cut + "\xe2\x80\xa6") > width) {
        cut.pop_back();
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80)
            cut.pop_back(); // never split a UTF-8 character
        if (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0x80)) cut.pop_back();
    }
    while (!cut.empty() && cut.back() == ' ')
        cut.pop_back();
    return cut + "\xe2\x80\xa6";
}
} // namespace

std::string fit_with_ellipsis(const std::string& text, ImFont* font, float width) {
    return fit(text, font, font->FontSize, width);
}

void draw_fitted(ImDrawList* list, ImFont* font, float size, ImVec2 pos, ImU32 color,
                 const std::string& text, float width) {
    std::string shown = fit(text, font, size, width);
    // From the right edge of the room when the screen reads right to left.
    if (text_right_to_left()) pos.x += width - text_width(font, size, shown);
    draw_text(list, font, size, pos, color, shown);
}

} // namespace bk
