#include "widgets/speech_bar.h"

#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "speech_controls.h"
#include "widgets/buttons.h"
#include "widgets/text_line.h"

#include <algorithm>

#include <cmath>

namespace bk {

namespace {
float spacing(const Theme& t) {
    return t.px(16);
}

float text_width(ImFont* font, const std::string& text) {
    return bk::text_width(font, font->FontSize, text);
}

bool one_row(const ScreenContext& ctx, float width) {
    const Theme& t = ctx.theme;
    const std::string& lang = ctx.lang();
    float pause = std::max(big_button_width(t, true, ui_text("pause_reading", lang)),
                           big_button_width(t, true, ui_text("resume_reading", lang)));
    float need = 2 * t.gap() + pause + big_button_width(t, true, ui_text("repeat_sentence", lang)) +
                 big_button_width(t, true, ui_text("softer", lang)) +
                 big_button_width(t, true, ui_text("louder", lang)) +
                 text_width(t.fonts().bold, ui_text("volume_step", lang, {{"step", "4"}})) +
                 4 * spacing(t);
    return need <= width;
}
} // namespace

float speech_bar_height(const ScreenContext& ctx, float width) {
    const Theme& t = ctx.theme;
    return one_row(ctx, width) ? t.target() + 2 * t.gap()
                               : 2 * t.target() + spacing(t) + 2 * t.gap();
}

void speech_bar(ScreenContext& ctx) {
    if (!ctx.speech_controls) return;
    SpeechControls& controls = *ctx.speech_controls;
    const Theme& t = ctx.theme;
    const Palette& p = t.colors();
    ImFont* bold = t.fonts().bold;
    // The same look as the top bar, so its colour pairs hold here too.
    ImVec2 o = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(o, ImVec2(o.x + width, o.y + speech_bar_height(ctx, width)), p.surface);
    float border = std::round(t.px(3)), border_y = std::round(o.y - border / 2); // as top_bar.cpp
    draw->AddRectFilled(ImVec2(o.x, border_y), ImVec2(o.x + width, border_y + border), p.border);

    std::string volume = controls.volume_label(ctx.lang());
    float volume_w = text_width(bold, volume);
    float inner = width - 2 * t.gap();
    float s = spacing(t);
    bool single = one_row(ctx, width);
    // Equal buttons share what the volume words leave: large targets, because the people who
    // need speech are often the ones who find small buttons hard.
    float first_w = single ? (inner - volume_w - 4 * s) / 4 : (inner - s) / 2;
    float volume_button_w = single ? first_w : (inner - volume_w - 2 * s) / 2;
    float x = o.x + t.gap(), y = o.y + t.gap();

    ImGui::SetCursorScreenPos(ImVec2(x, y));
    bool paused = controls.paused();
    if (big_button(t, "speech-pause", paused ? icon::Play : icon::Pause,
                   ui_text(paused ? "resume_reading" : "pause_reading", ctx.lang()),
                   ImVec2(first_w, t.target()), ButtonKind::Accent))
        controls.toggle_pause();
    x += first_w + s;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (big_button(t, "speech-repeat", icon::Replay, ui_text("repeat_sentence", ctx.lang()),
                   ImVec2(first_w, t.target())))
        controls.repeat_sentence();
    if (single) {
        x += first_w + s;
    } else {
        x = o.x + t.gap();
        y += t.target() + s;
    }

    ImVec2 button(volume_button_w, t.target());
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    // At the ends the button stays as it is and does nothing: a dimmed button would fall below
    // the contrast the palette guarantees.
    if (big_button(t, "speech-softer", icon::VolumeDown, ui_text("softer", ctx.lang()), button))
        controls.softer();
    x += button.x + s;
    draw_text(draw, bold, bold->FontSize, ImVec2(x, y + (t.target() - bold->FontSize) / 2), p.text,
              volume);
    ctx.speakables->push_back({"speech-volume", volume, false}); // visible to scripts
    x += volume_w + s;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (big_button(t, "speech-louder", icon::Speaker, ui_text("louder", ctx.lang()), button))
        controls.louder();
}

} // namespace bk
