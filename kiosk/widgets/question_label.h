// A form question's words with a small speaker before them: tapping the question reads it
// aloud (the screen's big speaker reads every question in order).
#pragma once
#include "screen_context.h"

#include <string>

namespace bk {

// Draws at the cursor and advances it. Tapping asks ctx to read the Speakable `speakable_id`.
void question_label(ScreenContext& ctx, const std::string& speakable_id, const std::string& text);

// The same without a ScreenContext, for widgets: returns true when tapped.
bool question_label(const Theme& theme, const std::string& id, const std::string& text);
// Its height: one line of bold text.
float question_label_height(const Theme& theme);

} // namespace bk
