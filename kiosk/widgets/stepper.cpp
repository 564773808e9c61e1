#include "widgets/stepper.h"

#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/text_line.h"

namespace bk {

namespace {
// A button that cannot be used now looks faded (the buttons draw their own colours).
void fade_last_item(const Theme& theme) {
    ImU32 veil = (theme.colors().background & 0x00FFFFFF) | (170u << 24);
    ImGui::GetWindowDrawList()->AddRectFilled(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                              veil, theme.radius());
}
} // namespace

bool stepper(const Theme& theme, const std::string& id, int& value, int min, int max,
             const std::string& unit_label, int step, const std::string& shown) {
    const Fonts& f = theme.fonts();
    int before = value;
    ImVec2 o = ImGui::GetCursorScreenPos();
    float s = theme.target();
    const bool at_min = value <= min;
    ImGui::BeginDisabled(at_min);
    if (big_button(theme, id + "-minus", icon::Remove, "", ImVec2(s, s), ButtonKind::Primary))
        value = std::max(min, value - step);
    if (at_min) fade_last_item(theme);
    ImGui::EndDisabled();
    std::string number = shown.empty() ? std::to_string(value) : shown;
    ImVec2 size(text_width(f.display, f.display->FontSize, number), f.display->FontSize);
    // Room for a time as well, so "+" stays under the finger while the value changes.
    float widest = text_width(f.display, f.display->FontSize, "00:00");
    float num_w = shown.empty() ? s * 1.2f : std::max({s * 1.2f, size.x, widest}) + theme.gap();
    draw_text(ImGui::GetWindowDrawList(), f.display, f.display->FontSize,
              ImVec2(o.x + s + (num_w - size.x) / 2, o.y + (s - size.y) / 2), theme.colors().text,
              number);
    ImGui::SetCursorScreenPos(ImVec2(o.x + s + num_w, o.y));
    const bool at_max = value >= max;
    ImGui::BeginDisabled(at_max);
    if (big_button(theme, id + "-plus", icon::Add, "", ImVec2(s, s), ButtonKind::Primary))
        value = std::min(max, value + step);
    if (at_max) fade_last_item(theme);
    ImGui::EndDisabled();
    if (!unit_label.empty()) {
        draw_text(ImGui::GetWindowDrawList(), f.bold, f.bold->FontSize,
                  ImVec2(o.x + 2 * s + num_w + theme.gap(), o.y + (s - f.bold->FontSize) / 2),
                  theme.colors().text, unit_label);
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + s));
    ImGui::Dummy(ImVec2(2 * s + num_w, 0));
    return value != before;
}

} // namespace bk
