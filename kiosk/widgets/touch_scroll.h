// A scroll area a finger can drag (Dear ImGui 1.86 only scrolls with a wheel). A drag past a
// small threshold scrolls and cancels the tap on whatever the finger started on; on release the
// list glides to a stop.
#pragma once
#include "theme.h"

namespace bk {

// Like ImGui::BeginChild; always pair with end_touch_scroll(). A `visit` (Navigation::visit())
// other than the last one this area was drawn in starts it at the top again; 0 keeps the place.
void begin_touch_scroll(const Theme& theme, const char* id, ImVec2 size, unsigned visit = 0);
void end_touch_scroll();

} // namespace bk
