// Outside the screen hours a touch wakes the dark screen to this notice: the Buurtkamer is closed
// and when it opens again. It is read aloud at once, for visitors who cannot read it.
#include "screens/screens.h"

#include "buurtkiosk/content/screen_hours.h"
#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/form_layout.h"
#include "widgets/text_block.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"

namespace bk {

void draw_closed(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    const std::string& lang = ctx.lang();
    auto next = next_opening(ctx.content.place, ctx.now.date, ctx.now.time);
    std::string heading = ui_text("closed_title", lang);
    std::string notice =
        next ? ui_text("closed_notice", lang,
                       {{"date", long_date(lang, next->date)}, {"time", format_time(next->time)}})
             : std::string();
    top_bar(ctx, ctx.content.place.name);
    FormLayout l = form_layout(t, 0);
    const float mark_w = f.pictogram->FontSize * 1.1f;
    const float text_w = std::min(l.width - mark_w, t.px(1300));
    ImVec2 o = l.origin;
    draw_pictogram(ImGui::GetWindowDrawList(), f.pictogram, f.pictogram->FontSize,
                   ImVec2(t.from_start(o.x, o.x + mark_w + text_w, 0, mark_w), o.y),
                   t.colors().primary, icon::Schedule);
    float x = t.from_start(o.x, o.x + mark_w + text_w, mark_w, text_w);
    // Going dark forgot the last visitor's language: the next one may need another to read
    // this. Beside the heading, the button stays above the speech bar on a small screen. The
    // language screen comes back here, and the notice is read again in the new language.
    std::string language = language_name(lang);
    float lang_w = big_button_width(t, true, language);
    ImGui::SetCursorScreenPos(ImVec2(t.from_start(x, x + text_w, text_w - lang_w, lang_w), o.y));
    if (big_button(t, "language", icon::Translate, language, ImVec2(lang_w, t.target()),
                   ButtonKind::Secondary))
        ctx.nav.go(Screen::Language);
    const float heading_w = text_w - lang_w - t.gap();
    ImGui::SetCursorScreenPos(ImVec2(t.from_start(x, x + text_w, 0, heading_w), o.y + t.px(16)));
    text_block(heading, f.heading, t.colors().text, heading_w);
    float below = std::max(ImGui::GetCursorScreenPos().y, o.y + t.target());
    ImGui::SetCursorScreenPos(ImVec2(x, below + t.px(16)));
    text_block(notice, f.body, t.colors().text, text_w);
    ctx.speakables->push_back({"closed-notice", heading + ". " + notice});
    // The top bar's "Home" leads on to the agenda and the pages, readable while awake.
    // Read at once on arrival: the screen woke because someone touched it.
    if (ctx.visitor.closed_notice_read != ctx.nav.visit() && ctx.speak) {
        ctx.visitor.closed_notice_read = ctx.nav.visit();
        ctx.speak("closed-notice");
    }
}

} // namespace bk
