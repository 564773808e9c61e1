// The kiosk's own words (buttons, headings, messages) per language; content brings its own.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace bk {

// The text for `key` in `language`, falling back to Dutch; the key itself if unknown (visible
// in screenshots, so a missing entry is noticed).
const char* ui_text(std::string_view key, const std::string& language);

// ui_text with its placeholders filled: {"left", "2"} turns "{left}" into "2".
std::string ui_text(std::string_view key, const std::string& language,
                    std::initializer_list<std::pair<std::string_view, std::string>> values);

} // namespace bk
