// JSON from outside (a kiosk's request, a hub's answer, a content file) is checked for size and
// nesting before it is parsed: nlohmann::json serialises and destroys values recursively, so a
// body nested 100,000 levels deep would overflow the stack long after parsing succeeded.
#pragma once
#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bk {

struct JsonLimits {
    std::size_t max_bytes = 1 << 20;
    int max_depth = 32; // our formats need 4; 32 leaves room and still keeps the stack small
};

inline constexpr JsonLimits kProtocolJson{1 << 20, 32}; // requests and answers
inline constexpr JsonLimits kContentJson{64 << 20, 32}; // files of a content bundle
inline constexpr JsonLimits kManifestJson{4 << 20, 32}; // a signed manifest

// "" when `text` is valid JSON within the limits; otherwise what is wrong, in English
// ("nested deeper than 32 levels", "larger than 1048576 bytes", nlohmann's syntax message).
std::string check_json(std::string_view text, const JsonLimits& limits);

// The parsed value, or nullopt with `error` set (as check_json words it).
template <class JsonType = nlohmann::json>
std::optional<JsonType> parse_bounded_json(std::string_view text, const JsonLimits& limits,
                                           std::string& error) {
    error = check_json(text, limits);
    if (!error.empty()) return std::nullopt;
    return JsonType::parse(text, nullptr, false);
}

} // namespace bk
