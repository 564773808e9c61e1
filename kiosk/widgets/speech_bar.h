// The bar along the bottom while something is read aloud: pause or go on, the sentence again,
// softer and louder with the volume step between them. One row where the words fit, else two
// (portrait, narrow windows): the buttons keep their words, never just a pictogram.
#pragma once
#include "screen_context.h"

namespace bk {

// How tall the bar is across `width`.
float speech_bar_height(const ScreenContext& ctx, float width);

// Draws the bar across the current window, which is `speech_bar_height` tall.
void speech_bar(ScreenContext& ctx);

} // namespace bk
