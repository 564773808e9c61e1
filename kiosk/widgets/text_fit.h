// Shortening a text to one line of a given width, ending in "…" when it had to be cut.
#pragma once
#include <imgui.h>

#include <string>

namespace bk {

std::string fit_with_ellipsis(const std::string& text, ImFont* font, float width);

// Draws one line in the room from `pos`, `width` wide: shortened with "…" when it must be, and
// against the room's right edge on a right-to-left screen. Every label inside a fixed box goes
// through here, so no text is ever cut off without a sign.
void draw_fitted(ImDrawList* list, ImFont* font, float size, ImVec2 pos, ImU32 color,
                 const std::string& text, float width);

} // namespace bk
