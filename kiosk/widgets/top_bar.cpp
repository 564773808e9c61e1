#include "widgets/top_bar.h"

#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/text_fit.h"
#include "widgets/text_line.h"

#include <cmath>

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
    // The border below as a rectangle on whole pixels: a thick anti-aliased line is textured
    // triangles, which SDL's software renderer rasterises with a step halfway along.
    float border = std::round(t.px(3)), border_y = std::round(origin.y + bar_h - border / 2);
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(origin.x, border_y), ImVec2(origin.x + width, border_y + border), p.border);
    // From where reading starts: back, home, the title; the speaker at the other end. Arabic
    // mirrors it all, so "back" is under the reader's right hand where the line begins.
    float left = origin.x, right = origin.x + width;
    const char* back_label = ui_text("back", ctx.lang());
    const char* home_label = ui_text("home", ctx.lang());
    float back_w = big_button_width(t, true, back_label);
    float home_w = big_button_width(t, true, home_label);
    float y = origin.y + t.gap();
    ImGui::SetCursorScreenPos(ImVec2(t.from_start(left, right, t.gap(), back_w), y));
    if (big_button(t, "back", icon::Back, back_label, ImVec2(back_w, t.target()),
                   ButtonKind::Primary)) {
        if (on_back)
            on_back();
        else
            ctx.nav.back();
    }
    float home_at = t.gap() + back_w + ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetCursorScreenPos(ImVec2(t.from_start(left, right, home_at, home_w), y));
    if (big_button(t, "home", icon::Home, home_label, ImVec2(home_w, t.target()),
                   ButtonKind::Secondary))
        ctx.nav.home();
    float title_at = home_at + home_w + ImGui::GetStyle().ItemSpacing.x + t.gap();

    // The speaker sits at the far end; the title takes the room between.
    bool speaking = ctx.is_speaking && ctx.is_speaking();
    const char* label = ui_text(speaking ? "stop_reading" : "read_aloud", ctx.lang());
    float speaker_w = big_button_width(t, true, label);
    bool compact = t.portrait() || width < t.px(1500);
    if (compact) speaker_w = t.target();
    float speaker_at = width - t.gap() - speaker_w;

    ImFont* heading = t.fonts().heading;
    float room = speaker_at - t.gap() - title_at;
    draw_fitted(ImGui::GetWindowDrawList(), heading, heading->FontSize,
                ImVec2(t.from_start(left, right, title_at, room),
                       origin.y + (bar_h - heading->FontSize) / 2),
                p.text, title, room);
    ImGui::SetCursorScreenPos(ImVec2(t.from_start(left, right, speaker_at, speaker_w), y));
    speaker_button(ctx, "speak-screen", "", compact);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + top_bar_height(t)));
}

} // namespace bk
