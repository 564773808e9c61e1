// The privacy countdown drawn over the whole screen: "Bent u er nog?", the seconds left in big
// figures, a speaker and a very big "Ik ben er nog" button (any tap anywhere extends as well).
#pragma once
#include "screen_context.h"

namespace bk {

// The countdown's text for the speaker; read aloud when the countdown appears. Its own reading
// does not count as the visitor listening (else it would hold itself up).
inline constexpr const char* kCountdownSpeakable = "privacy-countdown";

// Returns true when "Ik ben er nog" was tapped.
bool privacy_countdown(ScreenContext& ctx, int seconds_left);

} // namespace bk
