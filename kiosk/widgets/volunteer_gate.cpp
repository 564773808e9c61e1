#include "widgets/volunteer_gate.h"

#include "volunteer_session.h"

namespace bk {

VolunteerSession* open_volunteer_session(ScreenContext& ctx) {
    if (!ctx.volunteer || !ctx.volunteer->access.unlocked(ctx.clock_now)) {
        ctx.nav.home();
        return nullptr;
    }
    if (ImGui::IsMouseClicked(0)) ctx.volunteer->access.touch(ctx.clock_now);
    return ctx.volunteer;
}

} // namespace bk
