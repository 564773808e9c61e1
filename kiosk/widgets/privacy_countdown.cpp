#include "widgets/privacy_countdown.h"

#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/text_block.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"

namespace bk {

bool privacy_countdown(ScreenContext& ctx, int seconds_left) {
    const Theme& t = ctx.theme;
    const std::string& lang = ctx.lang();
    const Fonts& f = t.fonts();
    const Palette& p = t.colors();
    // Drawn in its own window on top of the screen (which is disabled meanwhile).
    ImVec2 screen = ImGui::GetIO().DisplaySize;
    ImDrawList* wdl = ImGui::GetWindowDrawList();
    wdl->AddRectFilled(ImVec2(0, 0), screen, p.scrim);

    float w = std::min(screen.x - 2 * t.gap(), t.px(1200));
    float text_w = w - 2 * t.px(48);
    // Volunteers work in Dutch and lose no answers here, only their session.
    std::string notice = is_volunteer_screen(ctx.nav.current())
                             ? "Over een paar seconden sluit de vrijwilligersmodus. Daarna is de "
                               "pincode weer nodig."
                             : ui_text("reset_notice", lang);
    float h = t.px(48) + f.heading->FontSize * 1.3f + f.display->FontSize * 1.2f +
              text_block_height(notice, f.body, text_w) + t.gap() + t.target() * 1.3f + t.px(48);
    ImVec2 a((screen.x - w) / 2, std::max(t.gap(), (screen.y - h) / 2));
    ImVec2 b(a.x + w, a.y + h);
    wdl->AddRectFilled(a, b, p.surface, t.radius());
    wdl->AddRect(a, b, p.accent, t.radius(), 0, t.px(8));

    float x = a.x + t.px(48);
    float y = a.y + t.px(48);
    std::string title = std::string(icon::Hourglass) + " " + ui_text("still_there", lang);
    draw_text(wdl, f.heading, f.heading->FontSize, ImVec2(x, y), p.text, title);
    ImGui::SetCursorScreenPos(ImVec2(b.x - t.px(48) - t.target(), a.y + t.px(36)));
    speaker_button(ctx, "speak-countdown", kCountdownSpeakable, true);
    ctx.speakables->push_back({kCountdownSpeakable,
                               std::string(ui_text("still_there", lang)) + " " +
                                   ui_text("tap_still_here", lang) + " " + notice,
                               false});
    y += f.heading->FontSize * 1.3f;
    std::string count = std::to_string(seconds_left);
    ImVec2 cs(text_width(f.display, f.display->FontSize, count), f.display->FontSize);
    draw_text(wdl, f.display, f.display->FontSize, ImVec2(x, y), p.primary, count);
    draw_text(wdl, f.bold, f.bold->FontSize,
              ImVec2(x + cs.x + t.px(20), y + cs.y - f.bold->FontSize * 1.6f), p.text,
              ui_plural("seconds", lang, seconds_left));
    y += f.display->FontSize * 1.2f;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    text_block(notice, f.body, p.text, text_w);
    y = ImGui::GetCursorScreenPos().y + t.gap();
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    return big_button(t, "still-here", icon::Check, ui_text("still_here", lang),
                      ImVec2(text_w, t.target() * 1.3f), ButtonKind::Primary);
}

} // namespace bk
