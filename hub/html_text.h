// Calendar descriptions written in a web editor: HTML turned into the kiosk's plain text.
#pragma once
#include <string>

namespace bk::hub {

// True when the text holds an HTML tag or entity (such as "<br>", "</p>" or "&amp;").
bool looks_like_html(const std::string& text);

// The text a reader sees: paragraphs, line breaks and list items become line breaks (a blank
// line between paragraphs), tags are dropped, entities decoded, spaces collapsed.
std::string html_to_plain_text(const std::string& html);

} // namespace bk::hub
