// One occurrence as a card in a list: category pictogram, time, title, place and places left.
#pragma once
#include "screen_context.h"

namespace bk {

// Returns true when tapped.
bool activity_card(ScreenContext& ctx, const Occurrence& occurrence, float width,
                   bool show_date = false);

// The card's height, the same for every card of a theme: long lists lay out only the cards in
// sight and count the others by it.
float activity_card_height(const Theme& theme);
// Its id as a tap target: "card-<activity>-<date>".
std::string activity_card_id(const Occurrence& occurrence);

// Shows the occurrence's detail screen (what a tap on a card does).
void open_activity(ScreenContext& ctx, const Occurrence& occurrence);

// "8 plaatsen vrij", "Vol", or "" when no sign-up is needed.
std::string places_line(ScreenContext& ctx, const Occurrence& occurrence);
// "10:00 – 11:30", "20:00", "Hele dag", "Hele dag, tot en met vrijdag 4 december"; with
// "Gaat niet door" before it when cancelled.
std::string time_range(const Occurrence& occurrence, const std::string& language);
// Short, for a list read aloud: "10:00", "Hele dag"; "Gaat niet door" after it when cancelled.
std::string start_aloud(const Occurrence& occurrence, const std::string& language);

} // namespace bk
