// Text on the volunteer screens that is shown and offered to the speaker at once: volunteers
// who read badly hear their screens too.
#pragma once
#include "screen_context.h"

#include <string>

namespace bk {

// Wrapped to `width`, with the word being read highlighted.
void shown_text(ScreenContext& ctx, const std::string& text, ImFont* font, ImU32 color,
                float width);
void shown_heading(ScreenContext& ctx, const char* text);

} // namespace bk
