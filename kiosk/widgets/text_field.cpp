#include "widgets/text_field.h"

#include "frame_pacing.h"
#include "icons.h"
#include "widgets/question_label.h"
#include "widgets/tap_targets.h"
#include "widgets/text_block.h"

#include <imgui_internal.h>

namespace bk {

namespace {
std::string error_line(const std::string& error) {
    return std::string(icon::Warning) + " " + error;
}
} // namespace

float text_field_height(const Theme& theme, const std::string& error, float width) {
    const Fonts& f = theme.fonts();
    float h = question_label_height(theme) + theme.target() + theme.px(8);
    if (!error.empty()) h += text_block_height(error_line(error), f.bold, width) + theme.px(8);
    return h;
}

bool text_field(const Theme& theme, const std::string& id, const std::string& label,
                const std::string& shown, const std::string& placeholder, bool focused,
                const std::string& error, float width, const std::function<void()>& on_label_tap) {
    const Fonts& f = theme.fonts();
    const Palette& p = theme.colors();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 o = ImGui::GetCursorScreenPos();
    if (on_label_tap) {
        if (question_label(theme, id, label)) on_label_tap();
    } else
        dl->AddText(f.bold, f.bold->FontSize, o, p.text, label.c_str());
    float box_y = o.y + question_label_height(theme);
    ImGui::SetCursorScreenPos(ImVec2(o.x, box_y));
    bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(width, theme.target()));
    TapTargets::frame().record_last_item(id, label);
    // What was typed shows in the field: scripts find it there ("expect-visible Piet"), since
    // the read-aloud texts leave it out.
    if (!shown.empty()) TapTargets::frame().record_last_item(id + "-text", shown);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImU32 border = !error.empty() ? p.danger : focused ? p.primary : p.border;
    dl->AddRectFilled(a, b, p.surface, theme.radius());
    dl->AddRect(a, b, border, theme.radius(), 0, theme.px(focused || !error.empty() ? 6 : 3));

    ImFont* font = f.heading;
    float pad = theme.px(28);
    float ty = a.y + (theme.target() - font->FontSize) / 2;
    ImVec4 clip(a.x + pad / 2, a.y, b.x - pad / 2, b.y);
    const std::string& text = shown.empty() ? placeholder : shown;
    ImU32 color = shown.empty() ? p.text_muted : p.text;
    ImFont* tf = shown.empty() ? f.body : font;
    float tty = shown.empty() ? a.y + (theme.target() - tf->FontSize) / 2 : ty;
    dl->AddText(tf, tf->FontSize, ImVec2(a.x + pad, tty), color, text.c_str(), nullptr, 0, &clip);
    if (focused) {
        float caret_x = a.x + pad;
        if (!shown.empty())
            caret_x +=
                font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, shown.c_str()).x + theme.px(4);
        caret_x = std::min(caret_x, b.x - pad);
        dl->AddRectFilled(ImVec2(caret_x, ty), ImVec2(caret_x + theme.px(5), ty + font->FontSize),
                          p.primary);
    }
    float y = b.y + theme.px(8);
    if (!error.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(o.x, y));
        text_block(error_line(error), f.bold, p.danger, width);
        y = ImGui::GetCursorScreenPos().y + theme.px(8);
    }
    // The next item starts exactly text_field_height() below: forms lay out from that figure.
    ImGui::SetCursorScreenPos(ImVec2(o.x, y - ImGui::GetStyle().ItemSpacing.y));
    ImGui::Dummy(ImVec2(width, 0));
    return pressed;
}

} // namespace bk
