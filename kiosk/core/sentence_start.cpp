#include "sentence_start.h"

#include <algorithm>

namespace bk {

std::size_t sentence_start(const std::string& text, std::size_t at) {
    at = std::min(at, text.size());
    std::size_t start = 0;
    for (std::size_t i = 0; i + 1 < at; ++i) {
        char c = text[i], next = text[i + 1];
        if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (next == ' ' || next == '\n')))
            start = i + 1;
    }
    while (start < at && (text[start] == ' ' || text[start] == '\n'))
        ++start;
    return start;
}

} // namespace bk
