#include "widgets/form_layout.h"

#include <algorithm>

namespace bk {

FormLayout form_layout(const Theme& t, float questions_h) {
    FormLayout l;
    l.gap = t.gap() * 2;
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    l.origin = ImVec2(cursor.x + t.gap(), cursor.y);
    l.width = avail.x - 2 * t.gap();
    float total_h = avail.y - t.gap();
    bool with_keyboard = questions_h > 0;
    // The keyboard takes what the questions leave, within sizes a finger can still use.
    float kb_h = with_keyboard ? std::clamp(total_h - questions_h - t.gap(), t.px(340),
                                            std::max(t.px(340), total_h * 0.6f))
                               : 0;
    l.height = total_h - (with_keyboard ? kb_h + t.gap() : 0);
    l.two_columns = !t.portrait();
    l.column_w = l.two_columns ? (l.width - l.gap) / 2 : l.width;
    l.keyboard_pos = ImVec2(l.origin.x, l.origin.y + l.height + t.gap());
    l.keyboard_size = ImVec2(l.width, kb_h);
    return l;
}

float form_width(const Theme& t) {
    return ImGui::GetContentRegionAvail().x - 2 * t.gap();
}

float form_column_width(const Theme& t) {
    float width = form_width(t);
    return t.portrait() ? width : (width - 2 * t.gap()) / 2;
}

bool form_needs_compact(const Theme& t, float questions_h) {
    float total_h = ImGui::GetContentRegionAvail().y - t.gap();
    return questions_h + t.gap() + t.px(340) > total_h;
}

} // namespace bk
