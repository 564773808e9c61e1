// Activity detail: what, when, where, places left, and the way to sign up.
#include "screens/screens.h"

#include "buurtkiosk/content/occurrences.h"
#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/activity_card.h"
#include "widgets/buttons.h"
#include "widgets/picture.h"
#include "widgets/text_fit.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"

namespace bk {

namespace {
void fact_row(ScreenContext& ctx, const char* icon, const std::string& label,
              const std::string& value, const std::string& speak_id, float width) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 o = ImGui::GetCursorScreenPos();
    float indent = f.heading->FontSize * 1.5f;
    draw_pictogram(dl, f.heading, f.heading->FontSize,
                   ImVec2(t.from_start(o.x, o.x + width, 0, f.heading->FontSize), o.y),
                   t.colors().primary, icon);
    float text_x = t.from_start(o.x, o.x + width, indent, width - indent);
    draw_fitted(dl, f.small, f.small->FontSize, ImVec2(text_x, o.y), t.colors().text_muted, label,
                width - indent);
    ImGui::SetCursorScreenPos(ImVec2(text_x, o.y + f.small->FontSize * 1.25f));
    // The row is read as "label: value"; the word's place in the value comes after that prefix.
    ByteRange word = ctx.spoken_word ? ctx.spoken_word(speak_id) : ByteRange{};
    const std::size_t prefix = label.size() + 2;
    ByteRange spoken =
        word.begin >= prefix ? ByteRange{word.begin - prefix, word.end - prefix} : ByteRange{};
    text_block(value, f.bold, t.colors().text, width - indent, spoken, t.colors().background);
    ImGui::SetCursorScreenPos(ImVec2(o.x, ImGui::GetCursorScreenPos().y + t.px(12)));
    ctx.speakables->push_back({speak_id, label + ": " + value});
}
// "Aanmelden" and "Afmelden met code": side by side under the text, or one under the other.
void draw_actions(ScreenContext& ctx, ImVec2 sign_up_size, ImVec2 cancel_size, bool side_by_side) {
    const Theme& t = ctx.theme;
    if (big_button(t, "sign-up", icon::Person, ui_text("sign_up", ctx.lang()), sign_up_size,
                   ButtonKind::Primary))
        ctx.nav.go(Screen::SignUp);
    if (side_by_side)
        ImGui::SameLine(0, t.gap());
    else
        ImGui::Dummy(ImVec2(1, std::max(0.0f, t.target_gap() - ImGui::GetStyle().ItemSpacing.y)));
    if (big_button(t, "cancel-with-code", icon::Close, ui_text("cancel_with_code", ctx.lang()),
                   cancel_size, ButtonKind::Secondary)) {
        ctx.visitor.forms.cancel = CancelForm{};
        ctx.nav.go(Screen::Cancel);
    }
}
} // namespace

void draw_activity_detail(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    const Activity* a = ctx.content.find_activity(ctx.visitor.activity_id);
    if (!a) { // content changed under the visitor: never a dead end
        ctx.nav.home();
        return;
    }
    auto found = occurrence_on(*a, ctx.visitor.activity_date);
    if (!found) { // the date was moved or dropped by new content
        ctx.nav.home();
        return;
    }
    const Occurrence& o = *found;
    const std::string& title = a->title.in(ctx.lang());
    top_bar(ctx, title);
    // A cancelled happening still shows, so visitors who came for it know; nobody signs up.
    const bool sign_up = a->capacity && !o.when.cancelled;

    float width = ImGui::GetContentRegionAvail().x - 2 * t.gap();
    float action_h = sign_up ? t.target() + 2 * t.gap() : 0;
    // On a low screen in large letters fixed buttons would leave a slit of text: the buttons
    // then come at the end of the text, one under the other, and scroll with it.
    const bool actions_in_list = ImGui::GetContentRegionAvail().y - action_h < 2.5f * t.target();
    if (actions_in_list) action_h = 0;
    ImGui::SetCursorPosX(t.gap());
    begin_touch_scroll(t, "detail-body", ImVec2(width, ImGui::GetContentRegionAvail().y - action_h),
                       ctx.nav.visit());
    float text_w = std::min(width - t.gap(), t.px(1200));

    ImU32 color = t.category_color(a->category);
    std::string cat = std::string(t.category_icon(a->category)) + " " +
                      ui_text(std::string("cat-") + category_id(a->category), ctx.lang());
    ImVec2 c0 = ImGui::GetCursorScreenPos();
    ImVec2 cat_size(text_width(f.bold, f.bold->FontSize, cat), f.bold->FontSize);
    float chip_w = cat_size.x + t.px(48);
    c0.x = t.from_start(c0.x, c0.x + ImGui::GetContentRegionAvail().x, 0, chip_w);
    ImGui::GetWindowDrawList()->AddRectFilled(
        c0, ImVec2(c0.x + chip_w, c0.y + cat_size.y + t.px(20)), color, t.radius());
    draw_text(ImGui::GetWindowDrawList(), f.bold, f.bold->FontSize,
              ImVec2(c0.x + t.px(24), c0.y + t.px(10)), t.colors().on_primary, cat);
    ImGui::Dummy(ImVec2(cat_size.x, cat_size.y + t.px(20)));

    // The picture, when the bundle has one: beside the text on wide screens, above it otherwise.
    Picture pic = a->image.empty() ? Picture{} : picture(ctx.content.root + "/" + a->image);
    float pic_w = 0;
    if (pic) {
        if (width > t.px(1500)) {
            pic_w = std::min(t.px(560), width - text_w - t.gap());
            if (pic_w > t.px(200)) {
                ImVec2 keep = ImGui::GetCursorPos();
                ImGui::SetCursorPos(ImVec2(width - pic_w - t.px(16), keep.y));
                draw_picture(pic, pic_w, t.radius());
                ImGui::SetCursorPos(keep);
            }
        } else if (t.height() > t.px(1400)) { // tall screens only: keep the facts in view
            draw_picture(pic, std::min(text_w, t.px(640)), t.radius());
        }
    }
    ByteRange spoken_title = ctx.spoken_word ? ctx.spoken_word("detail-title") : ByteRange{};
    text_block(title, f.heading, t.colors().text, text_w, spoken_title, t.colors().background);
    ctx.speakables->push_back({"detail-title", title});

    const std::string& description = a->description.in(ctx.lang());
    if (!description.empty()) {
        ByteRange spoken = ctx.spoken_word ? ctx.spoken_word("detail-description") : ByteRange{};
        text_block(description, f.body, t.colors().text, text_w, spoken, t.colors().background);
        ctx.speakables->push_back({"detail-description", description});
        ImGui::Dummy(ImVec2(1, t.px(12)));
    }
    std::string when = long_date(ctx.lang(), o.when.date) + ", " + time_range(o, ctx.lang());
    fact_row(ctx, icon::Schedule, ui_text("when", ctx.lang()), when, "detail-when", text_w);
    if (!a->place.empty())
        fact_row(ctx, icon::Place, ui_text("where", ctx.lang()), a->place, "detail-where", text_w);
    if (!a->url.empty())
        fact_row(ctx, icon::Info, ui_text("more_info", ctx.lang()), a->url, "detail-url", text_w);
    std::string places = places_line(ctx, o);
    if (o.when.cancelled)
        fact_row(ctx, icon::People, ui_text("sign_up", ctx.lang()),
                 ui_text("cancelled_occurrence", ctx.lang()), "detail-places", text_w);
    else if (a->capacity)
        fact_row(ctx, icon::People, ui_text("sign_up", ctx.lang()), places, "detail-places",
                 text_w);
    else
        fact_row(ctx, icon::People, ui_text("sign_up", ctx.lang()), ui_text("walk_in", ctx.lang()),
                 "detail-places", text_w);
    if (sign_up && actions_in_list) {
        float bw = width - t.px(24); // room for the scroll bar
        ImGui::Dummy(ImVec2(1, t.gap()));
        draw_actions(ctx, ImVec2(bw, t.target()), ImVec2(bw, t.target()), false);
    }
    end_touch_scroll();

    if (sign_up && !actions_in_list) {
        ImGui::SetCursorPos(ImVec2(t.gap(), ImGui::GetCursorPosY() + t.gap() * 0.5f));
        float bw = std::min((width - t.gap()) * 0.6f, t.px(900));
        draw_actions(ctx, ImVec2(bw, t.target()),
                     ImVec2(std::min(width - bw - t.gap(), t.px(700)), t.target()), true);
    }
}

} // namespace bk
