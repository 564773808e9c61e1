// Maps the current Screen to its draw function; the only switch over screens.
#include "screens/screens.h"

namespace bk {

void draw_current_screen(ScreenContext& ctx) {
    switch (ctx.nav.current()) {
    case Screen::Home: draw_home(ctx); return;
    case Screen::Agenda: draw_agenda(ctx); return;
    case Screen::ActivityDetail: draw_activity_detail(ctx); return;
    case Screen::InfoList: draw_info_list(ctx); return;
    case Screen::InfoPage: draw_info_page(ctx); return;
    case Screen::Language: draw_language(ctx); return;
    case Screen::SignUp: draw_sign_up(ctx); return;
    case Screen::SignUpDone: draw_sign_up_done(ctx); return;
    case Screen::Cancel: draw_cancel(ctx); return;
    case Screen::Callback: draw_callback(ctx); return;
    case Screen::CallbackDone: draw_callback_done(ctx); return;
    case Screen::Volunteer: draw_volunteer(ctx); return;
    case Screen::CallbackHandOff: draw_callback_hand_off(ctx); return;
    default: break;
    }
    // A screen that is not built yet must never strand a visitor.
    ctx.nav.home();
    draw_home(ctx);
}

} // namespace bk
