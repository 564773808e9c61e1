// The bar along the bottom while something is read aloud: pause or go on, the sentence again,
// softer and louder with the volume step between them.
#pragma once
#include "screen_context.h"

namespace bk {

float speech_bar_height(const Theme& theme);

// Draws the bar across the current window, which is `speech_bar_height` tall.
void speech_bar(ScreenContext& ctx);

} // namespace bk
