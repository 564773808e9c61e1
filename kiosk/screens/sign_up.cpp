// Sign-up for one occurrence: first name on the on-screen keyboard, number of people (1-6),
// an optional phone number, the privacy line; when the activity is full, the waiting list.
#include "screens/screens.h"

#include "buurtkiosk/domain/person.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/form_layout.h"
#include "widgets/keyboard.h"
#include "widgets/notice.h"
#include "widgets/question_label.h"
#include "widgets/stepper.h"
#include "widgets/text_field.h"
#include "widgets/top_bar.h"
#include "widgets/typing_step.h"

#include <cstdio>
#include <stdexcept>

namespace bk {

namespace {
void submit(ScreenContext& ctx, const Activity& a, int capacity) {
    SignUpForm& form = ctx.visitor.forms.sign_up;
    const std::string& lang = ctx.lang();
    form.general_error.clear();
    PersonCheck person = check_person(form.first_name, form.phone, PhoneRule::Optional);
    form.name_error = person.name_problem ? ui_text("err_" + *person.name_problem, lang) : "";
    form.phone_error =
        person.phone_problem ? ui_text("err_phone_" + *person.phone_problem, lang) : "";
    if (!person.ok()) {
        form.focus = form.name_error.empty() ? FormField::Phone : FormField::FirstName;
        ctx.visitor.forms.keyboard.digits = form.focus == FormField::Phone;
        return; // nothing stored
    }
    SignUpRequest request{a.id,         form.date, person.first_name, form.people,
                          person.phone, capacity,  form.token};
    // With a hub configured, only a fresh count of the hub makes a place sure.
    const CallbackDelivery sync = ctx.requests->callback_delivery();
    const bool provisional =
        sync != CallbackDelivery::ByVolunteer &&
        (sync == CallbackDelivery::WaitingForHub || !ctx.requests->counted_by_hub(a.id, form.date));
    try {
        SignUpResult result = ctx.requests->sign_up(request);
        const bool waiting = result.status == SignUpStatus::WaitingList;
        ctx.visitor.forms.receipt = {a.id, form.date, result.code, waiting,
                                     provisional && !waiting};
        ctx.nav.go(Screen::SignUpDone);
    } catch (const std::invalid_argument&) {
        // The store's message may quote what was typed: it stays out of the log.
        std::fprintf(stderr, "buurtkiosk: sign-up refused by the store (bad request)\n");
        form.general_error = ui_text("store_failed", lang);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: sign-up not stored: %s\n", e.what());
        form.general_error = ui_text("store_failed", lang);
    }
}
void type_into_focus(ScreenContext& ctx, SignUpForm& form, const FormLayout& l) {
    ImGui::SetCursorScreenPos(l.keyboard_pos);
    bool phone = form.focus == FormField::Phone;
    if (keyboard(ctx.theme, ctx.visitor.forms.keyboard, phone ? form.phone : form.first_name,
                 l.keyboard_size, phone ? 20 : 40, ctx.lang())) {
        (phone ? form.phone_error : form.name_error).clear();
        form.general_error.clear();
    }
}

// The line above the buttons: a problem first, then "vol", else the privacy line.
struct SignUpNotice {
    NoticeKind kind = NoticeKind::Info;
    const char* icon = icon::PrivacyTip;
    std::string text;
};

SignUpNotice sign_up_notice(const SignUpForm& form, int left, bool full, const std::string& lang) {
    if (!form.general_error.empty()) return {NoticeKind::Error, icon::Warning, form.general_error};
    if (full && left > 0)
        return {NoticeKind::Warning, icon::Hourglass,
                ui_plural("places_short", lang, left, {{"people", std::to_string(form.people)}})};
    if (full) return {NoticeKind::Warning, icon::Hourglass, ui_text("full_notice", lang)};
    return {NoticeKind::Info, icon::PrivacyTip, ui_text("privacy_sign_up", lang)};
}

// The questions' heights in columns `column_w` wide, side by side or one under the other.
struct SignUpHeights {
    float left = 0;  // name and phone
    float right = 0; // the number of people, the notice and the buttons
    float total = 0;
};

SignUpHeights sign_up_heights(const Theme& t, const TextField& name, const TextField& phone,
                              const std::string& people_question, const std::string& notice_text,
                              float column_w, bool two_columns) {
    SignUpHeights h;
    h.left = text_field_height(t, name, column_w) + t.gap() + text_field_height(t, phone, column_w);
    h.right = question_label_height(t, people_question, column_w) + t.px(4) + t.target() +
              t.target_gap() + notice_height(t, notice_text, column_w) + t.target_gap() +
              t.target();
    h.total = two_columns ? std::max(h.left, h.right) : h.left + t.gap() + h.right;
    return h;
}
} // namespace

void draw_sign_up(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    const std::string& lang = ctx.lang();
    const Activity* a = ctx.content.find_activity(ctx.visitor.activity_id);
    if (!a || !a->capacity) { // content changed under the visitor: never a dead end
        ctx.nav.home();
        return;
    }
    SignUpForm& form = ctx.visitor.forms.sign_up;
    KeyboardState& kb = ctx.visitor.forms.keyboard;
    if (form.activity_id != a->id || form.date != ctx.visitor.activity_date) {
        form = SignUpForm{};
        form.activity_id = a->id;
        form.date = ctx.visitor.activity_date;
        kb = KeyboardState{};
    }
    std::string title = std::string(ui_text("sign_up", lang)) + ": " + a->title.in(lang);

    if (!ctx.requests || !ctx.requests->available()) {
        top_bar(ctx, title);
        ctx.speakables->push_back({"sign-up-title", title});
        FormLayout l = form_layout(t, 0);
        ImGui::SetCursorScreenPos(l.origin);
        notice(t, NoticeKind::Error, icon::Warning, ui_text("store_unavailable", lang), l.width,
               f.bold);
        ctx.speakables->push_back({"sign-up-unavailable", ui_text("store_unavailable", lang)});
        return;
    }
    if (form.token.empty()) form.token = ctx.requests->new_form_token();
    const int capacity = *a->capacity;
    const int left = std::max(0, capacity - ctx.requests->places_taken(a->id, form.date));
    const bool full = form.people > left; // this sign-up would go on the waiting list
    // Some places, but fewer than people: say so and offer fewer people beside the waiting list.
    const bool short_of_places = full && left > 0;
    const SignUpNotice line = sign_up_notice(form, left, full, lang);
    const std::string people_question = ui_text("people_question", lang);

    TextField name{"field-first-name", ui_text("first_name", lang),
                   form.first_name,    ui_text("first_name_hint", lang),
                   "sign-up-name",     form.focus == FormField::FirstName,
                   form.name_error};
    TextField phone{"field-phone",   ui_text("phone_optional", lang),
                    form.phone,      ui_text("phone_hint", lang),
                    "sign-up-phone", form.focus == FormField::Phone,
                    form.phone_error};
    // Laid out as on a screen with room for the keyboard, to see whether there is.
    const SignUpHeights planned = sign_up_heights(t, name, phone, people_question, line.text,
                                                  form_column_width(t), !t.portrait());
    const bool with_keyboard = form_fits_keyboard(t, planned.total);
    if (with_keyboard && form.focus == FormField::None) form.focus = FormField::FirstName;
    if (!with_keyboard && form.typing) {
        bool typing_phone = form.focus == FormField::Phone;
        (typing_phone ? phone : name).focused = true;
        Typed typed = typing_step(ctx, typing_phone ? phone : name,
                                  typing_phone ? form.phone : form.first_name,
                                  typing_phone ? 20 : 40, ctx.lang());
        if (typed == Typed::Changed) {
            (typing_phone ? form.phone_error : form.name_error).clear();
            form.general_error.clear();
        }
        if (typed == Typed::Done) form.typing = false;
        return;
    }

    // Without a keyboard on screen no field looks as if it were being typed in.
    if (!with_keyboard) name.focused = phone.focused = false;
    top_bar(ctx, title);
    ctx.speakables->push_back({"sign-up-title", title});
    FormLayout l = with_keyboard ? form_layout(t, planned.total)
                                 : begin_form_overview(t, "sign-up", ctx.nav.visit());
    const SignUpHeights h =
        sign_up_heights(t, name, phone, people_question, line.text, l.column_w, l.two_columns);

    ImGui::SetCursorScreenPos(l.column(0));
    if (text_field(ctx, name, l.column_w)) {
        form.focus = FormField::FirstName;
        form.typing = true;
        kb.digits = false;
    }
    ImGui::SetCursorScreenPos(ImVec2(l.origin.x, ImGui::GetCursorScreenPos().y + t.gap()));
    if (text_field(ctx, phone, l.column_w)) {
        form.focus = FormField::Phone;
        form.typing = true;
        kb.digits = true;
    }

    ImVec2 c1 = l.two_columns ? l.column(1) : ImVec2(l.origin.x, l.origin.y + h.left + t.gap());
    ImGui::SetCursorScreenPos(c1);
    question_label(t, people_question, l.column_w);
    float row_y = ImGui::GetCursorScreenPos().y + t.px(4);
    ImGui::SetCursorScreenPos(ImVec2(c1.x, row_y));
    stepper(t, "people", form.people, 1, 6, ui_plural("people_unit", lang, form.people));
    ImGui::SetCursorScreenPos(ImVec2(c1.x + l.column_w - t.target(), row_y));
    speaker_button(ctx, "say-sign-up-people", "sign-up-people", true);
    ctx.speakables->push_back({"sign-up-people", people_question});

    // The notice comes before the buttons: "only 2 places" before the choice.
    ImGui::SetCursorScreenPos(ImVec2(c1.x, below_last_item(t)));
    notice(t, line.kind, line.icon, line.text, l.column_w);
    ctx.speakables->push_back({"sign-up-notice", line.text});
    float buttons_y =
        std::max(l.origin.y + h.total - t.target(), ImGui::GetItemRectMax().y + t.target_gap());
    ImGui::SetCursorScreenPos(ImVec2(c1.x, buttons_y));
    float confirm_w = l.column_w;
    if (short_of_places) { // two choices side by side where the one button was
        confirm_w = (l.column_w - t.px(16)) / 2;
        std::string fewer = ui_plural("fewer_people", lang, left);
        // Only changes the number: the visitor still confirms, now with "Meld mij aan".
        if (big_button(t, "fewer-people", nullptr, fewer, ImVec2(confirm_w, t.target()),
                       ButtonKind::Secondary))
            form.people = left;
        ImGui::SetCursorScreenPos(ImVec2(c1.x + confirm_w + t.px(16), buttons_y));
    }
    std::string label = ui_text(short_of_places ? "waiting_list_short"
                                : full          ? "join_waiting_list"
                                                : "confirm_sign_up",
                                lang);
    if (big_button(t, "confirm", full ? icon::Hourglass : icon::Check, label,
                   ImVec2(confirm_w, t.target()), ButtonKind::Primary)) {
        // Errors show in full on the questions, also where they leave no room for the keyboard:
        // the visitor taps the field to mend it.
        form.typing = false;
        submit(ctx, *a, capacity);
    }

    if (with_keyboard)
        type_into_focus(ctx, form, l);
    else
        end_form_overview();
}

} // namespace bk
