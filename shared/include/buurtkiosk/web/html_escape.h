// Text put into HTML: the desk's pages and the benchmark's web page of the home screen.
#pragma once
#include <string>
#include <string_view>

namespace bk {

// &, <, >, " and ' as entities: safe in element text and in quoted attribute values.
std::string escape_html(std::string_view text);

} // namespace bk
