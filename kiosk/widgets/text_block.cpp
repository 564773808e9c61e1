#include "widgets/text_block.h"

#include "widgets/text_line.h"

#include <algorithm>

namespace bk {

void text_block(const std::string& text, ImFont* font, ImU32 color, float width,
                ByteRange highlight, ImU32 background) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float size = font->FontSize;
    float line_h = size * 1.3f;
    std::vector<ByteRange> lines = wrap_lines(font, size, text, width);
    bool right_to_left = text_right_to_left();
    for (const ByteRange& line : lines) {
        std::string_view shown = std::string_view(text).substr(line.begin, line.end - line.begin);
        // The word being read, counted from the line's start.
        TextMarker marker{{}, color, background};
        if (!highlight.empty() && highlight.begin < line.end && highlight.end > line.begin)
            marker.range = {std::max(highlight.begin, line.begin) - line.begin,
                            std::min(highlight.end, line.end) - line.begin};
        float x = pos.x;
        if (right_to_left) x += width - text_width(font, size, shown);
        draw_text(dl, font, size, ImVec2(x, pos.y), color, shown,
                  marker.range.empty() ? nullptr : &marker);
        pos.y += line_h;
    }
    ImGui::Dummy(ImVec2(width, float(std::max<std::size_t>(1, lines.size())) * line_h));
}

void heading_text(ImFont* heading, const char* text, float width) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    // Without a column: as far from the window's right edge as the cursor is from its left.
    if (width <= 0) width = ImGui::GetContentRegionAvail().x - ImGui::GetCursorPosX();
    float w = text_width(heading, heading->FontSize, text);
    if (text_right_to_left()) pos.x += width - w;
    draw_text(ImGui::GetWindowDrawList(), heading, heading->FontSize, pos,
              ImGui::GetColorU32(ImGuiCol_Text), text);
    ImGui::Dummy(ImVec2(w, heading->FontSize));
}

float text_block_height(const std::string& text, ImFont* font, float width) {
    std::size_t lines = wrap_lines(font, font->FontSize, text, width).size();
    return float(std::max<std::size_t>(1, lines)) * font->FontSize * 1.3f;
}

} // namespace bk
