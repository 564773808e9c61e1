// The one trim: forms, scripts, signatures and the store all cut the same white space.
#pragma once
#include <string>
#include <string_view>

namespace bk {

// `text` without spaces, tabs and line ends at either end.
std::string trim(std::string_view text);

} // namespace bk
