// Which screen shows, and the way back: the only place screens change.
#pragma once
#include <vector>

namespace bk {

enum class Screen {
    Home,
    Agenda,
    ActivityDetail,
    InfoList,
    InfoPage,
    Language,
    SignUp,
    SignUpDone,
    Cancel,
    Callback,
    CallbackDone,
    Volunteer,
    CallbackHandOff, // volunteers pass callback requests on by hand (no hub)
    WalkIn,          // a volunteer adds someone who came in without signing up
    QuickActivity,   // a volunteer puts a quick activity of today on the kiosk
    Closed,          // outside the screen hours, woken by a touch: when it opens again
};

// Screens behind the volunteer PIN: leaving them by any way ends volunteer mode.
inline bool is_volunteer_screen(Screen s) {
    return s == Screen::Volunteer || s == Screen::CallbackHandOff || s == Screen::WalkIn ||
           s == Screen::QuickActivity;
}

class Navigation {
public:
    Screen current() const { return current_; }
    void go(Screen next);            // remembers the current screen for "terug"
    void back();                     // to the previous screen, home when there is none
    void home();                     // forgets the way back
    bool changed_since_last_frame(); // true once after every change (speech stops on navigation)
    // Counts the screens shown: a scroll area starts at the top on each new visit of its screen.
    unsigned visit() const { return visits_; }

private:
    Screen current_ = Screen::Home;
    std::vector<Screen> history_;
    bool changed_ = false;
    unsigned visits_ = 1;
};

} // namespace bk
