#include "text_size.h"

namespace bk {

const char* text_size_id(TextSize size) {
    switch (size) {
    case TextSize::Large: return "large";
    case TextSize::Largest: return "largest";
    default: return "normal";
    }
}

std::optional<TextSize> parse_text_size(const std::string& id) {
    for (TextSize size : kTextSizes)
        if (id == text_size_id(size)) return size;
    return std::nullopt;
}

} // namespace bk
