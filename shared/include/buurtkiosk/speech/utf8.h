// The little UTF-8 the speech code needs: decode one code point, and map character indices (as
// espeak-ng reports them) to byte offsets.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace bk {

struct DecodedChar {
    char32_t code_point = 0;
    std::size_t length = 1; // bytes; an invalid byte decodes as U+FFFD of length 1
};

DecodedChar decode_utf8(std::string_view text, std::size_t pos);

// Byte offset of every character start, plus text.size() at the end: offsets[i] is where
// character i begins, so offsets.size() == character count + 1.
std::vector<std::size_t> utf8_char_offsets(std::string_view text);

} // namespace bk
