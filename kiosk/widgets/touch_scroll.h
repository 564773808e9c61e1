// A scroll area a finger can drag (Dear ImGui 1.86 only scrolls with a wheel). A drag past a
// small threshold scrolls and cancels the tap on whatever the finger started on; on release the
// list glides to a stop.
#pragma once
#include "theme.h"

namespace bk {

// Like ImGui::BeginChild; always pair with end_touch_scroll().
void begin_touch_scroll(const Theme& theme, const char* id, ImVec2 size);
void end_touch_scroll();

} // namespace bk
