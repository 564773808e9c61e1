// Shortening a text to one line of a given width, ending in "…" when it had to be cut.
#pragma once
#include <imgui.h>

#include <string>

namespace bk {

std::string fit_with_ellipsis(const std::string& text, ImFont* font, float width);

} // namespace bk
