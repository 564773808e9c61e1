// Agenda: today or this week, filtered by category, as a list of cards a finger can scroll.
#include "screens/screens.h"

#include "buurtkiosk/content/occurrences.h"
#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/activity_card.h"
#include "widgets/buttons.h"
#include "widgets/flow_layout.h"
#include "widgets/tap_targets.h"
#include "widgets/text_block.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"

namespace bk {

namespace {
std::string category_name(Category c, const std::string& lang) {
    return ui_text(std::string("cat-") + category_id(c), lang);
}

// The category chips wrap onto more rows on narrow screens. With `draw` false only measures:
// returns the height they take.
float category_chips(ScreenContext& ctx, float width, bool draw = true) {
    const Theme& t = ctx.theme;
    ImFont* font = t.fonts().bold;
    float chip_h = t.target();
    FlowLayout flow(width, t.target_gap());
    auto chip = [&](const std::string& id, const char* icon, const std::string& label,
                    bool selected) {
        float w = text_width(font, font->FontSize, label) + font->FontSize * 1.1f + t.px(14) +
                  2 * t.px(28);
        flow.place(ImVec2(w, chip_h));
        if (!draw) return false;
        bool tapped = big_button(t, id, icon, label, ImVec2(w, chip_h),
                                 selected ? ButtonKind::Selected : ButtonKind::Secondary);
        return tapped;
    };
    bool week = ctx.visitor.agenda_week;
    if (chip("range-today", icon::Today, ui_text("today", ctx.lang()), !week))
        ctx.visitor.agenda_week = false;
    if (chip("range-week", icon::Event, ui_text("this_week", ctx.lang()), week))
        ctx.visitor.agenda_week = true;
    flow.place(ImVec2(t.gap(), chip_h)); // a little room between the day and the category choice
    if (chip("category-all", icon::Event, ui_text("all_categories", ctx.lang()),
             !ctx.visitor.agenda_category))
        ctx.visitor.agenda_category.reset();
    for (Category c : all_categories()) {
        bool selected = ctx.visitor.agenda_category == c;
        if (chip(std::string("category-") + category_id(c), t.category_icon(c),
                 category_name(c, ctx.lang()), selected))
            ctx.visitor.agenda_category = c;
    }
    if (draw) flow.finish();
    return flow.height();
}
} // namespace

void draw_agenda(ScreenContext& ctx) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    top_bar(ctx, ui_text("agenda", ctx.lang()));
    float width = ImGui::GetContentRegionAvail().x - 2 * t.gap();
    // Chips that would take more than a third of the room scroll with the list (a 7-inch
    // screen in large letters), so the activities are never squeezed out.
    ImVec2 top = ImGui::GetCursorPos(); // measuring moves the cursor
    float room = ImGui::GetContentRegionAvail().y;
    bool chips_scroll = category_chips(ctx, width, false) > room / 3;
    ImGui::SetCursorPos(top);
    if (!chips_scroll) {
        ImGui::SetCursorPosX(t.gap());
        ImGui::BeginGroup();
        category_chips(ctx, width);
        ImGui::EndGroup();
    }

    Date first = ctx.now.date;
    Date last = ctx.visitor.agenda_week ? add_days(first, 6) : first;
    const auto& all = ctx.occurrences(first, last);

    ImGui::SetCursorPosX(t.gap());
    float list_h = ImGui::GetContentRegionAvail().y - t.gap();
    begin_touch_scroll(t, "agenda-list", ImVec2(width, list_h));
    if (chips_scroll) {
        ImGui::BeginGroup();
        category_chips(ctx, width - t.px(16));
        ImGui::EndGroup();
    }
    // A list clipper over known heights: rows out of sight are counted, not laid out, so a
    // week of 5,000 activities costs what is on screen. Near the view they are still recorded
    // as hidden targets, for scripts that scroll to them.
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float card_w = width - t.px(16);
    const float card_h = activity_card_height(t);
    const float view_top = ImGui::GetScrollY();
    const float view_h = ImGui::GetWindowHeight();
    float passed = 0; // height of the rows passed over since the last one laid out
    auto in_sight = [&](float h) {
        float y = ImGui::GetCursorPosY() + passed;
        return y + h >= view_top && y <= view_top + view_h;
    };
    auto near_sight = [&](float h) {
        float y = ImGui::GetCursorPosY() + passed;
        return y + h >= view_top - 10 * view_h && y <= view_top + 11 * view_h;
    };
    auto catch_up = [&] {
        if (passed > 0) ImGui::Dummy(ImVec2(1, passed - spacing));
        passed = 0;
    };
    std::string spoken;
    Date shown_day{};
    int shown = 0;
    for (const Occurrence& o : all) {
        if (ctx.visitor.agenda_category && o.activity->category != *ctx.visitor.agenda_category)
            continue;
        if (has_ended(o, ctx.now.date, ctx.now.time)) continue;
        // A happening that started on an earlier day and still runs is shown on the first day.
        const Date on = std::max(o.when.date, first);
        if (ctx.visitor.agenda_week && on != shown_day) {
            shown_day = on;
            std::string day = on == ctx.now.date ? std::string(ui_text("today", ctx.lang())) +
                                                       ", " + long_date(ctx.lang(), on)
                                                 : long_date(ctx.lang(), on);
            if (in_sight(f.heading->FontSize)) {
                catch_up();
                heading_text(f.heading, day.c_str());
            } else {
                passed += f.heading->FontSize + spacing;
            }
            spoken += day + ". ";
        }
        if (in_sight(card_h)) {
            catch_up();
            if (activity_card(ctx, o, card_w)) open_activity(ctx, o);
        } else {
            if (near_sight(card_h)) {
                ImVec2 at = ImGui::GetCursorScreenPos();
                at.y += passed;
                TapTargets::frame().record_hidden(activity_card_id(o),
                                                  o.activity->title.in(ctx.lang()), at,
                                                  ImVec2(at.x + card_w, at.y + card_h));
            }
            passed += card_h + spacing;
        }
        spoken += start_aloud(o, ctx.lang()) + " " + o.activity->title.in(ctx.lang()) + ". ";
        ++shown;
    }
    catch_up();
    if (shown == 0) {
        text_block(ui_text("nothing_found", ctx.lang()), t.fonts().body, t.colors().text,
                   width - t.gap());
        spoken = ui_text("nothing_found", ctx.lang());
    }
    ImGui::Dummy(ImVec2(1, t.gap()));
    end_touch_scroll();
    ctx.speakables->push_back({"agenda-list", spoken});
}

} // namespace bk
