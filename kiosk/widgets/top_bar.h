// The bar on top of every screen but home: "Terug", "Home", the title and the speaker button.
#pragma once
#include "screen_context.h"

namespace bk {

// Draws the bar across the window and leaves the cursor below it. `on_back` replaces the usual
// way back (a form with steps goes back one step first).
void top_bar(ScreenContext& ctx, const std::string& title,
             const std::function<void()>& on_back = {});
// How far top_bar() moves the cursor down.
float top_bar_height(const Theme& theme);

// The speaker button on its own (home screen, cards): reads `speakable_id` ("" = whole screen),
// or stops when speech is running.
bool speaker_button(ScreenContext& ctx, const std::string& id, const std::string& speakable_id,
                    bool compact = false);

} // namespace bk
