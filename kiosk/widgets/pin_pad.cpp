#include "widgets/pin_pad.h"

#include "icons.h"
#include "widgets/buttons.h"

#include <algorithm>

namespace bk {

namespace {
float key_gap(const Theme& t) {
    return std::max(t.px(16), t.target_gap());
}
} // namespace

float pin_dots_height(const Theme& t) {
    return t.fonts().heading->FontSize * 1.6f;
}

void pin_dots(const Theme& t, const std::string& entry, int max_digits, float width) {
    ImVec2 o = ImGui::GetCursorScreenPos();
    float h = pin_dots_height(t);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(o, ImVec2(o.x + width, o.y + h), t.colors().surface, t.radius());
    // Drawn, not typed as glyphs: eight dots must fit a narrow column on a small screen.
    float inner = width - 2 * t.px(32);
    float step = std::min(t.fonts().heading->FontSize, inner / float(std::max(max_digits, 1)));
    float radius = step * 0.3f;
    for (std::size_t i = 0; i < entry.size(); ++i)
        draw->AddCircleFilled(ImVec2(o.x + t.px(32) + step * (float(i) + 0.5f), o.y + h / 2),
                              radius, t.colors().text, 24);
    ImGui::Dummy(ImVec2(width, h));
}

float pin_keys_height(const Theme& t, float key_height) {
    return 4 * key_height + 3 * key_gap(t);
}

float pin_key_max_height(const Theme& t) {
    return t.target() * 1.25f;
}

bool pin_keys(const Theme& t, std::string& entry, int max_digits, ImVec2 size) {
    float key_w = (size.x - 2 * key_gap(t)) / 3;
    float key_h = (size.y - 3 * key_gap(t)) / 4;
    static const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "wis", "0", "OK"};
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(key_gap(t), key_gap(t)));
    ImGui::BeginGroup(); // the rows line up under the first key, wherever the pad sits
    bool ok = false;
    for (int i = 0; i < 12; ++i) {
        if (i % 3 != 0) ImGui::SameLine();
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
    ImGui::EndGroup();
    ImGui::PopStyleVar();
    return ok;
}

} // namespace bk
