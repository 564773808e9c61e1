// Sign-up for one occurrence: first name on the on-screen keyboard, number of people (1-6),
// an optional phone number, the privacy line; when the activity is full, the waiting list.
#include "screens/screens.h"

#include "domain/phone_number.h"
#include "i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/form_layout.h"
#include "widgets/keyboard.h"
#include "widgets/notice.h"
#include "widgets/question_label.h"
#include "widgets/stepper.h"
#include "widgets/text_field.h"
#include "widgets/top_bar.h"
#include "widgets/typing_row.h"

#include <cstdio>
#include <stdexcept>

namespace bk {

namespace {
std::string trimmed(const std::string& s) {
    auto b = s.find_first_not_of(' ');
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

void submit(ScreenContext& ctx, const Activity& a, int capacity) {
    SignUpForm& form = ctx.visitor.forms.sign_up;
    const std::string& lang = ctx.lang();
    form.name_error.clear();
    form.phone_error.clear();
    form.general_error.clear();
    std::string name = trimmed(form.first_name);
    if (name.empty()) form.name_error = ui_text("err_first_name_empty", lang);
    std::optional<std::string> phone;
    if (!trimmed(form.phone).empty()) {
        PhoneCheck check = check_phone_number(form.phone);
        if (check.ok())
            phone = check.number;
        else
            form.phone_error =
                ui_text(std::string("err_phone_") + phone_problem_id(*check.problem), lang);
    }
    if (!form.name_error.empty() || !form.phone_error.empty()) {
        form.focus = form.name_error.empty() ? FormField::Phone : FormField::FirstName;
        ctx.visitor.forms.keyboard.digits = form.focus == FormField::Phone;
        return; // nothing stored
    }
    SignUpRequest request{a.id, form.date, name, form.people, phone, capacity, form.token};
    try {
        SignUpResult result = ctx.desk->sign_up(request);
        ctx.visitor.forms.receipt = {a.id, form.date, result.code,
                                     result.status == SignUpStatus::WaitingList};
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
                 l.keyboard_size, phone ? 20 : 40)) {
        (phone ? form.phone_error : form.name_error).clear();
        form.general_error.clear();
    }
}

// A small screen while typing: both text fields in one row, "Klaar", the keyboard under them.
void draw_typing(ScreenContext& ctx, SignUpForm& form) {
    FormLayout l = typing_row(
        ctx, {form.first_name, form.phone, form.name_error, form.phone_error, form.focus},
        "sign-up", "phone_optional");
    type_into_focus(ctx, form, l);
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
    top_bar(ctx, title);
    ctx.speakables->push_back({"sign-up-title", title});

    if (!ctx.desk || !ctx.desk->available()) {
        FormLayout l = form_layout(t, 0);
        ImGui::SetCursorScreenPos(l.origin);
        notice(t, NoticeKind::Error, icon::Warning, ui_text("store_unavailable", lang), l.width,
               f.bold);
        ctx.speakables->push_back({"sign-up-unavailable", ui_text("store_unavailable", lang)});
        return;
    }
    if (form.token.empty()) form.token = ctx.desk->new_form_token();
    const int capacity = *a->capacity;
    const int left = std::max(0, capacity - ctx.desk->places_taken(a->id, form.date));
    const bool full = form.people > left; // this sign-up would go on the waiting list
    // Some places, but fewer than people: say so and offer fewer people beside the waiting list.
    const bool short_of_places = full && left > 0;

    // What the line above the keyboard says: a problem first, then "vol", else the privacy line.
    NoticeKind kind = NoticeKind::Info;
    const char* notice_icon = icon::PrivacyTip;
    std::string notice_text = ui_text("privacy_sign_up", lang);
    if (!form.general_error.empty()) {
        kind = NoticeKind::Error;
        notice_icon = icon::Warning;
        notice_text = form.general_error;
    } else if (short_of_places) {
        kind = NoticeKind::Warning;
        notice_icon = icon::Hourglass;
        notice_text =
            ui_text(left == 1 ? "place_short" : "places_short", lang,
                    {{"left", std::to_string(left)}, {"people", std::to_string(form.people)}});
    } else if (full) {
        kind = NoticeKind::Warning;
        notice_icon = icon::Hourglass;
        notice_text = ui_text("full_notice", lang);
    }
    float full_w = ImGui::GetContentRegionAvail().x - 2 * t.gap();
    const float column_w = form_column_width(t);
    float left_h = text_field_height(t, form.name_error, column_w) + t.gap() +
                   text_field_height(t, form.phone_error, column_w);
    float right_h = question_label_height(t) + t.px(4) + t.target() + t.gap() + t.target();
    float columns_h = t.portrait() ? left_h + t.gap() + right_h : std::max(left_h, right_h);
    float questions_h = columns_h + t.gap() + notice_height(t, notice_text, full_w);
    const bool compact = form_needs_compact(t, questions_h);
    if (!compact && form.focus == FormField::None) form.focus = FormField::FirstName;
    if (compact && form.focus != FormField::None) {
        draw_typing(ctx, form);
        return;
    }
    FormLayout l = form_layout(t, compact ? 0 : questions_h);

    ImGui::SetCursorScreenPos(l.column(0));
    if (text_field(t, "field-first-name", ui_text("first_name", lang), form.first_name,
                   ui_text("first_name_hint", lang), form.focus == FormField::FirstName,
                   form.name_error, l.column_w, [&] { ctx.speak("sign-up-name"); })) {
        form.focus = FormField::FirstName;
        kb.digits = false;
    }
    ImGui::SetCursorScreenPos(ImVec2(l.origin.x, ImGui::GetCursorScreenPos().y + t.gap()));
    if (text_field(t, "field-phone", ui_text("phone_optional", lang), form.phone,
                   ui_text("phone_hint", lang), form.focus == FormField::Phone, form.phone_error,
                   l.column_w, [&] { ctx.speak("sign-up-phone"); })) {
        form.focus = FormField::Phone;
        kb.digits = true;
    }
    // The question is read, never the answer: a typed first name is private, and bystanders
    // hear the loudspeaker too. (A phone number never is either.)
    ctx.speakables->push_back({"sign-up-name", ui_text("first_name", lang)});
    ctx.speakables->push_back({"sign-up-phone", ui_text("phone_optional", lang)});
    if (!form.name_error.empty())
        ctx.speakables->push_back({"sign-up-name-error", form.name_error});
    if (!form.phone_error.empty())
        ctx.speakables->push_back({"sign-up-phone-error", form.phone_error});

    ImVec2 c1 = l.two_columns ? l.column(1) : ImVec2(l.origin.x, l.origin.y + left_h + t.gap());
    ImGui::SetCursorScreenPos(c1);
    question_label(ctx, "sign-up-people", ui_text("people_question", lang));
    ImGui::SetCursorScreenPos(ImVec2(c1.x, ImGui::GetCursorScreenPos().y + t.px(4)));
    stepper(t, "people", form.people, 1, 6,
            ui_text(form.people == 1 ? "person_unit" : "people_unit", lang));
    ctx.speakables->push_back({"sign-up-people", ui_text("people_question", lang)});

    float buttons_y = std::max(l.origin.y + columns_h - t.target(), below_last_item(t));
    ImGui::SetCursorScreenPos(ImVec2(c1.x, buttons_y));
    float confirm_w = l.column_w;
    if (short_of_places) { // two choices side by side where the one button was
        confirm_w = (l.column_w - t.px(16)) / 2;
        std::string fewer = ui_text(left == 1 ? "fewer_person" : "fewer_people", lang,
                                    {{"left", std::to_string(left)}});
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
                   ImVec2(confirm_w, t.target()), ButtonKind::Primary))
        submit(ctx, *a, capacity);

    ImGui::SetCursorScreenPos(ImVec2(l.origin.x, l.origin.y + columns_h + t.gap()));
    notice(t, kind, notice_icon, notice_text, l.width);
    ctx.speakables->push_back({"sign-up-notice", notice_text});

    if (!compact) type_into_focus(ctx, form, l);
}

} // namespace bk
