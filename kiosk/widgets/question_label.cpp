#include "widgets/question_label.h"

#include "icons.h"
#include "widgets/tap_targets.h"

namespace bk {

float question_label_height(const Theme& t) {
    // One line, not a full touch target: a taller label would push the form into its compact
    // form on a 1280x800 screen (docs/accessibility.md lists this as open).
    return t.fonts().bold->FontSize * 1.3f;
}

bool question_label(const Theme& t, const std::string& id, const std::string& text) {
    const Fonts& f = t.fonts();
    std::string shown = std::string(icon::Speaker) + " " + text;
    ImVec2 size = f.bold->CalcTextSizeA(f.bold->FontSize, FLT_MAX, 0, shown.c_str());
    size.y = question_label_height(t);
    ImVec2 o = ImGui::GetCursorScreenPos();
    bool tapped = ImGui::InvisibleButton(("say-" + id).c_str(), ImVec2(size.x + t.px(8), size.y));
    TapTargets::frame().record_last_item("say-" + id, text);
    ImU32 color = ImGui::IsItemActive() ? t.colors().primary : t.colors().text;
    ImGui::GetWindowDrawList()->AddText(f.bold, f.bold->FontSize,
                                        ImVec2(o.x, o.y + (size.y - f.bold->FontSize) / 2), color,
                                        shown.c_str());
    return tapped;
}

void question_label(ScreenContext& ctx, const std::string& speakable_id, const std::string& text) {
    if (question_label(ctx.theme, speakable_id, text) && ctx.speak) ctx.speak(speakable_id);
}

} // namespace bk
