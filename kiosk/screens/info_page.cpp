// One info page: a title and plain-language paragraphs, readable aloud word by word.
#include "screens/screens.h"

#include "icons.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"

namespace bk {

void draw_info_page(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    const InfoPage* page = ctx.content.find_page(ctx.visitor.page_id);
    if (!page) {
        ctx.nav.home();
        return;
    }
    const std::string& title = page->title.in(ctx.lang());
    top_bar(ctx, title);
    float width = ImGui::GetContentRegionAvail().x - 2 * t.gap();
    ImGui::SetCursorPosX(t.gap());
    begin_touch_scroll(t, "page-body", ImVec2(width, ImGui::GetContentRegionAvail().y - t.gap()));
    float text_w = std::min(width - t.gap(), t.px(1500));

    ImVec2 o = ImGui::GetCursorScreenPos();
    float icon_w = f.pictogram->FontSize * 1.2f;
    draw_pictogram(ImGui::GetWindowDrawList(), f.pictogram, f.pictogram->FontSize,
                   ImVec2(t.from_start(o.x, o.x + text_w, 0, f.pictogram->FontSize), o.y),
                   t.colors().primary, icon::by_name(page->icon));
    ImGui::SetCursorScreenPos(ImVec2(t.from_start(o.x, o.x + text_w, icon_w, text_w - icon_w),
                                     o.y + (f.pictogram->FontSize - f.heading->FontSize) / 2));
    ByteRange spoken_title = ctx.spoken_word ? ctx.spoken_word("page-title") : ByteRange{};
    text_block(title, f.heading, t.colors().text, text_w - f.pictogram->FontSize * 1.2f,
               spoken_title, t.colors().background);
    ImGui::SetCursorScreenPos(ImVec2(
        o.x, std::max(ImGui::GetCursorScreenPos().y, o.y + f.pictogram->FontSize + t.px(16))));
    ctx.speakables->push_back({"page-title", title});

    const std::string& body = page->body.in(ctx.lang());
    ByteRange spoken = ctx.spoken_word ? ctx.spoken_word("page-body") : ByteRange{};
    text_block(body, f.body, t.colors().text, text_w, spoken, t.colors().background);
    ctx.speakables->push_back({"page-body", body});
    ImGui::Dummy(ImVec2(1, t.gap()));
    end_touch_scroll();
}

} // namespace bk
