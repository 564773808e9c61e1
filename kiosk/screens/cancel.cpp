// Cancel a sign-up with its code: type the code, tap "Meld mij af". An unknown code changes
// nothing and says so plainly; after too many, the visitor is told how long to wait.
#include "screens/screens.h"

#include "i18n/ui_text.h"
#include "icons.h"
#include "store/sign_up_code.h"
#include "widgets/buttons.h"
#include "widgets/form_layout.h"
#include "widgets/keyboard.h"
#include "widgets/notice.h"
#include "widgets/text_field.h"
#include "widgets/top_bar.h"

#include <chrono>
#include <cstdio>
#include <string>

namespace bk {

namespace {
// "Probeer het over 5 minuten opnieuw": whole minutes, rounded up, at least one.
std::string wait_message(TimePoint until, TimePoint now, const std::string& lang) {
    auto minutes = std::chrono::ceil<std::chrono::minutes>(until - now).count();
    if (minutes <= 1) return ui_text("err_code_wait_minute", lang);
    std::string text = ui_text("err_code_wait_minutes", lang);
    if (auto at = text.find("{n}"); at != std::string::npos)
        text.replace(at, 3, std::to_string(minutes));
    return text;
}

void submit(ScreenContext& ctx) {
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
        CancelResult result = ctx.desk->cancel_by_code(code);
        if (result.try_again_at) {
            form.error = wait_message(*result.try_again_at, ctx.clock_now, lang);
            return;
        }
        if (!result.found) {
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
} // namespace

void draw_cancel(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    const std::string& lang = ctx.lang();
    CancelForm& form = ctx.visitor.forms.cancel;
    KeyboardState& kb = ctx.visitor.forms.keyboard;
    std::string title = ui_text("cancel_with_code", lang);
    top_bar(ctx, title);
    ctx.speakables->push_back({"cancel-title", title});
    if (!ctx.desk || !ctx.desk->available()) {
        FormLayout l = form_layout(t, 0);
        ImGui::SetCursorScreenPos(l.origin);
        notice(t, NoticeKind::Error, icon::Warning, ui_text("store_unavailable", lang), l.width,
               t.fonts().bold);
        ctx.speakables->push_back({"cancel-unavailable", ui_text("store_unavailable", lang)});
        return;
    }
    // The outcome (unknown code, or cancelled) is a line under the field and the button.
    float full_w = form_width(t);
    std::string message = form.cancelled ? ui_text("cancelled", lang) : form.error;
    float columns_h = std::max(text_field_height(t, "", form_column_width(t)), t.target());
    if (t.portrait()) columns_h += t.target() + t.gap();
    float message_h =
        message.empty() ? 0 : t.gap() + notice_height(t, message, full_w, t.fonts().bold);
    // On a small screen the message and the keyboard take turns: tapping the field types again.
    bool compact = !message.empty() && form_needs_compact(t, columns_h + message_h);
    FormLayout l = form_layout(t, compact ? 0 : columns_h + message_h);
    ImGui::SetCursorScreenPos(l.column(0));
    if (text_field(t, "field-code", ui_text("code_field", lang), normalise_sign_up_code(form.code),
                   ui_text("code_hint", lang), !compact, "", l.column_w,
                   [&] { ctx.speak("cancel-code"); }) &&
        compact) {
        form.error.clear();
        form.cancelled = false;
    }
    ctx.speakables->push_back({"cancel-code", ui_text("code_field", lang)});

    float x = l.two_columns ? l.column(1).x : l.origin.x;
    ImGui::SetCursorScreenPos(ImVec2(x, l.origin.y + columns_h - t.target() - t.px(8)));
    if (big_button(t, "cancel-confirm", icon::Close, ui_text("cancel_confirm", lang),
                   ImVec2(l.column_w, t.target()), ButtonKind::Primary))
        submit(ctx);
    if (!message.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(l.origin.x, l.origin.y + columns_h + t.gap()));
        notice(t, form.cancelled ? NoticeKind::Success : NoticeKind::Error,
               form.cancelled ? icon::Check : icon::Warning, message, l.width, t.fonts().bold);
        ctx.speakables->push_back({form.cancelled ? "cancel-done" : "cancel-error", message});
    }
    if (compact) return;
    ImGui::SetCursorScreenPos(l.keyboard_pos);
    if (keyboard(t, kb, form.code, l.keyboard_size, 8)) {
        form.error.clear();
        form.cancelled = false;
    }
}

} // namespace bk
