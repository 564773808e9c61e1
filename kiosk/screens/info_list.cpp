// Information: one big tile per info page the municipality published.
#include "screens/screens.h"

#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/buttons.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"

namespace bk {

void draw_info_list(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    top_bar(ctx, ui_text("info", ctx.lang()));
    float width = ImGui::GetContentRegionAvail().x - 2 * t.gap();
    ImGui::SetCursorPosX(t.gap());
    begin_touch_scroll(t, "info-list", ImVec2(width, ImGui::GetContentRegionAvail().y - t.gap()));
    int columns = (t.portrait() || width < t.px(1200)) ? 1 : 2;
    float tile_w = (width - t.px(16) - (columns - 1) * t.gap()) / columns;
    float tile_h = std::max(t.target() * 1.6f, t.px(220));
    std::string spoken;
    int i = 0;
    for (const InfoPage& page : ctx.content.pages) {
        if (i % columns != 0) ImGui::SameLine();
        const std::string& title = page.title.in(ctx.lang());
        if (tile(t, "page-" + page.id, icon::by_name(page.icon), title, "", ImVec2(tile_w, tile_h),
                 i % 2 ? t.category_color(Category::HulpEnAdvies) : t.colors().primary)) {
            ctx.visitor.page_id = page.id;
            ctx.nav.go(Screen::InfoPage);
        }
        spoken += title + ". ";
        ++i;
    }
    if (ctx.content.pages.empty()) {
        text_block(ui_text("no_content", ctx.lang()), t.fonts().body, t.colors().text,
                   ImGui::GetContentRegionAvail().x);
        spoken = ui_text("no_content", ctx.lang());
    }
    end_touch_scroll();
    ctx.speakables->push_back({"info-list", spoken});
}

} // namespace bk
