#include "widgets/form_layout.h"

#include "widgets/keyboard.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"

#include <algorithm>

namespace bk {

bool form_fits_keyboard(const Theme& t, float questions_h) {
    float total_h = ImGui::GetContentRegionAvail().y - top_bar_height(t) - t.gap();
    return questions_h + t.gap() + keyboard_height(t, form_width(t)) <= total_h;
}

FormLayout form_layout(const Theme& t, float questions_h) {
    FormLayout l;
    l.gap = t.gap() * 2;
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    l.origin = ImVec2(cursor.x + t.gap(), cursor.y);
    l.width = avail.x - 2 * t.gap();
    float total_h = avail.y - t.gap();
    // The keyboard takes what the questions leave, never less than keys of 15 mm need.
    float kb_h = questions_h > 0
                     ? std::max(keyboard_height(t, l.width), total_h - questions_h - t.gap())
                     : 0;
    l.height = total_h - (kb_h > 0 ? kb_h + t.gap() : 0);
    l.two_columns = !t.portrait();
    l.column_w = l.two_columns ? (l.width - l.gap) / 2 : l.width;
    l.keyboard_pos = ImVec2(l.origin.x, l.origin.y + l.height + t.gap());
    l.keyboard_size = ImVec2(l.width, kb_h);
    return l;
}

FormLayout begin_form_overview(const Theme& t, const char* id, unsigned visit) {
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    ImGui::SetCursorScreenPos(ImVec2(cursor.x + t.gap(), cursor.y));
    begin_touch_scroll(t, id, ImVec2(avail.x - 2 * t.gap(), avail.y - t.gap()), visit);
    FormLayout l;
    l.gap = t.gap();
    l.origin = ImGui::GetCursorScreenPos();
    // Room on the right for the scroll bar, so it never covers a speaker button.
    l.width = ImGui::GetContentRegionAvail().x - t.px(24);
    l.height = ImGui::GetContentRegionAvail().y;
    l.column_w = l.width;
    l.two_columns = false;
    l.scrolls = true;
    return l;
}

void end_form_overview() {
    // A little room under the last button, so it can be scrolled clear of the edge.
    ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    end_touch_scroll();
}

float form_width(const Theme& t) {
    return ImGui::GetContentRegionAvail().x - 2 * t.gap();
}

float form_column_width(const Theme& t) {
    float width = form_width(t);
    return t.portrait() ? width : (width - 2 * t.gap()) / 2;
}

} // namespace bk
