// Volunteer mode: "Activiteit toevoegen". A quick activity for today ("Vandaag soep"): a preset
// or a title of one's own, the time, places (or none: just come in), a category and a
// pictogram. It shows on the kiosk at once, is read aloud like any other, and goes to the hub,
// which keeps it for the group's kiosks until it has passed. Dutch only, like volunteer mode.
#include "screens/screens.h"

#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"
#include "icons.h"
#include "volunteer_session.h"
#include "widgets/buttons.h"
#include "widgets/flow_layout.h"
#include "widgets/notice.h"
#include "widgets/shown_text.h"
#include "widgets/stepper.h"
#include "widgets/text_field.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"
#include "widgets/typing_step.h"
#include "widgets/volunteer_gate.h"

#include <array>
#include <cstdio>
#include <stdexcept>

namespace bk {

namespace {

struct Preset {
    const char* title;
    Category category;
    const char* pictogram; // a name of icons.cpp
    int capacity;          // 0: no sign-up
};

// What Buurtkamers put up on the day most often; anything else is typed.
constexpr std::array kPresets{
    Preset{"Vandaag soep", Category::Eten, "restaurant", 20},
    Preset{"Spelletjesmiddag", Category::Ontmoeting, "groups", 12},
    Preset{"Koffie-ochtend", Category::Ontmoeting, "local_cafe", 0},
    Preset{"Samen wandelen", Category::Bewegen, "directions_walk", 10},
    Preset{"Knutselen", Category::Creatief, "palette", 8},
};

constexpr std::array kPictograms{"restaurant",        "local_cafe", "groups",     "palette",
                                 "directions_walk",   "menu_book",  "child_care", "chat",
                                 "volunteer_activism"};

TimeOfDay at(int minutes) {
    return TimeOfDay{minutes};
}

// A chip in a flow of chips: as wide as its words.
bool chip(const Theme& t, FlowLayout& flow, const std::string& id, const char* icon,
          const std::string& label, bool selected) {
    ImVec2 size(big_button_width(t, icon != nullptr, label), t.target());
    flow.place(size);
    return big_button(t, id, icon, label, size,
                      selected ? ButtonKind::Selected : ButtonKind::Secondary);
}

// Stores it; on success back to the lists, which say it is on the kiosk.
void put_on_kiosk(ScreenContext& ctx, VolunteerSession& session) {
    QuickActivityForm& form = session.quick_activity;
    form.error.clear();
    if (form.title.empty()) {
        form.error = "Kies een activiteit of typ een naam.";
        return;
    }
    if (form.end <= ctx.now.time.minutes) {
        form.error = "Die tijd is vandaag al voorbij. Kies een latere eindtijd.";
        return;
    }
    LocalActivity activity;
    activity.title = form.title;
    activity.date = ctx.now.date;
    activity.start = at(form.start);
    activity.end = at(form.end);
    if (form.capacity > 0) activity.capacity = form.capacity;
    activity.category = form.category;
    activity.pictogram = form.pictogram;
    try {
        if (!session.add_local_activity) throw std::runtime_error("no store");
        LocalActivity added = session.add_local_activity(activity);
        session.done_message = "\"" + added.title + "\" staat nu op de kiosk, vandaag " +
                               format_time(added.start) + " tot " + format_time(added.end) + ".";
        session.quick_activity = {};
        ctx.nav.back();
    } catch (const std::invalid_argument& e) {
        // The reason is for IT, in English; the volunteer gets what to do about it.
        std::fprintf(stderr, "buurtkiosk: quick activity refused: %s\n", e.what());
        form.error = "Dit kan de kiosk niet bewaren. Kies een kortere naam zonder bijzondere "
                     "tekens, en een eindtijd na de begintijd.";
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: quick activity not stored: %s\n", e.what());
        form.error = "Bewaren is niet gelukt. Probeer het opnieuw; lukt het niet, meld het dan "
                     "bij de gemeente.";
    }
}

} // namespace

void draw_quick_activity(ScreenContext& ctx) {
    VolunteerSession* open = open_volunteer_session(ctx);
    if (!open) return;
    VolunteerSession& session = *open;
    QuickActivityForm& form = session.quick_activity;
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    TextField title{"field-quick-title",
                    "Naam van de activiteit",
                    form.title,
                    "Bijvoorbeeld Vandaag soep",
                    "quick-title",
                    form.typing,
                    ""};
    if (form.typing) {
        if (typing_step(ctx, title, form.title, kLocalTitleMaxBytes / 2, "nl") == Typed::Done)
            form.typing = false;
        return;
    }
    top_bar(ctx, "Activiteit toevoegen");
    ImVec2 room = ImGui::GetContentRegionAvail();
    float width = std::min(room.x - 2 * t.gap() - t.px(16), t.px(1400));
    ImGui::SetCursorPosX(t.gap());
    begin_touch_scroll(t, "quick-activity", ImVec2(room.x - 2 * t.gap(), room.y - t.gap()),
                       ctx.nav.visit());
    shown_text(ctx,
               "Voor vandaag, " + long_date("nl", ctx.now.date) +
                   ". Bezoekers zien het meteen op de kiosk.",
               f.body, t.colors().text_muted, width);
    ImGui::Dummy(ImVec2(1, t.target_gap()));

    shown_text(ctx, "Wat is het?", f.bold, t.colors().text, width);
    FlowLayout presets(width, t.target_gap());
    for (const Preset& p : kPresets)
        if (chip(t, presets, std::string("preset-") + p.pictogram, icon::by_name(p.pictogram),
                 p.title, form.title == p.title)) {
            form.title = p.title;
            form.category = p.category;
            form.pictogram = p.pictogram;
            form.capacity = p.capacity;
        }
    if (chip(t, presets, "preset-own", icon::Add, "Zelf een naam typen", false)) {
        form.typing = true;
        ctx.visitor.forms.keyboard = KeyboardState{};
    }
    presets.finish();
    ImGui::Dummy(ImVec2(1, t.target_gap()));
    title.focused = false;
    if (text_field(ctx, title, width)) {
        form.typing = true;
        ctx.visitor.forms.keyboard = KeyboardState{};
    }
    ImGui::Dummy(ImVec2(1, t.gap()));

    shown_text(ctx, "Hoe laat?", f.bold, t.colors().text, width);
    // Quarter hours from 7:00 to 23:00; the end stays after the start.
    if (stepper(t, "quick-start", form.start, 7 * 60, 22 * 60 + 45, "begint", 15,
                format_time(at(form.start))))
        form.end = std::max(form.end, form.start + 15);
    ImGui::Dummy(ImVec2(1, t.target_gap()));
    stepper(t, "quick-end", form.end, form.start + 15, 23 * 60, "eindigt", 15,
            format_time(at(form.end)));
    ImGui::Dummy(ImVec2(1, t.gap()));

    shown_text(ctx, "Aanmelden?", f.bold, t.colors().text, width);
    stepper(t, "quick-places", form.capacity, 0, kLocalCapacityMax,
            form.capacity == 0 ? "niet nodig, iedereen kan binnenlopen"
                               : (form.capacity == 1 ? "plaats" : "plaatsen"),
            1, form.capacity == 0 ? "geen" : "");
    ImGui::Dummy(ImVec2(1, t.gap()));

    shown_text(ctx, "Soort activiteit", f.bold, t.colors().text, width);
    FlowLayout categories(width, t.target_gap());
    for (Category c : all_categories())
        if (chip(t, categories, std::string("quick-category-") + category_id(c), t.category_icon(c),
                 ui_text(std::string("cat-") + category_id(c), "nl"), form.category == c))
            form.category = c;
    categories.finish();
    ImGui::Dummy(ImVec2(1, t.gap()));

    shown_text(ctx, "Plaatje", f.bold, t.colors().text, width);
    FlowLayout pictograms(width, t.target_gap());
    for (const char* name : kPictograms) {
        ImVec2 size(t.target() * 1.3f, t.target());
        pictograms.place(size);
        if (big_button(t, std::string("pictogram-") + name, icon::by_name(name), "", size,
                       form.pictogram == name ? ButtonKind::Selected : ButtonKind::Secondary))
            form.pictogram = name;
    }
    pictograms.finish();
    ImGui::Dummy(ImVec2(1, t.gap()));

    if (!form.error.empty()) {
        notice(t, NoticeKind::Error, icon::Warning, form.error, width, f.bold);
        ctx.speakables->push_back({"quick-error", form.error});
        ImGui::Dummy(ImVec2(1, t.target_gap()));
    }
    ImVec2 button(
        std::min(width, std::max(t.px(500), big_button_width(t, true, "Zet op de kiosk"))),
        t.target());
    if (big_button(t, "quick-add", icon::Check, "Zet op de kiosk", button, ButtonKind::Primary))
        put_on_kiosk(ctx, session);
    ImGui::Dummy(ImVec2(1, t.gap()));
    end_touch_scroll();
}

} // namespace bk
