#include "widgets/activity_card.h"

#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "widgets/tap_targets.h"
#include "widgets/text_fit.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"

namespace bk {

void open_activity(ScreenContext& ctx, const Occurrence& o) {
    ctx.visitor.activity_id = o.activity->id;
    ctx.visitor.activity_date = o.when.date;
    ctx.nav.go(Screen::ActivityDetail);
}

std::string time_range(const Occurrence& o, const std::string& language) {
    const DatedTime& w = o.when;
    std::string range;
    if (w.all_day) {
        range = ui_text("all_day", language);
        if (w.end_date != w.date)
            range +=
                ", " + ui_text("until_date", language, {{"date", long_date(language, w.end_date)}});
    } else if (!w.end) {
        range = format_time(w.start);
    } else {
        range = format_time(w.start) + " \xe2\x80\x93 ";
        // Past midnight into the next morning reads plainly; a longer run names its last day.
        if (w.end_date != w.date && (add_days(w.date, 1) != w.end_date || *w.end > w.start))
            range += long_date(language, w.end_date) + " ";
        range += format_time(*w.end);
    }
    if (w.cancelled) return ui_text("cancelled_occurrence", language) + std::string(": ") + range;
    return range;
}

std::string start_aloud(const Occurrence& o, const std::string& language) {
    std::string start = o.when.all_day ? ui_text("all_day", language) : format_time(o.when.start);
    if (o.when.cancelled) start += std::string(", ") + ui_text("cancelled_occurrence", language);
    return start;
}

std::string places_line(ScreenContext& ctx, const Occurrence& o) {
    if (!o.activity->capacity || o.when.cancelled) return {};
    int taken = ctx.places_taken ? ctx.places_taken(o.activity->id, o.when.date) : 0;
    int left = *o.activity->capacity - taken;
    if (left <= 0) return ui_text("full", ctx.lang());
    return ui_plural("places_left", ctx.lang(), left);
}

float activity_card_height(const Theme& t) {
    const Fonts& f = t.fonts();
    return std::max(t.target() * 1.35f,
                    f.bold->FontSize * 1.3f + f.body->FontSize * 2.6f + 2 * t.px(28));
}

std::string activity_card_id(const Occurrence& o) {
    return "card-" + o.activity->id + "-" + format_date_iso(o.when.date);
}

bool activity_card(ScreenContext& ctx, const Occurrence& o, float width, bool show_date) {
    const Theme& t = ctx.theme;
    const Palette& p = t.colors();
    const Fonts& f = t.fonts();
    const Activity& a = *o.activity;
    float pad = t.px(28);
    float stripe = t.px(150);
    float height = activity_card_height(t);

    std::string id = activity_card_id(o);
    const std::string& title = a.title.in(ctx.lang());
    bool tapped = ImGui::InvisibleButton(id.c_str(), ImVec2(width, height));
    TapTargets::frame().record_last_item(id, title);
    ImGui::SetItemAllowOverlap(); // the speaker button on the card takes its own taps
    ImVec2 after_card = ImGui::GetCursorScreenPos();
    // Scrolled out of view: nothing to draw, and no store query for its places (long agendas).
    if (!ImGui::IsItemVisible()) return tapped;
    bool held = ImGui::IsItemActive();
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 color = t.category_color(a.category);

    dl->AddRectFilled(ImVec2(min.x, min.y + t.px(4)), ImVec2(max.x, max.y + t.px(4)), p.shadow,
                      t.radius());
    dl->AddRectFilled(min, max, held ? p.surface_pressed : p.surface, t.radius());
    dl->AddRect(min, max, p.border, t.radius(), 0, t.px(2));
    // The stripe where reading starts (the right in Arabic), the chevron at the other end.
    float stripe_x = t.from_start(min.x, max.x, 0, stripe);
    dl->AddRectFilled(ImVec2(stripe_x, min.y), ImVec2(stripe_x + stripe, max.y), color, t.radius(),
                      t.right_to_left() ? ImDrawFlags_RoundCornersRight
                                        : ImDrawFlags_RoundCornersLeft);
    float icon_size = std::min(f.pictogram->FontSize * 0.8f, height - 2 * pad);
    draw_pictogram(dl, f.pictogram, icon_size,
                   ImVec2(stripe_x + (stripe - icon_size) / 2, min.y + (height - icon_size) / 2),
                   p.on_primary,
                   a.pictogram.empty() ? t.category_icon(a.category) : icon::by_name(a.pictogram));

    // The text's room leaves space for the speaker and the chevron.
    float text_at = stripe + pad;
    float room = width - pad - f.heading->FontSize - t.target() - t.px(24) - text_at;
    float x = t.from_start(min.x, max.x, text_at, room);
    float y = min.y + pad;
    std::string when = time_range(o, ctx.lang());
    if (show_date) when = long_date(ctx.lang(), o.when.date) + "  " + when;
    // In the text colour: a category colour on a pressed card would not reach 7:1. A cancelled
    // happening in the colour of errors, so it stands out in a list (it reaches 7:1 on a card).
    ImU32 when_color = o.when.cancelled && !held ? p.danger : p.text;
    draw_fitted(dl, f.bold, f.body->FontSize, ImVec2(x, y), when_color, when, room);
    y += f.body->FontSize * 1.25f;
    draw_fitted(dl, f.heading, f.bold->FontSize * 1.15f, ImVec2(x, y), p.text, title, room);
    y += f.bold->FontSize * 1.4f;

    std::string line;
    if (!a.place.empty()) line = std::string(icon::Place) + " " + a.place;
    std::string places = places_line(ctx, o);
    if (!places.empty())
        line += (line.empty() ? "" : "     ") + std::string(icon::People) + " " + places;
    draw_fitted(dl, f.small, f.small->FontSize, ImVec2(x, y), p.text_muted, line, room);
    float chevron = f.heading->FontSize;
    draw_pictogram(dl, f.heading, chevron,
                   ImVec2(t.from_start(min.x, max.x, width - pad - chevron * 0.9f, chevron),
                          min.y + (height - chevron) / 2),
                   p.text_muted, icon::ChevronRight);

    // Every card can be read aloud on its own. The list around it reads its activities when the
    // whole screen is read (also the ones scrolled out of view), so the card is left out then.
    std::string spoken = time_range(o, ctx.lang()) + ". " + title +
                         (a.place.empty() ? "" : ". " + a.place) +
                         (places.empty() ? "" : ". " + places);
    ctx.speakables->push_back({id, spoken, false});
    float speaker = std::min(t.target(), height - 2 * t.px(16));
    float speaker_at = width - pad - f.heading->FontSize - t.px(16) - speaker;
    ImGui::SetCursorScreenPos(
        ImVec2(t.from_start(min.x, max.x, speaker_at, speaker), min.y + (height - speaker) / 2));
    speaker_button(ctx, "speak-" + id, id, true);
    ImGui::SetCursorScreenPos(after_card);
    return tapped;
}

} // namespace bk
