// The table of screens: the one place a screen is listed with its name and draw function.
#include "screens/screens.h"

#include <array>

namespace bk {

namespace {
// "info" is the info list; with --page it opens the page (app.cpp), as "detail" needs
// --activity.
constexpr std::array kScreens{
    ScreenEntry{Screen::Home, "home", draw_home, true},
    ScreenEntry{Screen::Agenda, "agenda", draw_agenda, true},
    ScreenEntry{Screen::ActivityDetail, "detail", draw_activity_detail, true},
    ScreenEntry{Screen::InfoList, "info-list", draw_info_list, true},
    ScreenEntry{Screen::InfoPage, "info-page", draw_info_page, false},
    ScreenEntry{Screen::Language, "language", draw_language, true},
    ScreenEntry{Screen::SignUp, "sign-up", draw_sign_up, false},
    ScreenEntry{Screen::SignUpDone, "sign-up-done", draw_sign_up_done, false},
    ScreenEntry{Screen::Cancel, "cancel", draw_cancel, true},
    ScreenEntry{Screen::Callback, "callback", draw_callback, true},
    ScreenEntry{Screen::CallbackDone, "callback-done", draw_callback_done, false},
    ScreenEntry{Screen::Volunteer, "volunteer", draw_volunteer, true},
    ScreenEntry{Screen::CallbackHandOff, "callback-hand-off", draw_callback_hand_off, false},
    ScreenEntry{Screen::WalkIn, "walk-in", draw_walk_in, false},
    ScreenEntry{Screen::QuickActivity, "quick-activity", draw_quick_activity, false},
    ScreenEntry{Screen::Closed, "closed", draw_closed, false},
};
} // namespace

std::span<const ScreenEntry> screen_table() {
    return kScreens;
}

const char* screen_name(Screen screen) {
    for (const ScreenEntry& e : kScreens)
        if (e.screen == screen) return e.name;
    return "unknown";
}

std::optional<Screen> screen_named(std::string_view name) {
    for (const ScreenEntry& e : kScreens)
        if (name == e.name) return e.screen;
    return std::nullopt;
}

bool can_start_on(std::string_view name) {
    if (name == "info") return true;
    for (const ScreenEntry& e : kScreens)
        if (e.startable && name == e.name) return true;
    return false;
}

std::string startable_screens() {
    std::string list = "not a start screen; one of info";
    for (const ScreenEntry& e : kScreens)
        if (e.startable) list += std::string(", ") + e.name;
    return list;
}

void draw_current_screen(ScreenContext& ctx) {
    for (const ScreenEntry& e : kScreens)
        if (e.screen == ctx.nav.current()) {
            e.draw(ctx);
            return;
        }
    // A screen that is not in the table must never strand a visitor.
    ctx.nav.home();
    draw_home(ctx);
}

} // namespace bk
