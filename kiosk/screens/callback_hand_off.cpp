// Volunteer mode, when no hub is configured: the callback requests waiting on this kiosk with
// name and number, so a volunteer can pass each on to the sociaal team by hand and then wipe it
// ("Doorgegeven", after a Ja). The only place the kiosk shows a visitor's number; names and
// numbers are read aloud only by each request's own speaker button, never with the screen.
#include "screens/screens.h"

#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "volunteer_session.h"
#include "widgets/buttons.h"
#include "widgets/notice.h"
#include "widgets/text_block.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"

namespace bk {

namespace {
const char* part_of_day_words(const std::string& id) {
    if (id == "morning") return "'s ochtends";
    if (id == "afternoon") return "'s middags";
    if (id == "evening") return "'s avonds";
    return "op elk moment van de dag";
}

// "Mehmet, 0612345678": what the volunteer passes on first.
std::string who(const WaitingCallbackRequest& r) {
    return r.first_name + ", " + r.phone;
}

// "Over: Geld. Liefst 's ochtends bellen. Gevraagd op dinsdag 24 november om 11:00."
std::string details(const WaitingCallbackRequest& r) {
    std::string topic = ui_text("topic-" + r.topic_id, "nl");
    LocalDateTime at = to_local(r.created_at);
    return "Over: " + topic + ". Liefst " + part_of_day_words(r.part_of_day) +
           " bellen. Gevraagd op " + long_date("nl", at.date) + " om " + format_time(at.time) + ".";
}

void draw_request(ScreenContext& ctx, VolunteerSession& session, const WaitingCallbackRequest& r,
                  float width) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    std::string id = "hand-off-" + r.id;
    std::string line1 = who(r), line2 = details(r);
    ctx.speakables->push_back({id, line1 + ". " + line2, false});
    // One spoken text over two lines: the highlight moves from the first to the second.
    ByteRange word = ctx.spoken_word ? ctx.spoken_word(id) : ByteRange{};
    std::size_t second = line1.size() + 2;
    ByteRange in_second =
        word.begin >= second ? ByteRange{word.begin - second, word.end - second} : ByteRange{};
    text_block(line1, f.bold, t.colors().text, width, word.end <= line1.size() ? word : ByteRange{},
               t.colors().background);
    text_block(line2, f.body, t.colors().text, width, in_second, t.colors().background);
    ImVec2 button(std::min(t.px(420), (width - t.gap()) / 2), t.target());
    if (session.pass_on_question == r.id) {
        std::string question =
            "Heeft u dit verzoek doorgegeven aan het sociaal team? Dan wist de kiosk het.";
        ctx.speakables->push_back({"hand-off-question", question});
        ByteRange asked = ctx.spoken_word ? ctx.spoken_word("hand-off-question") : ByteRange{};
        text_block(question, f.bold, t.colors().text, width, asked, t.colors().background);
        if (big_button(t, "passed-on-yes-" + r.id, icon::Check, "Ja, wissen", button,
                       ButtonKind::Primary)) {
            session.pass_on_question.clear();
            if (session.pass_on_callback) session.pass_on_callback(r.id);
        }
        ImGui::SameLine(0, t.gap());
        if (big_button(t, "passed-on-no-" + r.id, nullptr, "Nee", button))
            session.pass_on_question.clear();
    } else {
        if (big_button(t, "passed-on-" + r.id, icon::Check, "Doorgegeven", button,
                       ButtonKind::Primary))
            session.pass_on_question = r.id;
        ImGui::SameLine(0, t.gap());
        bool reading = ctx.is_speaking && ctx.is_speaking() && ctx.speaking_request &&
                       ctx.speaking_request() == id;
        if (big_button(t, "read-" + r.id, reading ? icon::Stop : icon::Speaker,
                       reading ? "Stop" : "Lees voor", button)) {
            if (reading)
                ctx.stop_speaking();
            else if (ctx.speak)
                ctx.speak(id);
        }
    }
    ImGui::Dummy(ImVec2(1, t.gap()));
}
} // namespace

void draw_callback_hand_off(ScreenContext& ctx) {
    // Behind the PIN, and only while the volunteer screen says requests must go by hand.
    VolunteerSession* session = ctx.volunteer;
    if (!session || !session->access.unlocked(ctx.clock_now) || !session->callback_delivery ||
        session->callback_delivery() != CallbackDelivery::ByVolunteer) {
        ctx.nav.home();
        return;
    }
    if (ImGui::IsMouseClicked(0)) session->access.touch(ctx.clock_now);
    const Theme& t = ctx.theme;
    top_bar(ctx, "Terugbelverzoeken doorgeven");
    float width = ImGui::GetContentRegionAvail().x - 2 * t.gap();
    ImGui::SetCursorPosX(t.gap());
    begin_touch_scroll(t, "hand-off-body",
                       ImVec2(width, ImGui::GetContentRegionAvail().y - t.gap()), ctx.nav.visit());
    width -= t.px(16); // room for the scroll bar
    std::string how =
        "Hier staan namen en telefoonnummers: let op dat niemand meekijkt. Geef elk "
        "verzoek door aan het sociaal team, zoals de gemeente met u heeft afgesproken, "
        "en tik dan op Doorgegeven. De kiosk wist het verzoek daarna.";
    notice(t, NoticeKind::Info, icon::Info, how, width, t.fonts().body);
    ctx.speakables->push_back({"hand-off-how", how});
    ImGui::Dummy(ImVec2(1, t.gap()));
    std::vector<WaitingCallbackRequest> waiting = session->waiting_callbacks
                                                      ? session->waiting_callbacks()
                                                      : std::vector<WaitingCallbackRequest>{};
    if (waiting.empty()) {
        std::string none = "Er wachten geen terugbelverzoeken meer. Dank u wel.";
        ByteRange said = ctx.spoken_word ? ctx.spoken_word("hand-off-none") : ByteRange{};
        text_block(none, t.fonts().bold, t.colors().text, width, said, t.colors().background);
        ctx.speakables->push_back({"hand-off-none", none});
    }
    for (const WaitingCallbackRequest& r : waiting)
        draw_request(ctx, *session, r, width);
    end_touch_scroll();
}

} // namespace bk
