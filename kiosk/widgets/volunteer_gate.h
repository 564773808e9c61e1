// The volunteer forms behind the lists (walk-in, quick activity): reachable only while volunteer
// mode is open, and every tap on them keeps it open.
#pragma once
#include "screen_context.h"

namespace bk {

// The open session; null (and the home screen next) when volunteer mode has ended.
VolunteerSession* open_volunteer_session(ScreenContext& ctx);

} // namespace bk
