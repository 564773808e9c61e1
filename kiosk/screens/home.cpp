// Home: the buurtkamer's name, today's date and time, today's activities, and big tiles to the
// agenda, information and the callback request.
#include "screens/screens.h"

#include "buurtkiosk/content/occurrences.h"
#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/home_date_line.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "frame_pacing.h"
#include "icons.h"
#include "widgets/activity_card.h"
#include "widgets/buttons.h"
#include "widgets/tap_targets.h"
#include "widgets/text_block.h"
#include "widgets/text_fit.h"
#include "widgets/text_line.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"

#include <imgui_internal.h>

#include <cctype>

namespace bk {

namespace {
std::string clock_text(const LocalDateTime& now) {
    return format_time(now.time);
}

ByteRange spoken_in(ScreenContext& ctx, const std::string& speakable_id) {
    return ctx.spoken_word ? ctx.spoken_word(speakable_id) : ByteRange{};
}

// A word of the spoken date line where the shown line has it; empty for "Het is" and the time.
ByteRange shown_word(const HomeDateLine& line, ByteRange word) {
    for (const HomeDateLine::Piece& piece : line.pieces) {
        std::size_t begin = std::max(word.begin, piece.spoken_at);
        std::size_t end = std::min(word.end, piece.spoken_at + piece.size);
        if (begin < end)
            return {begin - piece.spoken_at + piece.shown_at,
                    end - piece.spoken_at + piece.shown_at};
    }
    return {};
}

void header(ScreenContext& ctx, float width) {
    const Theme& t = ctx.theme;
    const Palette& p = t.colors();
    const Fonts& f = t.fonts();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 o = ImGui::GetCursorScreenPos();
    float h = std::max(f.display->FontSize * 1.1f, t.target()) + 2 * t.gap();
    dl->AddRectFilled(o, ImVec2(o.x + width, o.y + h), p.primary);
    float y_mid = o.y + h / 2;

    // Placed for a left-to-right screen; `at` mirrors a box `w` wide at `x` for Arabic, where
    // the name starts on the right and the clock and buttons are on the left.
    auto at = [&](float x, float w) { return t.right_to_left() ? 2 * o.x + width - x - w : x; };
    // Right to left: speaker, language, clock.
    float x = o.x + width - t.gap() - t.target();
    ImGui::SetCursorScreenPos(ImVec2(at(x, t.target()), y_mid - t.target() / 2));
    speaker_button(ctx, "speak-screen", "", true);
    std::string language = language_name(ctx.lang());
    if (t.portrait() || width < t.px(1400)) { // room for the name: "NL" instead of "Nederlands"
        language = ctx.lang();
        for (char& c : language)
            c = char(std::toupper(static_cast<unsigned char>(c)));
    }
    float lang_w = big_button_width(t, true, language);
    x -= t.gap() + lang_w;
    ImGui::SetCursorScreenPos(ImVec2(at(x, lang_w), y_mid - t.target() / 2));
    if (big_button(t, "language", icon::Translate, language, ImVec2(lang_w, t.target()),
                   ButtonKind::Secondary))
        ctx.nav.go(Screen::Language);

    const std::string& name =
        ctx.content.place.name.empty() ? std::string("Buurtkamer") : ctx.content.place.name;
    float name_x = o.x + t.gap() * 1.5f;
    float name_w = text_width(f.heading, f.heading->FontSize, name);
    // The name comes first; on a narrow screen the clock gets smaller rather than the name cut.
    std::string clock = clock_text(ctx.now);
    ImFont* clock_font = f.display;
    float clock_w = text_width(clock_font, clock_font->FontSize, clock);
    if (name_x + name_w + 2.5f * t.gap() + clock_w > x) {
        clock_font = f.heading;
        clock_w = text_width(clock_font, clock_font->FontSize, clock);
    }
    x -= t.gap() * 1.5f + clock_w;
    HomeDateLine date = home_date_line(ctx.content.place, ctx.now, ctx.lang());
    ByteRange date_word = spoken_in(ctx, "home-date");
    // The name, date and time are read like every other text, so they are highlighted the same
    // way: reversed, in the header's colours (text_block).
    ImGui::SetCursorScreenPos(
        ImVec2(at(x, clock_w + clock_font->FontSize), y_mid - clock_font->FontSize * 0.58f));
    bool time_read = date_word.begin < date.time_at + date.time_size &&
                     date_word.end > date.time_at && !date_word.empty();
    text_block(clock, clock_font, p.on_primary, clock_w + clock_font->FontSize,
               time_read ? ByteRange{0, clock.size()} : ByteRange{}, p.primary);

    // One line each, cut at the clock rather than wrapped.
    float clip_left = at(name_x - t.px(8), x - t.gap() - name_x + t.px(8));
    ImGui::PushClipRect(ImVec2(clip_left, o.y),
                        ImVec2(clip_left + x - t.gap() - name_x + t.px(8), o.y + h), true);
    // What does not fit ends in "…", never cut mid-letter.
    float room = x - t.gap() - name_x;
    std::string date_shown = fit_with_ellipsis(date.shown, f.bold, room);
    std::string name_shown = fit_with_ellipsis(name, f.heading, room);
    float date_w = text_width(f.bold, f.bold->FontSize, date_shown);
    ImGui::SetCursorScreenPos(
        ImVec2(at(name_x, date_w + f.bold->FontSize), y_mid + f.heading->FontSize * 0.38f));
    text_block(date_shown, f.bold, p.on_primary, date_w + f.bold->FontSize,
               shown_word(date, date_word), p.primary);
    ImGui::SetCursorScreenPos(
        ImVec2(at(name_x, name_w + f.heading->FontSize), y_mid - f.heading->FontSize * 0.66f));
    text_block(name_shown, f.heading, p.on_primary, name_w + f.heading->FontSize,
               spoken_in(ctx, "home-name"), p.primary);
    ImGui::PopClipRect();
    // The hidden volunteer entry: hold the buurtkamer's name for three seconds.
    float entry_w = std::max(t.px(200), std::min(name_w, x - name_x));
    ImGui::SetCursorScreenPos(ImVec2(at(name_x, entry_w), o.y));
    ImGui::InvisibleButton("volunteer-entry", ImVec2(entry_w, h));
    TapTargets::frame().record_last_item("volunteer-entry", ""); // no label: nothing to read
    if (ImGui::IsItemActive()) {
        request_animation_frame();
        if (ImGui::GetIO().MouseDownDuration[0] > 3.0f && ctx.volunteer) {
            ImGui::ClearActiveID();
            ctx.nav.go(Screen::Volunteer);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + h + t.gap()));

    ctx.speakables->push_back({"home-name", name});
    ctx.speakables->push_back({"home-date", date.spoken});
}

float announcements_height(ScreenContext& ctx, float width) {
    const Theme& t = ctx.theme;
    float h = 0;
    for (const Announcement* a : current_announcements(ctx.content, ctx.now.date)) {
        float icon_w = t.fonts().heading->FontSize * 1.4f;
        float text_w = width - 2 * t.gap() - icon_w - 2 * t.px(24);
        h += text_block_height(a->text.in(ctx.lang()), t.fonts().bold, text_w) + 2 * t.px(24) +
             t.gap();
    }
    return h;
}

void announcements(ScreenContext& ctx, float width) {
    const Theme& t = ctx.theme;
    auto current = current_announcements(ctx.content, ctx.now.date);
    for (const Announcement* a : current) {
        const std::string& text = a->text.in(ctx.lang());
        std::string id = "announcement-" + a->id;
        ImFont* font = t.fonts().bold;
        float icon_w = t.fonts().heading->FontSize * 1.4f;
        float text_w = width - 2 * t.gap() - icon_w - 2 * t.px(24);
        float h = text_block_height(text, font, text_w) + 2 * t.px(24);
        ImVec2 o = ImGui::GetCursorScreenPos();
        o.x += t.gap();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(o, ImVec2(o.x + width - 2 * t.gap(), o.y + h), t.colors().accent,
                          t.radius());
        float box_r = o.x + width - 2 * t.gap();
        draw_pictogram(dl, t.fonts().heading, t.fonts().heading->FontSize,
                       ImVec2(t.from_start(o.x, box_r, t.px(24), t.fonts().heading->FontSize),
                              o.y + (h - t.fonts().heading->FontSize) / 2),
                       t.colors().on_accent, icon::Campaign);
        ImGui::SetCursorScreenPos(
            ImVec2(t.from_start(o.x, box_r, t.px(24) + icon_w, text_w), o.y + t.px(24)));
        ByteRange spoken = ctx.spoken_word ? ctx.spoken_word(id) : ByteRange{};
        text_block(text, font, t.colors().on_accent, text_w, spoken, t.colors().accent);
        ImGui::SetCursorScreenPos(ImVec2(o.x - t.gap(), o.y + h + t.gap()));
        ctx.speakables->push_back({id, text});
    }
}

void today_cards(ScreenContext& ctx, float width);

void today_list(ScreenContext& ctx, ImVec2 size) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    std::string title = ui_text("today_at", ctx.lang(), {{"place", ctx.content.place.name}});
    ImGui::BeginGroup();
    heading_text(f.heading, title.c_str(), size.x);
    float list_h = size.y - f.heading->FontSize - t.gap();
    begin_touch_scroll(t, "today-list", ImVec2(size.x, list_h));
    today_cards(ctx, size.x);
    end_touch_scroll();
    ImGui::EndGroup();
}

// Today's activities still to come, as cards, or a way to the week when there are none.
void today_cards(ScreenContext& ctx, float width) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    std::string title = ui_text("today_at", ctx.lang(), {{"place", ctx.content.place.name}});
    const auto& all = ctx.occurrences(ctx.now.date, ctx.now.date);
    std::string spoken;
    int shown = 0;
    for (const Occurrence& o : all) {
        if (has_ended(o, ctx.now.date, ctx.now.time)) continue;
        if (activity_card(ctx, o, width - t.px(16))) open_activity(ctx, o);
        spoken += start_aloud(o, ctx.lang()) + " " + o.activity->title.in(ctx.lang()) + ". ";
        ++shown;
    }
    if (shown == 0) {
        text_block(ui_text("nothing_today", ctx.lang()), f.body, t.colors().text, width - t.gap());
        spoken = ui_text("nothing_today", ctx.lang());
        // No dead end: the week's agenda is one tap away.
        if (big_button(t, "home-week", icon::Event, ui_text("more_today", ctx.lang()),
                       ImVec2(0, t.target()), ButtonKind::Primary)) {
            ctx.visitor.agenda_week = true;
            ctx.visitor.agenda_category.reset();
            ctx.nav.go(Screen::Agenda);
        }
    }
    ctx.speakables->push_back({"home-today", title + ". " + spoken});
}

void tiles(ScreenContext& ctx, ImVec2 size, bool in_row) {
    const Theme& t = ctx.theme;
    struct TileSpec {
        const char* id;
        const char* icon;
        const char* title;
        const char* hint;
        ImU32 color;
        Screen target;
    };
    const TileSpec specs[] = {
        {"tile-agenda", icon::Event, "agenda", "agenda_hint", t.colors().primary, Screen::Agenda},
        {"tile-info", icon::Info, "info", "info_hint", t.category_color(Category::Ontmoeting),
         Screen::InfoList},
        {"tile-callback", icon::Call, "callback", "callback_hint",
         t.category_color(Category::HulpEnAdvies), Screen::Callback},
    };
    int n = int(std::size(specs));
    ImVec2 tile_size = in_row ? ImVec2((size.x - (n - 1) * t.gap()) / n, size.y)
                              : ImVec2(size.x, (size.y - (n - 1) * t.gap()) / n);
    for (int i = 0; i < n; ++i) {
        const TileSpec& s = specs[i];
        if (in_row && i > 0) ImGui::SameLine();
        std::string title = ui_text(s.title, ctx.lang());
        std::string hint = ui_text(s.hint, ctx.lang());
        if (tile(t, s.id, s.icon, title, hint, tile_size, s.color)) {
            if (s.target == Screen::Agenda) {
                ctx.visitor.agenda_week = false;
                ctx.visitor.agenda_category.reset();
            }
            ctx.nav.go(s.target);
        }
        ctx.speakables->push_back({s.id, title + ". " + hint});
    }
}

} // namespace

void draw_home(ScreenContext& ctx) {
    // Home is where the next visitor starts: a sign-up that is done (left by "Home" instead of
    // "Klaar") takes its name and number with it. "Terug" on the confirmation still shows the
    // visitor their own form, which confirms the same sign-up again.
    if (!ctx.visitor.forms.receipt.code.empty()) {
        ctx.visitor.forms.sign_up = SignUpForm{};
        ctx.visitor.forms.receipt = SignUpReceiptView{};
        ctx.visitor.forms.keyboard = KeyboardState{};
    }
    const Theme& t = ctx.theme;
    float width = ImGui::GetContentRegionAvail().x;
    header(ctx, width);
    if (!ctx.content_problems.empty()) {
        ImGui::SetCursorPosX(t.gap());
        text_block(std::string(icon::Warning) + " " + ui_text("content_problem", ctx.lang()),
                   t.fonts().body, t.colors().danger, width - 2 * t.gap());
    }
    ImVec2 start = ImGui::GetCursorPos();
    float avail_h = ImGui::GetContentRegionAvail().y - t.gap();
    // Too little room for the announcements, the tiles at full touch size and two activities
    // (a 7-inch screen in large letters): one scrolling column, the tiles first.
    float tiles_min_h = 3 * t.target() * 1.25f + 2 * t.gap();
    float needed = t.portrait() ? tiles_min_h + 3 * t.target() : tiles_min_h;
    float notices_h = announcements_height(ctx, width);
    if (avail_h - notices_h < needed) {
        ImGui::SetCursorPos(ImVec2(t.gap(), start.y));
        begin_touch_scroll(t, "home-column", ImVec2(width - 2 * t.gap(), avail_h));
        float column_w = width - 2 * t.gap() - t.px(16);
        ImGui::BeginGroup();
        tiles(ctx, ImVec2(column_w, tiles_min_h), false);
        ImGui::EndGroup();
        ImGui::SetCursorPosX(-t.gap());
        announcements(ctx, column_w + 2 * t.gap());
        std::string title = ui_text("today_at", ctx.lang(), {{"place", ctx.content.place.name}});
        heading_text(t.fonts().heading, title.c_str(), column_w);
        today_cards(ctx, column_w);
        end_touch_scroll();
        return;
    }
    announcements(ctx, width);
    start = ImGui::GetCursorPos();
    avail_h = ImGui::GetContentRegionAvail().y - t.gap();
    if (t.portrait()) {
        float tiles_h = 3 * std::max(t.target() * 1.25f, avail_h * 0.1f) + 2 * t.gap();
        ImGui::SetCursorPos(ImVec2(t.gap(), start.y));
        ImGui::BeginGroup();
        tiles(ctx, ImVec2(width - 2 * t.gap(), tiles_h), false);
        ImGui::EndGroup();
        ImGui::SetCursorPos(ImVec2(t.gap(), start.y + tiles_h + t.gap()));
        today_list(ctx, ImVec2(width - 2 * t.gap(), avail_h - tiles_h - t.gap()));
    } else {
        float left_w = (width - 3 * t.gap()) * 0.56f;
        float right_w = width - 3 * t.gap() - left_w;
        // The activities where reading starts, the tiles beside them: mirrored in Arabic.
        float list_x = t.right_to_left() ? 2 * t.gap() + right_w : t.gap();
        float tiles_x = t.right_to_left() ? t.gap() : 2 * t.gap() + left_w;
        ImGui::SetCursorPos(ImVec2(list_x, start.y));
        today_list(ctx, ImVec2(left_w, avail_h));
        ImGui::SetCursorPos(ImVec2(tiles_x, start.y));
        ImGui::BeginGroup();
        tiles(ctx, ImVec2(right_w, avail_h), false);
        ImGui::EndGroup();
    }
}

} // namespace bk
