// Language: the visitor picks the language of the screen and of the voice.
#include "screens/screens.h"

#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/text_block.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"

namespace bk {

// Each language in its own words, so a visitor recognises it.
const char* language_name(const std::string& code) {
    return ui_text("language_name", code);
}

void draw_language(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    top_bar(ctx, ui_text("language_and_display", ctx.lang()));
    ImVec2 avail = ImGui::GetContentRegionAvail();
    begin_touch_scroll(t, "language-body", ImVec2(avail.x, avail.y - t.gap()));
    float width = std::min(avail.x - 2 * t.gap(), t.px(880));
    std::string spoken;
    float top = ImGui::GetCursorPosY();
    for (const std::string& code : kiosk_languages()) {
        bool offered = code == "nl";
        for (const auto& wanted : ctx.content.settings.languages)
            offered |= wanted == code;
        if (!offered) continue;
        ImGui::SetCursorPosX(t.gap());
        bool selected = ctx.lang() == code;
        if (big_button(t, "lang-" + code, nullptr, language_name(code), ImVec2(width, t.target()),
                       selected ? ButtonKind::Selected : ButtonKind::Secondary)) {
            ctx.visitor.language = code;
            ctx.nav.back();
        }
        spoken += std::string(language_name(code)) + ". ";
    }
    // Display choices: beside the languages in landscape, under them in portrait.
    float column_x = t.gap();
    if (!t.portrait() && ImGui::GetWindowWidth() > 2 * width + 3 * t.gap()) {
        column_x = 2 * t.gap() + width;
        ImGui::SetCursorPosY(top);
    } else {
        ImGui::Dummy(ImVec2(1, t.gap()));
    }
    ImGui::SetCursorPosX(column_x);
    heading_text(t.fonts().heading, ui_text("display", ctx.lang()));
    spoken += std::string(ui_text("display", ctx.lang())) + ": " +
              ui_text("high_contrast", ctx.lang()) + ". ";
    // Each choice takes effect at once and lasts until the privacy reset.
    ImGui::SetCursorPosX(column_x);
    bool contrast = ctx.theme.high_contrast();
    if (big_button(t, "display-contrast", icon::Contrast, ui_text("high_contrast", ctx.lang()),
                   ImVec2(width, t.target()),
                   contrast ? ButtonKind::Selected : ButtonKind::Secondary))
        ctx.visitor.high_contrast = !contrast;
    ImGui::SetCursorPosX(column_x);
    std::string sizes = std::string(icon::TextSize) + " " + ui_text("text_size", ctx.lang());
    text_block(sizes, t.fonts().bold, t.colors().text, width);
    // Three sizes side by side, each button in its own letters' order; the current one marked.
    float third = (width - 2 * t.gap()) / 3;
    spoken += std::string(ui_text("text_size", ctx.lang())) + ": ";
    for (TextSize size : kTextSizes) {
        if (size != TextSize::Normal)
            ImGui::SameLine(0, t.gap());
        else
            ImGui::SetCursorPosX(column_x);
        std::string key = std::string("text-") + text_size_id(size);
        if (big_button(t, key, nullptr, ui_text(key, ctx.lang()), ImVec2(third, t.target()),
                       t.text_size() == size ? ButtonKind::Selected : ButtonKind::Secondary))
            ctx.visitor.text_size = size;
        spoken += std::string(ui_text(key, ctx.lang())) + (size == TextSize::Largest ? ". " : ", ");
    }
    ImGui::SetCursorPosX(column_x);
    if (big_button(t, "speech-slow", icon::Speaker, ui_text("slow_speech", ctx.lang()),
                   ImVec2(width, t.target()),
                   ctx.visitor.slow_speech ? ButtonKind::Selected : ButtonKind::Secondary))
        ctx.visitor.slow_speech = !ctx.visitor.slow_speech;
    spoken += ui_text("slow_speech", ctx.lang()) + std::string(".");
    ctx.speakables->push_back({"language-list", spoken});
    ImGui::Dummy(ImVec2(1, t.gap()));
    end_touch_scroll();
}

} // namespace bk
