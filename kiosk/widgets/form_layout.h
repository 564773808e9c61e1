// Where a form screen puts things under the top bar: the questions above, the on-screen keyboard
// across the bottom; two columns of questions in landscape, one in portrait.
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
    float column_w = 0; // one column (== width in portrait)
    bool two_columns = true;
    ImVec2 keyboard_pos; // top left of the keyboard
    ImVec2 keyboard_size;
    ImVec2 column(int i) const { return ImVec2(origin.x + float(i) * (column_w + gap), origin.y); }
    float gap = 0;
};

// Call right after top_bar(). `questions_h` is the height the questions need above the
// keyboard; 0 means no keyboard (the questions get the whole height).
FormLayout form_layout(const Theme& theme, float questions_h);

// On a small screen (800x480) the questions and a usable keyboard do not fit together. The form
// then shows either its text fields in one row with the keyboard under them, or all questions
// without the keyboard: a "Klaar" button hides the keyboard, tapping a field brings it back.
bool form_needs_compact(const Theme& theme, float questions_h);

// The width form_layout will give the questions area and one column, before it is called.
float form_width(const Theme& theme);
float form_column_width(const Theme& theme);

} // namespace bk
