// The sign-up is stored: the code in very big letters, on the list or on the waiting list, what
// to do next, and "Klaar". Only the code is shown: no name, no phone number.
#include "screens/screens.h"

#include "buurtkiosk/content/occurrences.h"
#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/activity_card.h"
#include "widgets/buttons.h"
#include "widgets/form_layout.h"
#include "widgets/tap_targets.h"
#include "widgets/text_block.h"
#include "widgets/text_fit.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"

#include <algorithm>

namespace bk {

namespace {
// The code with room between the characters, so each one can be read and written down.
// As big as `max_width` allows, at most 1.5 times the display font: on a 7-inch screen the left
// column is narrower than the big code.
void big_code(const Theme& t, const std::string& code, ImVec2 at, float max_width) {
    const Fonts& f = t.fonts();
    ImFont* font = f.display;
    float pad = t.px(36);
    float size =
        std::min(font->FontSize * 1.5f,
                 (max_width - 2 * pad) / (0.9f * float(std::max<std::size_t>(1, code.size()))));
    float step = size * 0.9f;
    ImVec2 b(at.x + 2 * pad + step * float(code.size()), at.y + size * 1.15f + pad);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, b, t.colors().surface, t.radius());
    dl->AddRect(at, b, t.colors().primary, t.radius(), 0, t.px(6));
    for (std::size_t i = 0; i < code.size(); ++i) {
        char c[2] = {code[i], 0};
        float w = text_width(font, size, c);
        draw_text(dl, font, size,
                  ImVec2(at.x + pad + step * float(i) + (step - w) / 2, at.y + pad / 2),
                  t.colors().text, c);
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x, b.y));
}
} // namespace

void draw_sign_up_done(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    const std::string& lang = ctx.lang();
    VisitorForms& forms = ctx.visitor.forms;
    const SignUpReceiptView& r = forms.receipt;
    const Activity* a = ctx.content.find_activity(r.activity_id);
    if (r.code.empty() || !a) {
        ctx.nav.home();
        return;
    }
    std::string heading = ui_text(r.waiting_list ? "waiting_listed" : "signed_up", lang);
    auto happening = occurrence_on(*a, r.date);
    std::string what = a->title.in(lang) + ", " + long_date(lang, r.date) +
                       (happening ? ", " + start_aloud(*happening, lang) : std::string());
    std::string next = ui_text(r.waiting_list  ? "waiting_next"
                               : r.provisional ? "code_next_provisional"
                                               : "code_next",
                               lang);
    top_bar(ctx, a->title.in(lang));
    FormLayout l = form_layout(t, 0);
    // The heading with its mark, and what the sign-up is for, wrapped beside the mark.
    const float mark_w = f.pictogram->FontSize * 0.9f;
    auto heading_h = [&](float width) {
        return std::max(f.pictogram->FontSize * 0.8f,
                        f.heading->FontSize * 1.3f +
                            text_block_height(what, f.body, width - mark_w));
    };
    const float code_h = f.bold->FontSize * 1.3f + f.display->FontSize * 1.5f * 1.15f + t.px(36);
    float left_h = heading_h(l.width) + t.gap() + code_h + t.gap() + t.target();
    float right_h = heading_h(l.width) + t.gap() + text_block_height(next, f.body, l.column_w) +
                    2 * t.gap() + 2 * t.target();
    // Two columns where both fit; else one column that scrolls (a 7-inch screen, large letters).
    bool fits =
        l.two_columns ? std::max(left_h, right_h) <= l.height : left_h + right_h <= l.height;
    if (!fits) l = begin_form_overview(t, "sign-up-done", ctx.nav.visit());
    ImGui::SetCursorScreenPos(l.origin);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 o = ImGui::GetCursorScreenPos();
    // Not the accent: yellow on the page is too light for a mark (palette.cpp).
    ImU32 mark = r.waiting_list ? t.colors().primary : t.colors().success;
    float end_x = o.x + l.width;
    draw_pictogram(dl, f.pictogram, f.pictogram->FontSize * 0.8f,
                   ImVec2(t.from_start(o.x, end_x, 0, f.pictogram->FontSize * 0.8f), o.y), mark,
                   r.waiting_list ? icon::Hourglass : icon::Check);
    float x = t.from_start(o.x, end_x, mark_w, l.width - mark_w);
    draw_fitted(dl, f.heading, f.heading->FontSize, ImVec2(x, o.y), t.colors().text, heading,
                l.width - mark_w);
    ImGui::SetCursorScreenPos(ImVec2(x, o.y + f.heading->FontSize * 1.3f));
    text_block(what, f.body, t.colors().text, l.width - mark_w);
    float y = o.y + heading_h(l.width) + t.gap();
    // Left: the code, big. Right (under it in one column): what to do next and the buttons.
    draw_fitted(dl, f.bold, f.bold->FontSize, ImVec2(o.x, y), t.colors().text_muted,
                ui_text("your_code", lang), l.two_columns ? l.column_w : l.width);
    big_code(t, r.code, ImVec2(o.x, y + f.bold->FontSize * 1.3f),
             (l.two_columns ? l.column_w : l.width) - t.gap());
    // Under the code: the visitor may have it read aloud, after hearing who else can hear it.
    ImGui::SetCursorScreenPos(ImVec2(o.x, ImGui::GetCursorScreenPos().y + t.gap()));
    if (big_button(t, "read-code", icon::Speaker, ui_text("read_my_code", lang),
                   ImVec2(l.two_columns ? 0 : l.width, t.target()), ButtonKind::Secondary) &&
        ctx.speak)
        ctx.speak("done-code");
    float code_bottom = ImGui::GetItemRectMax().y;
    ImVec2 right = l.two_columns ? ImVec2(l.column(1).x, y) : ImVec2(o.x, code_bottom + t.gap());
    float right_w = l.column_w;
    ImGui::SetCursorScreenPos(right);
    text_block(next, f.body, t.colors().text, right_w);

    // Bystanders hear the loudspeaker too: the screen says where the code is, and only "Lees mijn
    // code voor" reads it, letter by letter, after a warning. No name or phone number is spoken.
    // (A headset changes that, below.)
    std::string spelled;
    for (char c : r.code)
        spelled += std::string(1, c) + " ";
    ctx.speakables->push_back({"done-heading", heading + ". " + what});
    ctx.speakables->push_back({"done-code-on-screen", ui_text("code_on_screen", lang)});
    // With the visitor's headset in, nobody else hears it: the code is read with the screen.
    std::string code_words =
        std::string(ui_text("your_code", lang)) + ": " + r.code + ". " + spelled;
    if (!ctx.headset) code_words = std::string(ui_text("overheard", lang)) + " " + code_words;
    ctx.speakables->push_back({"done-code", code_words, ctx.headset});
    ctx.speakables->push_back({"done-next", next});

    float by = ImGui::GetCursorScreenPos().y + t.gap();
    if (!l.scrolls) by = std::max(by, l.origin.y + l.height - 2 * t.target() - t.gap());
    ImGui::SetCursorScreenPos(ImVec2(right.x, by));
    if (big_button(t, "done", icon::Check, ui_text("done", lang), ImVec2(right_w, t.target()),
                   ButtonKind::Primary)) {
        forms.sign_up = SignUpForm{};
        forms.receipt = SignUpReceiptView{};
        forms.keyboard = KeyboardState{};
        ctx.nav.home();
    }
    ImGui::SetCursorScreenPos(ImVec2(right.x, by + t.target() + t.gap()));
    if (big_button(t, "cancel-with-code", icon::Close, ui_text("cancel_with_code", lang),
                   ImVec2(right_w, t.target()), ButtonKind::Secondary)) {
        forms.cancel = CancelForm{};
        ctx.nav.go(Screen::Cancel);
    }
    if (l.scrolls) end_form_overview();
}

} // namespace bk
