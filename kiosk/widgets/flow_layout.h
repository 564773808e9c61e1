// Places items left to right and wraps to a new row when the next one does not fit: for chips
// and language buttons, whose count and width depend on content and language.
#pragma once
#include <imgui.h>

namespace bk {

class FlowLayout {
public:
    FlowLayout(float width, float spacing);
    // Moves the cursor to where an item of `size` goes.
    void place(ImVec2 size);
    // Leaves the cursor under the last row.
    void finish();
    float height() const { return y_ + row_h_; } // of the rows placed so far

private:
    ImVec2 origin_;
    float width_, spacing_;
    float x_ = 0, y_ = 0, row_h_ = 0;
};

} // namespace bk
