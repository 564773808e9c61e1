// Cancel a sign-up with its code: type the code, tap "Meld mij af", see what the code belongs to
// (activity, day, time, people; never the name) and answer "Wilt u dit afmelden?" with Ja or Nee.
// An unknown code changes nothing and says so plainly; after too many, the visitor is told how
// long to wait.
#include "screens/screens.h"

#include "buurtkiosk/content/occurrences.h"
#include "buurtkiosk/domain/sign_up_code.h"
#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/activity_card.h"
#include "widgets/buttons.h"
#include "widgets/form_layout.h"
#include "widgets/keyboard.h"
#include "widgets/notice.h"
#include "widgets/text_block.h"
#include "widgets/text_field.h"
#include "widgets/top_bar.h"
#include "widgets/typing_step.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

namespace bk {

namespace {
// "Probeer het over 5 minuten opnieuw": whole minutes, rounded up, at least one.
std::string wait_message(TimePoint until, TimePoint now, const std::string& lang) {
    auto minutes = std::chrono::ceil<std::chrono::minutes>(until - now).count();
    return ui_plural("err_code_wait_minutes", lang, std::max<long long>(minutes, 1));
}

// "Meld mij af": look the code up; a wrong one counts as a guess, a right one asks first.
void look_up(ScreenContext& ctx) {
    CancelForm& form = ctx.visitor.forms.cancel;
    const std::string& lang = ctx.lang();
    form.error.clear();
    form.cancelled = false;
    std::string code = normalise_sign_up_code(form.code);
    if (code.empty()) {
        form.error = ui_text("err_code_empty", lang);
        return;
    }
    try {
        CodeLookup found = ctx.requests->find_by_code(code);
        if (found.try_again_at) {
            form.error = wait_message(*found.try_again_at, ctx.clock_now, lang);
            return;
        }
        if (!found.sign_up) {
            form.error = ui_text("err_code_unknown", lang);
            return;
        }
        form.question = CancelQuestion{code, found.sign_up->activity_id, found.sign_up->date,
                                       found.sign_up->people};
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: looking up a code failed: %s\n", e.what());
        form.error = ui_text("store_failed", lang);
    }
}

// "Ja, afmelden".
void cancel(ScreenContext& ctx) {
    CancelForm& form = ctx.visitor.forms.cancel;
    const std::string& lang = ctx.lang();
    std::string code = form.question->code;
    form.question.reset();
    try {
        CancelResult result = ctx.requests->cancel_by_code(code);
        if (result.try_again_at) {
            form.error = wait_message(*result.try_again_at, ctx.clock_now, lang);
            return;
        }
        if (!result.found) { // cancelled meanwhile, e.g. by a volunteer
            form.error = ui_text("err_code_unknown", lang);
            return;
        }
        form.cancelled = true;
        form.code.clear();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: cancellation not stored: %s\n", e.what());
        form.error = ui_text("store_failed", lang);
    }
}

// "Digicafé, dinsdag 24 november, 13:30 – 15:30, 3 personen": what the code belongs to.
std::string what_is_cancelled(ScreenContext& ctx, const CancelQuestion& q) {
    const std::string& lang = ctx.lang();
    std::string text;
    if (const Activity* a = ctx.content.find_activity(q.activity_id)) text = a->title.in(lang);
    text += (text.empty() ? "" : "\n") + long_date(lang, q.date);
    if (const Activity* a = ctx.content.find_activity(q.activity_id))
        if (auto o = occurrence_on(*a, q.date)) text += ", " + time_range(*o, lang);
    return text + "\n" + std::to_string(q.people) + " " + ui_plural("people_unit", lang, q.people);
}

void draw_question(ScreenContext& ctx, CancelForm& form) {
    const Theme& t = ctx.theme;
    const std::string& lang = ctx.lang();
    FormLayout l = form_layout(t, 0);
    ImGui::SetCursorScreenPos(l.origin);
    std::string what = what_is_cancelled(ctx, *form.question);
    notice(t, NoticeKind::Info, icon::Event, what, l.width, t.fonts().bold);
    ctx.speakables->push_back({"cancel-what", what});
    ImGui::SetCursorScreenPos(ImVec2(l.origin.x, ImGui::GetCursorScreenPos().y + t.gap()));
    std::string question = ui_text("cancel_question", lang);
    heading_text(t.fonts().heading, question.c_str());
    ctx.speakables->push_back({"cancel-question", question});
    ImVec2 row(l.origin.x, ImGui::GetCursorScreenPos().y + t.px(8));
    ImVec2 size(std::min((l.width - t.gap()) / 2, t.px(600)), t.target());
    ImGui::SetCursorScreenPos(row);
    if (big_button(t, "cancel-yes", icon::Close, ui_text("yes_cancel", lang), size,
                   ButtonKind::Primary)) {
        cancel(ctx);
        return;
    }
    ImGui::SetCursorScreenPos(ImVec2(row.x + size.x + t.gap(), row.y));
    if (big_button(t, "cancel-no", nullptr, ui_text("no_keep", lang), size,
                   ButtonKind::Secondary)) {
        // Nothing changes; the visitor goes back to where they came from.
        form = CancelForm{};
        ctx.visitor.forms.keyboard = KeyboardState{};
        ctx.nav.back();
    }
}
} // namespace

void draw_cancel(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    const std::string& lang = ctx.lang();
    CancelForm& form = ctx.visitor.forms.cancel;
    KeyboardState& kb = ctx.visitor.forms.keyboard;
    std::string title = ui_text("cancel_with_code", lang);
    auto bar = [&] {
        top_bar(ctx, title);
        ctx.speakables->push_back({"cancel-title", title});
    };
    if (!ctx.requests || !ctx.requests->available()) {
        bar();
        FormLayout l = form_layout(t, 0);
        ImGui::SetCursorScreenPos(l.origin);
        notice(t, NoticeKind::Error, icon::Warning, ui_text("store_unavailable", lang), l.width,
               t.fonts().bold);
        ctx.speakables->push_back({"cancel-unavailable", ui_text("store_unavailable", lang)});
        return;
    }
    if (form.question) {
        bar();
        draw_question(ctx, form);
        return;
    }
    // The outcome (unknown code, or cancelled) is a line under the field and the button.
    std::string message = form.cancelled ? ui_text("cancelled", lang) : form.error;
    TextField field{"field-code",
                    ui_text("code_field", lang),
                    normalise_sign_up_code(form.code),
                    ui_text("code_hint", lang),
                    "cancel-code",
                    true,
                    ""};
    auto heights = [&](float column_w, float full_w, bool two_columns) {
        float h = std::max(text_field_height(t, field, column_w), t.target());
        if (!two_columns) h += t.target() + t.gap();
        if (!message.empty()) h += t.gap() + notice_height(t, message, full_w, t.fonts().bold);
        return h;
    };
    const bool with_keyboard =
        form_fits_keyboard(t, heights(form_column_width(t), form_width(t), !t.portrait()));
    if (!with_keyboard && form.typing) {
        Typed typed = typing_step(ctx, field, form.code, 8, "nl");
        if (typed == Typed::Changed) {
            form.error.clear();
            form.cancelled = false;
        }
        if (typed == Typed::Done) form.typing = false;
        return;
    }
    bar();
    field.focused = with_keyboard;
    FormLayout l = with_keyboard
                       ? form_layout(t, heights(form_column_width(t), form_width(t), !t.portrait()))
                       : begin_form_overview(t, "cancel", ctx.nav.visit());
    float columns_h = std::max(text_field_height(t, field, l.column_w), t.target());
    ImGui::SetCursorScreenPos(l.column(0));
    if (text_field(ctx, field, l.column_w) && !with_keyboard) {
        form.typing = true;
        form.error.clear();
        form.cancelled = false;
    }

    float x = l.two_columns ? l.column(1).x : l.origin.x;
    // In one column under the field: text_field leaves the cursor exactly under it.
    float y = l.two_columns ? l.origin.y + columns_h - t.target() - t.px(8)
                            : ImGui::GetCursorScreenPos().y + t.target_gap();
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (big_button(t, "cancel-confirm", icon::Close, ui_text("cancel_confirm", lang),
                   ImVec2(l.column_w, t.target()), ButtonKind::Primary)) {
        look_up(ctx);
        form.typing = false; // the answer shows, also where it leaves no room for the keyboard
    }
    if (!message.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(l.origin.x, below_last_item(t)));
        notice(t, form.cancelled ? NoticeKind::Success : NoticeKind::Error,
               form.cancelled ? icon::Check : icon::Warning, message, l.width, t.fonts().bold);
        ctx.speakables->push_back({form.cancelled ? "cancel-done" : "cancel-error", message});
    }
    if (!with_keyboard) {
        end_form_overview();
        return;
    }
    ImGui::SetCursorScreenPos(l.keyboard_pos);
    // Codes are Latin capitals and digits, whatever the visitor reads.
    if (keyboard(t, kb, form.code, l.keyboard_size, 8, "nl")) {
        form.error.clear();
        form.cancelled = false;
    }
}

} // namespace bk
