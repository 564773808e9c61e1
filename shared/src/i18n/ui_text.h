// The kiosk's own words (buttons, headings, messages) per language; content brings its own.
#pragma once
#include <string>
#include <string_view>

namespace bk {

// The text for `key` in `language`, falling back to Dutch; the key itself if unknown (visible
// in screenshots, so a missing entry is noticed).
const char* ui_text(std::string_view key, const std::string& language);

} // namespace bk
