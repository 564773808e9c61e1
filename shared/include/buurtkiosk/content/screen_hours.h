// When the kiosk's screen is on: the Buurtkamer's opening hours, widened by a margin on both
// sides (the volunteers open up and clear away). Outside them the screen goes dark.
#pragma once
#include "buurtkiosk/domain/content.h"

#include <optional>

namespace bk {

// A place without opening hours has its screen on all the time: better lit than dark for ever.
bool screen_on(const Place& place, int margin_minutes, Date date, TimeOfDay time);

struct Opening {
    Date date;
    TimeOfDay time;
};

// The next time the Buurtkamer opens after this moment, within a week; nullopt without hours.
std::optional<Opening> next_opening(const Place& place, Date date, TimeOfDay time);

} // namespace bk
