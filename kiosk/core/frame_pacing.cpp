#include "frame_pacing.h"

namespace bk {

namespace {
bool requested = false; // UI thread only
}

void request_animation_frame() {
    requested = true;
}

bool take_animation_request() {
    bool was = requested;
    requested = false;
    return was;
}

} // namespace bk
