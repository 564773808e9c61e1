// Where a form screen puts things under the top bar. Where the questions and a keyboard with
// keys of at least 15 mm fit together, the questions come above (two columns in landscape, one in
// portrait) and the keyboard across the bottom. Where they do not (a 7-inch screen, a 10-inch one
// in large letters), the form goes step by step: its questions in one column that scrolls, and
// tapping a field opens a typing step with that one field over the keyboard (typing_step.h).
#pragma once
#include "theme.h"

namespace bk {

// Where the next tap target may start under the last item: a target gap below it.
inline float below_last_item(const Theme& t) {
    return ImGui::GetItemRectMax().y + t.target_gap();
}

struct FormLayout {
    ImVec2 origin;      // top left of the questions (screen coordinates)
    float width = 0;    // of the questions area
    float height = 0;   // of the questions area
    float column_w = 0; // one column (== width in one column)
    bool two_columns = true;
    bool scrolls = false; // the questions are in a list that scrolls (end_form_overview)
    ImVec2 keyboard_pos;  // top left of the keyboard
    ImVec2 keyboard_size; // (0, 0) without one
    float gap = 0;
    ImVec2 column(int i) const { return ImVec2(origin.x + float(i) * (column_w + gap), origin.y); }
};

// Whether `questions_h` of questions (laid out by form_column_width) and the keyboard fit under
// the top bar. Call it before top_bar(), to choose between the form and its typing step.
bool form_fits_keyboard(const Theme& theme, float questions_h);

// Call right after top_bar(). `questions_h` is the height the questions need above the
// keyboard; 0 means no keyboard (the questions get the whole height).
FormLayout form_layout(const Theme& theme, float questions_h);

// Call right after top_bar(): the questions in one column, in a list a finger scrolls, with no
// keyboard. Always pair with end_form_overview(). Each `id` keeps its scroll position between
// the typing steps, and starts at the top on each new `visit` (Navigation::visit()).
FormLayout begin_form_overview(const Theme& theme, const char* id, unsigned visit);
void end_form_overview();

// The width form_layout will give the questions area and one column, before it is called.
float form_width(const Theme& theme);
float form_column_width(const Theme& theme);

} // namespace bk
