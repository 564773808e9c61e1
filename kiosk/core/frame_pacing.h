// Lets widgets ask for more frames while something moves; the main loop sleeps otherwise.
#pragma once

namespace bk {

void request_animation_frame(); // call every frame while animating
bool take_animation_request();  // main loop: was a frame requested since the last call?

} // namespace bk
