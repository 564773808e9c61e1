#include "widgets/text_field.h"

#include "icons.h"
#include "widgets/question_label.h"
#include "widgets/tap_targets.h"
#include "widgets/text_block.h"
#include "widgets/text_fit.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"

namespace bk {

namespace {
std::string error_line(const std::string& error) {
    return std::string(icon::Warning) + " " + error;
}
} // namespace

float text_field_height(const Theme& theme, const TextField& field, float width) {
    float h = question_label_height(theme, field.question, width) + theme.target() + theme.px(8);
    if (!field.error.empty())
        h += text_block_height(error_line(field.error), theme.fonts().bold, width) + theme.px(8);
    return h;
}

bool text_box(const Theme& theme, const TextField& field, ImVec2 size) {
    const Fonts& f = theme.fonts();
    const Palette& p = theme.colors();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool pressed = ImGui::InvisibleButton(field.id.c_str(), size);
    TapTargets::frame().record_last_item(field.id, field.question);
    // What was typed shows in the field: scripts find it there ("expect-visible Piet"), since
    // the read-aloud texts leave it out.
    if (!field.shown.empty()) TapTargets::frame().record_last_item(field.id + "-text", field.shown);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImU32 border = !field.error.empty() ? p.danger : field.focused ? p.primary : p.border;
    dl->AddRectFilled(a, b, p.surface, theme.radius());
    dl->AddRect(a, b, border, theme.radius(), 0,
                theme.px(field.focused || !field.error.empty() ? 6 : 3));

    ImFont* font = f.heading;
    float pad = theme.px(28);
    float ty = a.y + (size.y - font->FontSize) / 2;
    ImVec4 clip(a.x + pad / 2, a.y, b.x - pad / 2, b.y);
    bool empty = field.shown.empty();
    ImFont* tf = empty ? f.body : font;
    // The hint ends in "..." where it does not fit; typed text scrolls instead (below).
    const std::string text =
        empty ? fit_with_ellipsis(field.placeholder, tf, size.x - 2 * pad) : field.shown;
    float tty = empty ? a.y + (size.y - tf->FontSize) / 2 : ty;
    // A long name keeps its end in view, where the caret is.
    float text_w = text_width(tf, tf->FontSize, text);
    // Typing starts at the reading side: the right in Arabic, with the caret at the text's end
    // there (its left), and a long name keeps that end in view.
    bool rtl = theme.right_to_left();
    float tx = rtl ? b.x - pad - text_w : a.x + pad;
    if (!empty && field.focused)
        tx = rtl ? std::max(tx, a.x + pad + theme.px(9))
                 : std::min(tx, b.x - pad - theme.px(9) - text_w);
    draw_text(dl, tf, tf->FontSize, ImVec2(tx, tty), empty ? p.text_muted : p.text, text, nullptr,
              &clip);
    if (field.focused) {
        float caret_x = empty ? (rtl ? b.x - pad - theme.px(5) : a.x + pad)
                              : (rtl ? tx - theme.px(9) : tx + text_w + theme.px(4));
        caret_x = std::clamp(caret_x, a.x + pad / 2, b.x - pad);
        dl->AddRectFilled(ImVec2(caret_x, ty), ImVec2(caret_x + theme.px(5), ty + font->FontSize),
                          p.primary);
    }
    return pressed;
}

bool text_field(ScreenContext& ctx, const TextField& field, float width) {
    const Theme& theme = ctx.theme;
    ImVec2 o = ImGui::GetCursorScreenPos();
    question_label(theme, field.question, width);
    float box_y = ImGui::GetCursorScreenPos().y;
    bool speaker = !field.speakable_id.empty();
    float box_w = speaker ? width - theme.target() - theme.target_gap() : width;
    ImGui::SetCursorScreenPos(ImVec2(o.x, box_y));
    bool pressed = text_box(theme, field, ImVec2(box_w, theme.target()));
    if (speaker) {
        ImGui::SetCursorScreenPos(ImVec2(o.x + box_w + theme.target_gap(), box_y));
        speaker_button(ctx, "say-" + field.id, field.speakable_id, true);
    }
    float y = box_y + theme.target() + theme.px(8);
    if (!field.error.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(o.x, y));
        text_block(error_line(field.error), theme.fonts().bold, theme.colors().danger, width);
        y = ImGui::GetCursorScreenPos().y + theme.px(8);
    }
    if (speaker) {
        ctx.speakables->push_back({field.speakable_id, field.question});
        if (!field.error.empty())
            ctx.speakables->push_back({field.speakable_id + "-error", field.error});
    }
    // The next item starts exactly text_field_height() below: forms lay out from that figure.
    ImGui::SetCursorScreenPos(ImVec2(o.x, y - ImGui::GetStyle().ItemSpacing.y));
    ImGui::Dummy(ImVec2(width, 0));
    return pressed;
}

} // namespace bk
