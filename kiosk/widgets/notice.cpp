#include "widgets/notice.h"

#include "widgets/text_block.h"
#include "widgets/text_line.h"

namespace bk {

namespace {
float icon_width(const Theme& t) {
    return t.fonts().heading->FontSize * 1.3f;
}
} // namespace

float notice_height(const Theme& t, const std::string& text, float width, ImFont* font) {
    if (!font) font = t.fonts().small;
    float pad = t.px(20);
    return text_block_height(text, font, width - 2 * pad - icon_width(t)) + 2 * pad;
}

void notice(const Theme& t, NoticeKind kind, const char* icon, const std::string& text, float width,
            ImFont* font) {
    if (!font) font = t.fonts().small;
    const Palette& p = t.colors();
    ImU32 fill = p.surface, ink = p.text, mark = p.primary;
    switch (kind) {
    case NoticeKind::Info: break;
    case NoticeKind::Warning:
        fill = p.accent;
        ink = p.on_accent;
        mark = p.on_accent;
        break;
    case NoticeKind::Error: mark = p.danger; break;
    case NoticeKind::Success: mark = p.success; break;
    }
    float pad = t.px(20);
    float h = notice_height(t, text, width, font);
    ImVec2 o = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(o, ImVec2(o.x + width, o.y + h), fill, t.radius());
    if (kind == NoticeKind::Error || kind == NoticeKind::Success)
        dl->AddRect(o, ImVec2(o.x + width, o.y + h), mark, t.radius(), 0, t.px(4));
    ImFont* hf = t.fonts().heading;
    float text_w = width - 2 * pad - icon_width(t);
    draw_pictogram(dl, hf, hf->FontSize,
                   ImVec2(t.from_start(o.x, o.x + width, pad, hf->FontSize), o.y + pad), mark,
                   icon);
    ImGui::SetCursorScreenPos(
        ImVec2(t.from_start(o.x, o.x + width, pad + icon_width(t), text_w), o.y + pad));
    text_block(text, font, ink, text_w);
    ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + h));
    ImGui::Dummy(ImVec2(width, 0));
}

} // namespace bk
