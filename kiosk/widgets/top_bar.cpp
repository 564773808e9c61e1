#include "widgets/top_bar.h"

#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/text_fit.h"

namespace bk {

bool speaker_button(ScreenContext& ctx, const std::string& id, const std::string& speakable_id,
                    bool compact) {
    const Theme& t = ctx.theme;
    // The screen's own button stops any speech; a card's button shows "stop" only for itself.
    bool speaking =
        ctx.is_speaking && ctx.is_speaking() &&
        (speakable_id.empty() || (ctx.speaking_request && ctx.speaking_request() == speakable_id));
    const char* label = ui_text(speaking ? "stop_reading" : "read_aloud", ctx.lang());
    ImVec2 size = compact ? ImVec2(t.target(), t.target()) : ImVec2(0, t.target());
    ButtonKind kind = speakable_id.empty() || speaking ? ButtonKind::Accent : ButtonKind::Secondary;
    bool tapped = big_button(t, id, speaking ? icon::Stop : icon::Speaker,
                             compact ? std::string() : std::string(label), size, kind);
    if (tapped) {
        if (speaking && ctx.stop_speaking)
            ctx.stop_speaking();
        else if (ctx.speak)
            ctx.speak(speakable_id);
    }
    return tapped;
}

float top_bar_height(const Theme& t) {
    return t.target() + 3 * t.gap();
}

void top_bar(ScreenContext& ctx, const std::string& title, const std::function<void()>& on_back) {
    const Theme& t = ctx.theme;
    const Palette& p = t.colors();
    float bar_h = t.target() + 2 * t.gap();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + bar_h),
                                              p.surface);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(origin.x, origin.y + bar_h),
                                        ImVec2(origin.x + width, origin.y + bar_h), p.border,
                                        t.px(3));
    ImGui::SetCursorScreenPos(ImVec2(origin.x + t.gap(), origin.y + t.gap()));
    if (big_button(t, "back", icon::Back, ui_text("back", ctx.lang()), ImVec2(0, t.target()),
                   ButtonKind::Primary)) {
        if (on_back)
            on_back();
        else
            ctx.nav.back();
    }
    ImGui::SameLine();
    if (big_button(t, "home", icon::Home, ui_text("home", ctx.lang()), ImVec2(0, t.target()),
                   ButtonKind::Secondary))
        ctx.nav.home();
    ImGui::SameLine();
    float title_x = ImGui::GetCursorScreenPos().x + t.gap();

    // The speaker sits at the right edge; the title takes the room between.
    bool speaking = ctx.is_speaking && ctx.is_speaking();
    const char* label = ui_text(speaking ? "stop_reading" : "read_aloud", ctx.lang());
    float speaker_w = big_button_width(t, true, label);
    bool compact = t.portrait() || width < t.px(1500);
    if (compact) speaker_w = t.target();
    float speaker_x = origin.x + width - t.gap() - speaker_w;

    ImFont* heading = t.fonts().heading;
    float room = speaker_x - t.gap() - title_x;
    std::string shown = fit_with_ellipsis(title, heading, room);
    ImGui::GetWindowDrawList()->AddText(heading, heading->FontSize,
                                        ImVec2(title_x, origin.y + (bar_h - heading->FontSize) / 2),
                                        p.text, shown.c_str());
    ImGui::SetCursorScreenPos(ImVec2(speaker_x, origin.y + t.gap()));
    speaker_button(ctx, "speak-screen", "", compact);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + top_bar_height(t)));
}

} // namespace bk
