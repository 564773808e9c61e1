#include "widgets/text_fit.h"

namespace bk {

// The title as it fits in `width`, cut at a word or character with "…" when it does not.
std::string fit_with_ellipsis(const std::string& text, ImFont* font, float width) {
    auto w = [&](const std::string& s) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.c_str()).x;
    };
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

} // namespace bk
