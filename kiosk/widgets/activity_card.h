// One occurrence as a card in a list: category pictogram, time, title, place and places left.
#pragma once
#include "screen_context.h"

namespace bk {

// Returns true when tapped. Height adapts to the width.
bool activity_card(ScreenContext& ctx, const Occurrence& occurrence, float width,
                   bool show_date = false);

// Shows the occurrence's detail screen (what a tap on a card does).
void open_activity(ScreenContext& ctx, const Occurrence& occurrence);

// "8 plaatsen vrij", "Vol", or "" when no sign-up is needed.
std::string places_line(ScreenContext& ctx, const Occurrence& occurrence);
// "10:00 – 11:30"
std::string time_range(const Occurrence& occurrence);

} // namespace bk
