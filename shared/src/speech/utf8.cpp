// UTF-8 decoding for the speech text map.
#include "buurtkiosk/speech/utf8.h"

namespace bk {

DecodedChar decode_utf8(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    std::size_t length = 0;
    char32_t cp = 0;
    if (lead < 0x80) return {lead, 1};
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07;
    } else {
        return {0xFFFD, 1};
    }
    if (pos + length > text.size()) return {0xFFFD, 1};
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80) return {0xFFFD, 1};
        cp = (cp << 6) | (next & 0x3F);
    }
    return {cp, length};
}

std::vector<std::size_t> utf8_char_offsets(std::string_view text) {
    std::vector<std::size_t> offsets;
    offsets.reserve(text.size() + 1);
    for (std::size_t pos = 0; pos < text.size(); pos += decode_utf8(text, pos).length) {
        offsets.push_back(pos);
    }
    offsets.push_back(text.size());
    return offsets;
}

} // namespace bk
