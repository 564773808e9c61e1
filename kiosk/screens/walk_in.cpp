// Volunteer mode: "Iemand toevoegen". Someone came in without signing up; a volunteer types their
// first name and the number of people, and they are on the list, present. When they do not fit,
// the kiosk asks "toch toevoegen?" first: the volunteer decides, and the hub's figures show it.
// Volunteers work in Dutch, so this screen is Dutch only.
#include "screens/screens.h"

#include "buurtkiosk/content/occurrences.h"
#include "buurtkiosk/domain/person.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "volunteer_session.h"
#include "widgets/activity_card.h"
#include "widgets/buttons.h"
#include "widgets/form_layout.h"
#include "widgets/notice.h"
#include "widgets/shown_text.h"
#include "widgets/stepper.h"
#include "widgets/text_field.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"
#include "widgets/typing_step.h"
#include "widgets/volunteer_gate.h"

#include <cstdio>
#include <stdexcept>

namespace bk {

namespace {

std::string people_words(int n) {
    return std::to_string(n) + (n == 1 ? " persoon" : " personen");
}

void add(ScreenContext& ctx, VolunteerSession& session, const Activity& a, bool over_capacity) {
    WalkInForm& form = session.walk_in;
    form.error.clear();
    PersonCheck person = check_person(form.first_name, "", PhoneRule::Optional);
    form.name_error = person.name_problem ? ui_text("err_" + *person.name_problem, "nl") : "";
    if (person.name_problem) {
        form.over_question.reset();
        return;
    }
    WalkInRequest request{a.id,        form.date,  person.first_name, form.people,
                          *a.capacity, form.token, over_capacity};
    try {
        WalkInResult result = session.add_walk_in ? session.add_walk_in(request) : WalkInResult{};
        if (!result.added) {
            form.over_question = result.places_left;
            return;
        }
        session.done_message = person.first_name + " (" + people_words(form.people) +
                               ") staat op de lijst van " + a.title.in("nl") + " als aanwezig.";
        session.walk_in = {};
        ctx.nav.back(); // to the list, where they now show as present
    } catch (const std::exception&) {
        // The store's message may quote the name: it stays out of the log.
        std::fprintf(stderr, "buurtkiosk: walk-in not stored\n");
        form.error = "Toevoegen is niet gelukt: de kiosk kon het niet bewaren. Probeer het "
                     "opnieuw; lukt het niet, meld het dan bij de gemeente.";
        form.over_question.reset();
    }
}

} // namespace

void draw_walk_in(ScreenContext& ctx) {
    VolunteerSession* open = open_volunteer_session(ctx);
    if (!open) return;
    VolunteerSession& session = *open;
    WalkInForm& form = session.walk_in;
    const Activity* a = ctx.content.find_activity(form.activity_id);
    if (!a || !a->capacity) { // the content changed meanwhile: back to the lists
        session.walk_in = {};
        ctx.nav.back();
        return;
    }
    if (form.token.empty() && ctx.requests) form.token = ctx.requests->new_form_token();
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    TextField name{"field-walk-in-name", "Voornaam",  form.first_name, "Bijvoorbeeld Fatima",
                   "walk-in-name",       form.typing, form.name_error};
    if (form.typing) {
        Typed typed = typing_step(ctx, name, form.first_name, 40, "nl");
        if (typed == Typed::Changed) form.name_error.clear();
        if (typed == Typed::Done) form.typing = false;
        return;
    }
    top_bar(ctx, "Iemand toevoegen");
    ImVec2 room = ImGui::GetContentRegionAvail();
    float width = std::min(room.x - 2 * t.gap(), t.px(1100));
    ImGui::SetCursorPosX(t.gap());
    begin_touch_scroll(t, "walk-in", ImVec2(room.x - 2 * t.gap(), room.y - t.gap()),
                       ctx.nav.visit());
    const int taken = ctx.places_taken ? ctx.places_taken(a->id, form.date) : 0;
    auto o = occurrence_on(*a, form.date);
    shown_text(ctx,
               (o ? time_range(*o, "nl") : format_date_iso(form.date)) + "  " + a->title.in("nl") +
                   ": " + std::to_string(taken) + " van " + std::to_string(*a->capacity) +
                   " plaatsen bezet.",
               f.bold, t.colors().text, width);
    shown_text(ctx, "Wie er nu is, staat meteen op de lijst als aanwezig.", f.small,
               t.colors().text_muted, width);
    ImGui::Dummy(ImVec2(1, t.gap()));
    name.focused = false;
    if (text_field(ctx, name, width)) {
        form.typing = true;
        ctx.visitor.forms.keyboard = KeyboardState{};
    }
    ImGui::Dummy(ImVec2(1, t.gap()));
    shown_text(ctx, "Met hoeveel personen?", f.bold, t.colors().text, width);
    if (stepper(t, "walk-in-people", form.people, 1, 6, form.people == 1 ? "persoon" : "personen"))
        form.over_question.reset();
    ImGui::Dummy(ImVec2(1, t.target_gap()));

    ImVec2 button(std::max(t.px(420), big_button_width(t, true, "Ja, toch toevoegen")), t.target());
    button.x = std::min(button.x, width);
    if (form.over_question) {
        const int left = *form.over_question;
        std::string question = (left == 0 ? std::string("Alle plaatsen zijn bezet.")
                                          : "Er is nog plaats voor " + people_words(left) +
                                                ", niet voor " + people_words(form.people) + ".") +
                               " Toch toevoegen? Dan komen er meer mensen dan er plaatsen zijn.";
        notice(t, NoticeKind::Warning, icon::Warning, question, width, f.bold);
        ctx.speakables->push_back({"walk-in-question", question});
        ImGui::Dummy(ImVec2(1, t.target_gap()));
        if (big_button(t, "walk-in-over-yes", icon::Check, "Ja, toch toevoegen", button,
                       ButtonKind::Primary))
            add(ctx, session, *a, true);
        if (width >= 2 * button.x + t.gap()) ImGui::SameLine(0, t.gap());
        if (big_button(t, "walk-in-over-no", icon::Close, "Nee", button))
            form.over_question.reset();
    } else {
        if (!form.error.empty()) {
            notice(t, NoticeKind::Error, icon::Warning, form.error, width, f.bold);
            ctx.speakables->push_back({"walk-in-error", form.error});
            ImGui::Dummy(ImVec2(1, t.target_gap()));
        }
        if (big_button(t, "walk-in-add", icon::Add, "Toevoegen", button, ButtonKind::Primary))
            add(ctx, session, *a, false);
    }
    end_touch_scroll();
}

} // namespace bk
