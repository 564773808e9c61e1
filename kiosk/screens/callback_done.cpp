// The callback request is stored: when the sociaal team will call (from the content settings),
// but only when a working sync will deliver it; otherwise where the request waits. Nothing the
// visitor typed is shown again.
#include "screens/screens.h"

#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/form_layout.h"
#include "widgets/text_block.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"

namespace bk {

void draw_callback_done(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    const std::string& lang = ctx.lang();
    CallbackDelivery delivery =
        ctx.requests ? ctx.requests->callback_delivery() : CallbackDelivery::ByVolunteer;
    // Even with a working hub the request is only queued at this moment (the sync client is
    // woken at once): "on its way", never "sent", which only the hub's acknowledgement makes true.
    std::string heading =
        ui_text(delivery == CallbackDelivery::Hub ? "callback_sent" : "callback_kept", lang);
    top_bar(ctx, ui_text("callback", lang));
    // "We bellen u binnen twee werkdagen terug" is a promise only a delivered request can keep.
    std::string expectation;
    if (delivery == CallbackDelivery::Hub) {
        expectation = ctx.content.settings.callback_expectation.in(lang);
        if (expectation.empty()) expectation = ui_text("callback_expectation_default", lang);
    } else {
        expectation =
            ui_text(delivery == CallbackDelivery::WaitingForHub ? "callback_when_connected"
                                                                : "callback_by_volunteer",
                    lang);
    }
    FormLayout l = form_layout(t, 0);
    const float mark_w = f.pictogram->FontSize * 1.1f;
    const float text_w = std::min(l.width - mark_w, t.px(1300));
    float needed = t.px(16) + text_block_height(heading, f.heading, text_w) + t.px(16) +
                   text_block_height(expectation, f.body, text_w) + t.gap() + t.target();
    // On a 7-inch screen in large letters the words and "Klaar" scroll.
    if (needed > l.height) l = begin_form_overview(t, "callback-done", ctx.nav.visit());
    ImVec2 o = l.origin;
    draw_pictogram(ImGui::GetWindowDrawList(), f.pictogram, f.pictogram->FontSize,
                   ImVec2(t.from_start(o.x, o.x + mark_w + text_w, 0, mark_w), o.y),
                   t.colors().success, icon::Check);
    float x = t.from_start(o.x, o.x + mark_w + text_w, mark_w, text_w);
    ImGui::SetCursorScreenPos(ImVec2(x, o.y + t.px(16)));
    text_block(heading, f.heading, t.colors().text, text_w);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + t.px(16)));
    text_block(expectation, f.body, t.colors().text, text_w);
    ctx.speakables->push_back({"callback-done-heading", heading});
    ctx.speakables->push_back({"callback-done-expectation", expectation});

    float y = ImGui::GetCursorScreenPos().y + t.gap();
    if (!l.scrolls) y = std::max(y, l.origin.y + l.height - t.target());
    ImGui::SetCursorScreenPos(ImVec2(o.x, y));
    if (big_button(t, "done", icon::Check, ui_text("done", lang),
                   ImVec2(std::min(l.width, t.px(700)), t.target()), ButtonKind::Primary))
        ctx.nav.home();
    if (l.scrolls) end_form_overview();
}

} // namespace bk
