// One draw function per screen; each lives in its own file in this folder.
#pragma once
#include "screen_context.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace bk {

void draw_home(ScreenContext& ctx);
void draw_agenda(ScreenContext& ctx);
void draw_activity_detail(ScreenContext& ctx);
void draw_info_list(ScreenContext& ctx);
void draw_info_page(ScreenContext& ctx);
void draw_language(ScreenContext& ctx);
void draw_volunteer(ScreenContext& ctx);
void draw_callback_hand_off(ScreenContext& ctx);
void draw_walk_in(ScreenContext& ctx);
void draw_quick_activity(ScreenContext& ctx);
void draw_sign_up(ScreenContext& ctx);
void draw_sign_up_done(ScreenContext& ctx);
void draw_cancel(ScreenContext& ctx);
void draw_callback(ScreenContext& ctx);
void draw_callback_done(ScreenContext& ctx);
void draw_closed(ScreenContext& ctx);

// "Nederlands", "English", ... for a language code.
const char* language_name(const std::string& code);

// Draws whichever screen ctx.nav says.
void draw_current_screen(ScreenContext& ctx);

// Every screen once (router.cpp): its value, the name scripts and --screen use, how it draws.
struct ScreenEntry {
    Screen screen;
    const char* name;
    void (*draw)(ScreenContext&);
    bool startable; // --screen may open it: it needs no form filled in before it
};
std::span<const ScreenEntry> screen_table();
const char* screen_name(Screen screen);
std::optional<Screen> screen_named(std::string_view name);
// Whether --screen may name it ("info" too, the info list or with --page a page).
bool can_start_on(std::string_view name);
// "start screens: home, agenda, ..." for the message about a wrong --screen.
std::string startable_screens();

} // namespace bk
