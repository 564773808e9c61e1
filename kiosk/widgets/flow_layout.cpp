#include "widgets/flow_layout.h"

#include <algorithm>

namespace bk {

FlowLayout::FlowLayout(float width, float spacing)
    : origin_(ImGui::GetCursorScreenPos()), width_(width), spacing_(spacing) {}

void FlowLayout::place(ImVec2 size) {
    if (x_ > 0 && x_ + size.x > width_) {
        x_ = 0;
        y_ += row_h_ + spacing_;
        row_h_ = 0;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin_.x + x_, origin_.y + y_));
    x_ += size.x + spacing_;
    row_h_ = std::max(row_h_, size.y);
}

void FlowLayout::finish() {
    ImGui::SetCursorScreenPos(ImVec2(origin_.x, origin_.y + y_ + row_h_));
    ImGui::Dummy(ImVec2(0, 0));
}

} // namespace bk
