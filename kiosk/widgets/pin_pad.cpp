#include "widgets/pin_pad.h"

#include "icons.h"
#include "widgets/buttons.h"

namespace bk {

bool pin_pad(const Theme& t, std::string& entry, int max_digits, float width) {
    const Fonts& f = t.fonts();
    // The dots: as many as digits typed, so a bystander learns only the length.
    std::string dots;
    for (std::size_t i = 0; i < entry.size(); ++i)
        dots += "\xe2\x97\x8f "; // U+25CF
    if (dots.empty()) dots = " ";
    ImVec2 o = ImGui::GetCursorScreenPos();
    float h = f.display->FontSize * 1.1f;
    ImGui::GetWindowDrawList()->AddRectFilled(o, ImVec2(o.x + width, o.y + h), t.colors().surface,
                                              t.radius());
    ImGui::GetWindowDrawList()->AddText(f.heading, f.heading->FontSize,
                                        ImVec2(o.x + t.px(32), o.y + (h - f.heading->FontSize) / 2),
                                        t.colors().text, dots.c_str());
    ImGui::Dummy(ImVec2(width, h));

    float key_w = (width - 2 * t.px(16)) / 3;
    float key_h = t.target();
    static const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "wis", "0", "OK"};
    bool ok = false;
    for (int i = 0; i < 12; ++i) {
        if (i % 3 != 0) ImGui::SameLine(0, t.px(16));
        std::string key = keys[i];
        std::string id = "pin-" + key;
        if (key == "wis") {
            if (big_button(t, id, icon::Backspace, "Wis", ImVec2(key_w, key_h)) && !entry.empty())
                entry.pop_back();
        } else if (key == "OK") {
            if (big_button(t, id, icon::Check, "OK", ImVec2(key_w, key_h), ButtonKind::Primary))
                ok = true;
        } else if (big_button(t, id, nullptr, key, ImVec2(key_w, key_h)) &&
                   int(entry.size()) < max_digits) {
            entry += key;
        }
    }
    return ok;
}

} // namespace bk
