// Decoding with glibc's iconv: it knows both encodings and refuses what is not a character.
#include "text_encoding.h"

#include <cerrno>
#include <cstdio>
#include <iconv.h>

namespace bk::hub {
namespace {

// The bytes converted to UTF-8, or the offset of the first byte that is not a character.
struct Conversion {
    std::optional<std::string> text;
    std::size_t bad_at = 0;
};

Conversion convert(const std::string& bytes, const char* from) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) return {};
    std::string out(bytes.size() * 3 + 16, '\0'); // Windows-1252 needs at most 3 bytes a byte
    char* in_at = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char* out_at = out.data();
    std::size_t out_left = out.size();
    std::size_t done = iconv(cd, &in_at, &in_left, &out_at, &out_left);
    iconv_close(cd);
    if (done == static_cast<std::size_t>(-1)) return {std::nullopt, bytes.size() - in_left};
    out.resize(out.size() - out_left);
    return {std::move(out), 0};
}

std::string unix_lines(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out += text[i];
        } else {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        }
    }
    return out;
}

int line_of(const std::string& bytes, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    return line;
}

} // namespace

std::optional<DecodedText> decode_text(const std::string& bytes, std::string& why) {
    const std::string bom = "\xEF\xBB\xBF";
    const std::string body =
        bytes.compare(0, bom.size(), bom) == 0 ? bytes.substr(bom.size()) : bytes;
    Conversion utf8 = convert(body, "UTF-8");
    if (utf8.text) return DecodedText{unix_lines(*utf8.text), "UTF-8"};
    Conversion windows = convert(body, "WINDOWS-1252");
    if (windows.text) return DecodedText{unix_lines(*windows.text), "Windows-1252"};
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(body[windows.bad_at]));
    why = "line " + std::to_string(line_of(body, windows.bad_at)) + ": byte " + byte +
          " is not a character in UTF-8 or Windows-1252";
    return std::nullopt;
}

} // namespace bk::hub
