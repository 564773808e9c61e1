// Cancel a sign-up with its code: type the code, tap "Meld mij af". An unknown code changes
// nothing and says so plainly.
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

#include <cstdio>

namespace bk {

namespace {
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
    float full_w = ImGui::GetContentRegionAvail().x - 2 * t.gap();
    std::string done_text = ui_text("cancelled", lang);
    float columns_h = std::max(text_field_height(t, !form.error.empty()), t.target());
    if (t.portrait()) columns_h += t.target() + t.gap();
    float questions_h = columns_h;
    if (form.cancelled)
        questions_h += t.gap() + notice_height(t, done_text, full_w, t.fonts().bold);
    FormLayout l = form_layout(t, questions_h);
    ImGui::SetCursorScreenPos(l.column(0));
    text_field(t, "field-code", ui_text("code_field", lang), normalise_sign_up_code(form.code),
               ui_text("code_hint", lang), true, form.error, l.column_w);
    ctx.speakables->push_back({"cancel-code", ui_text("code_field", lang)});
    if (!form.error.empty()) ctx.speakables->push_back({"cancel-error", form.error});

    float x = l.two_columns ? l.column(1).x : l.origin.x;
    float field_box_bottom = l.origin.y + text_field_height(t, false) - t.px(8);
    ImGui::SetCursorScreenPos(ImVec2(x, t.portrait() ? l.origin.y + columns_h - t.target()
                                                     : field_box_bottom - t.target()));
    if (big_button(t, "cancel-confirm", icon::Close, ui_text("cancel_confirm", lang),
                   ImVec2(l.column_w, t.target()), ButtonKind::Primary))
        submit(ctx);
    if (form.cancelled) {
        ImGui::SetCursorScreenPos(ImVec2(l.origin.x, l.origin.y + columns_h + t.gap()));
        notice(t, NoticeKind::Success, icon::Check, done_text, l.width, t.fonts().bold);
        ctx.speakables->push_back({"cancel-done", done_text});
    }

    ImGui::SetCursorScreenPos(l.keyboard_pos);
    if (keyboard(t, kb, form.code, l.keyboard_size, 8)) {
        form.error.clear();
        form.cancelled = false;
    }
}

} // namespace bk
