#include "widgets/question_label.h"

#include "widgets/text_block.h"

namespace bk {

void question_label(const Theme& t, const std::string& text, float width) {
    ImVec2 o = ImGui::GetCursorScreenPos();
    text_block(text, t.fonts().bold, t.colors().text, width);
    ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + question_label_height(t, text, width)));
}

float question_label_height(const Theme& t, const std::string& text, float width) {
    return text_block_height(text, t.fonts().bold, width) + t.px(8);
}

} // namespace bk
