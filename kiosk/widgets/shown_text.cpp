#include "widgets/shown_text.h"

#include "widgets/text_block.h"

namespace bk {

void shown_text(ScreenContext& ctx, const std::string& text, ImFont* font, ImU32 color,
                float width) {
    std::string id = "volunteer-" + std::to_string(ctx.speakables->size());
    ByteRange spoken = ctx.spoken_word ? ctx.spoken_word(id) : ByteRange{};
    text_block(text, font, color, width, spoken, ctx.theme.colors().background);
    ctx.speakables->push_back({id, text});
}

void shown_heading(ScreenContext& ctx, const char* text) {
    heading_text(ctx.theme.fonts().heading, text);
    ctx.speakables->push_back({"volunteer-" + std::to_string(ctx.speakables->size()), text});
}

} // namespace bk
