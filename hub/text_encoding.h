// Calendar files arrive as UTF-8 or, from older Windows programs, as Windows-1252.
#pragma once
#include <optional>
#include <string>

namespace bk::hub {

struct DecodedText {
    std::string utf8;     // line endings made "\n" (CRLF and a lone CR alike)
    std::string encoding; // "UTF-8" or "Windows-1252"
};

// UTF-8 (a byte order mark dropped) when the bytes are valid UTF-8, otherwise Windows-1252.
// nullopt when they are neither; `why` then names the line and the byte: "line 12: byte 0x81 is
// not a character in UTF-8 or Windows-1252".
std::optional<DecodedText> decode_text(const std::string& bytes, std::string& why);

} // namespace bk::hub
