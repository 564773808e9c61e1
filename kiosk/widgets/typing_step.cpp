#include "widgets/typing_step.h"

#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/keyboard.h"
#include "widgets/question_label.h"
#include "widgets/text_block.h"
#include "widgets/text_fit.h"
#include "widgets/top_bar.h"

namespace bk {

Typed typing_step(ScreenContext& ctx, const TextField& field, std::string& text,
                  std::size_t max_chars, const std::string& letters) {
    const Theme& t = ctx.theme;
    const std::string& lang = ctx.lang();
    ImFont* bold = t.fonts().bold;
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    ImVec2 avail = ImGui::GetContentRegionAvail();
    ImVec2 origin(cursor.x + t.gap(), cursor.y + t.gap());
    float width = avail.x - 2 * t.gap();
    float height = avail.y - 2 * t.gap();
    Typed result = Typed::Nothing;

    // The question above the row and the error under it, each only where the keyboard keeps its
    // room: both are read aloud by the speaker, and shown in full on the form after "Klaar".
    float room = height - t.target() - keyboard_height(t, width) - 2 * t.target_gap();
    float y = origin.y;
    auto line = [&](const std::string& words, ImU32 color) {
        float h = text_block_height(words, bold, width);
        if (h > room) return;
        ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
        text_block(words, bold, color, width);
        y += h;
        room -= h;
    };
    line(field.question, t.colors().text);

    std::string done = ui_text("done", lang);
    float done_w = big_button_width(t, true, done);
    float box_w = width - t.target() - done_w - 2 * t.target_gap();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    speaker_button(ctx, "say-" + field.id, field.speakable_id, true);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + t.target() + t.target_gap(), y));
    text_box(t, field, ImVec2(box_w, t.target()));
    ImGui::SetCursorScreenPos(ImVec2(origin.x + width - done_w, y));
    if (big_button(t, "keyboard-done", icon::Check, done, ImVec2(done_w, t.target()),
                   ButtonKind::Primary))
        result = Typed::Done;
    y += t.target() + t.target_gap();

    if (!field.error.empty())
        line(std::string(icon::Warning) + " " + field.error, t.colors().danger);
    ctx.speakables->push_back({field.speakable_id, field.question});
    if (!field.error.empty())
        ctx.speakables->push_back({field.speakable_id + "-error", field.error});

    ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
    ImVec2 keys(width, origin.y + height - y);
    if (keyboard(t, ctx.visitor.forms.keyboard, text, keys, max_chars, letters) &&
        result == Typed::Nothing)
        result = Typed::Changed;
    return result;
}

} // namespace bk
