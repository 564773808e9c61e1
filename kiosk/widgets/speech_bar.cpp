#include "widgets/speech_bar.h"

#include "i18n/ui_text.h"
#include "icons.h"
#include "speech_controls.h"
#include "widgets/buttons.h"

#include <algorithm>

namespace bk {

float speech_bar_height(const Theme& t) {
    return t.target() + 2 * t.gap();
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
    draw->AddRectFilled(o, ImVec2(o.x + width, o.y + speech_bar_height(t)), p.surface);
    draw->AddLine(o, ImVec2(o.x + width, o.y), p.border, t.px(3));

    std::string volume = controls.volume_label(ctx.lang());
    float volume_w = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, volume.c_str()).x;
    // Four equal buttons share what the volume words leave: large targets, because the people
    // who need speech are often the ones who find small buttons hard.
    float spacing = t.px(16);
    float button_w =
        std::max(t.target(), (width - 2 * t.gap() - volume_w - 2 * spacing - 3 * spacing) / 4);
    ImVec2 button(button_w, t.target());
    float y = o.y + t.gap();
    float x = o.x + t.gap();

    ImGui::SetCursorScreenPos(ImVec2(x, y));
    bool paused = controls.paused();
    if (big_button(t, "speech-pause", paused ? icon::Play : icon::Pause,
                   ui_text(paused ? "resume_reading" : "pause_reading", ctx.lang()), button,
                   ButtonKind::Accent))
        controls.toggle_pause();
    x += button_w + spacing;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (big_button(t, "speech-repeat", icon::Replay, ui_text("repeat_sentence", ctx.lang()),
                   button))
        controls.repeat_sentence();
    x += button_w + spacing;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    // At the ends the button stays as it is and does nothing: a dimmed button would fall below
    // the contrast the palette guarantees.
    if (big_button(t, "speech-softer", icon::VolumeDown, ui_text("softer", ctx.lang()), button))
        controls.softer();
    x += button_w + spacing;
    draw->AddText(bold, bold->FontSize, ImVec2(x, y + (t.target() - bold->FontSize) / 2), p.text,
                  volume.c_str());
    ctx.speakables->push_back({"speech-volume", volume, false}); // visible to scripts
    x += volume_w + spacing;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (big_button(t, "speech-louder", icon::Speaker, ui_text("louder", ctx.lang()), button))
        controls.louder();
}

} // namespace bk
