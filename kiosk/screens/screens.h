// One draw function per screen; each lives in its own file in this folder.
#pragma once
#include "screen_context.h"

namespace bk {

void draw_home(ScreenContext& ctx);
void draw_agenda(ScreenContext& ctx);
void draw_activity_detail(ScreenContext& ctx);
void draw_info_list(ScreenContext& ctx);
void draw_info_page(ScreenContext& ctx);
void draw_language(ScreenContext& ctx);
void draw_volunteer(ScreenContext& ctx);
void draw_callback_hand_off(ScreenContext& ctx);
void draw_sign_up(ScreenContext& ctx);
void draw_sign_up_done(ScreenContext& ctx);
void draw_cancel(ScreenContext& ctx);
void draw_callback(ScreenContext& ctx);
void draw_callback_done(ScreenContext& ctx);

// "Nederlands", "English", ... for a language code.
const char* language_name(const std::string& code);

// Draws whichever screen ctx.nav says.
void draw_current_screen(ScreenContext& ctx);

} // namespace bk
