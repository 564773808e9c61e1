// What a screen gets each frame: state to read and the ways to act. Screens own no business
// rules; they draw from this and call its actions.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/domain/content.h"
#include "navigation.h"
#include "theme.h"
#include "visitor_requests.h"
#include "visitor_session.h"
#include "widgets/text_block.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bk {

struct VolunteerSession;
class SpeechControls;

// Visitor choices that outlive one frame but not one visitor (wiped by the privacy reset).
struct VisitorState {
    std::string language = "nl";
    // The visitor's display choices; unset means the installation's default (--high-contrast,
    // --text-size).
    std::optional<bool> high_contrast;
    std::optional<TextSize> text_size;
    bool slow_speech = false; // read aloud more slowly than the installation's rate
    bool agenda_week = false;
    std::optional<Category> agenda_category;
    std::string activity_id; // detail and sign-up
    Date activity_date{};
    std::string page_id;             // info page
    VisitorForms forms;              // sign-up, cancel and callback forms, half-filled or not
    unsigned closed_notice_read = 0; // the navigation visit whose "closed" notice was read
};

// Something on screen that can be read aloud, in reading order.
struct Speakable {
    std::string id;   // e.g. "detail-description"
    std::string text; // display text; speech prepares it
    // False: read only by its own button (a card, the sign-up code), never when the whole screen
    // is read, so nothing is heard twice and nothing private is heard unasked.
    bool with_screen = true;
};

struct ScreenContext {
    const Content& content;
    const std::vector<std::string>& content_problems; // for volunteers; empty when all is well
    const Theme& theme;
    Navigation& nav;
    VisitorState& visitor;
    LocalDateTime now;
    TimePoint clock_now{}; // the same moment, for timers and deadlines

    // Occurrences in [first, last], sorted; cached by the app so long lists stay cheap.
    std::function<const std::vector<Occurrence>&(Date first, Date last)> occurrences;

    // Places already taken for an occurrence (0 when sign-ups are not available).
    std::function<int(const std::string& activity_id, Date date)> places_taken;
    // Sign-ups, cancellations, callback requests; nullptr or !available() when there is no store.
    VisitorRequests* requests = nullptr;
    VolunteerSession* volunteer = nullptr; // PIN-gated volunteer mode; null when not wired

    // Reading aloud: the screen lists its texts; `speaking` says which text and word is read.
    std::vector<Speakable>* speakables = nullptr;
    std::function<void(const std::string& id)> speak; // id of a Speakable, or "" for the screen
    std::function<void()> stop_speaking;
    std::function<ByteRange(const std::string& id)> spoken_word; // highlighted range, if any
    std::function<bool()> is_speaking;
    std::function<std::string()>
        speaking_request; // what is being read: a speakable id, "" = screen
    // Pause, repeat, volume: set while a text of more than one sentence is read to the visitor.
    SpeechControls* speech_controls = nullptr;
    // The visitor's headset is plugged in and speech goes to it alone (headset.h): what is
    // private may then be read with the screen.
    bool headset = false;

    const std::string& lang() const { return visitor.language; }
};

} // namespace bk
