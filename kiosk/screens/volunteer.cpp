// Volunteer mode, behind the PIN: today's sign-up lists, cancelling a sign-up, and how sync and
// content are doing. Volunteers work in Dutch, so this screen is Dutch only.
#include "screens/screens.h"

#include "buurtkiosk/content/occurrences.h"
#include "buurtkiosk/i18n/calendar_names.h"
#include "icons.h"
#include "volunteer_session.h"
#include "widgets/activity_card.h"
#include "widgets/buttons.h"
#include "widgets/keyboard.h"
#include "widgets/notice.h"
#include "widgets/pin_pad.h"
#include "widgets/shown_text.h"
#include "widgets/text_block.h"
#include "widgets/top_bar.h"
#include "widgets/touch_scroll.h"

namespace bk {

namespace {
std::string clock_of(TimePoint t) {
    LocalDateTime local = to_local(t);
    return long_date("nl", local.date) + " " + format_time(local.time);
}

// " (3 dagen oud)": old content is the first thing to ask the municipality about.
std::string content_age(const std::string& created, Date today) {
    std::optional<Date> made = parse_date(created.substr(0, 10));
    if (!made) return {};
    const int days =
        static_cast<int>((std::chrono::sys_days{today} - std::chrono::sys_days{*made}).count());
    if (days <= 0) return " (vandaag)";
    return " (" + std::to_string(days) + (days == 1 ? " dag oud)" : " dagen oud)");
}

// Whether the hub answers, from the sync's last cycles.
std::string network_words(const SyncStatus& s) {
    if (s.failed_cycles > 0)
        return "Netwerk: de hub antwoordt niet (" + std::to_string(s.failed_cycles) +
               (s.failed_cycles == 1 ? " poging" : " pogingen") + " achter elkaar).";
    if (!s.last_attempt) return "Netwerk: nog niet geprobeerd.";
    return "Netwerk: de hub antwoordt.";
}

std::string callback_count(int n) {
    return n == 1 ? "1 terugbelverzoek" : std::to_string(n) + " terugbelverzoeken";
}

// What volunteers must act on before anything else: callback requests that no sync will deliver,
// and a hub out of touch. Only a count: names and numbers stay off the overview.
std::string callback_warning(VolunteerSession& session) {
    CallbackDelivery delivery =
        session.callback_delivery ? session.callback_delivery() : CallbackDelivery::ByVolunteer;
    int waiting = session.callbacks_waiting ? session.callbacks_waiting() : 0;
    if (delivery == CallbackDelivery::ByVolunteer) {
        if (waiting == 0) return {};
        return callback_count(waiting) + (waiting == 1 ? " moet" : " moeten") +
               " met de hand worden doorgegeven aan het sociaal team: er is geen hub ingesteld, "
               "de kiosk verstuurt niets. Tik op Terugbelverzoeken doorgeven.";
    }
    if (delivery == CallbackDelivery::Hub) return {};
    std::optional<SyncStatus> s = session.sync_status ? session.sync_status() : std::nullopt;
    std::string since =
        s && s->last_success ? "sinds " + clock_of(*s->last_success) : std::string("nog nooit");
    std::string text = "De kiosk heeft " + since + " geen verbinding gehad met de hub. ";
    if (waiting > 0)
        text +=
            callback_count(waiting) + (waiting == 1 ? " wacht" : " wachten") + " op deze kiosk. ";
    return text + "Meld dit bij de gemeente.";
}

void check_pin(VolunteerSession& session, TimePoint now) {
    PinCheck result = session.access.try_pin(session.pin_entry, now);
    session.pin_entry.clear();
    if (result == PinCheck::Accepted)
        session.message.clear();
    else if (result == PinCheck::Wrong)
        session.message = "Deze pincode klopt niet. Probeer het opnieuw.";
    else if (auto until = session.access.locked_until(now))
        session.message = "Te vaak een verkeerde pincode. Probeer het opnieuw na " +
                          format_time(to_local(*until).time) + ".";
}

// The whole gate fits without scrolling on every screen down to the 7-inch 800x480, or a
// volunteer cannot reach OK. The prompt and the dots go above the keys when there is room for
// keys of at least a full touch target; on a low landscape screen they go beside them, and the
// keys take the full height.
void pin_gate(ScreenContext& ctx, VolunteerSession& session, TimePoint now) {
    const Theme& t = ctx.theme;
    top_bar(ctx, "Vrijwilliger");
    ImVec2 room = ImGui::GetContentRegionAvail();
    room = ImVec2(room.x - 2 * t.gap(), room.y - t.gap());
    if (!session.access.pin_configured()) {
        ImGui::SetCursorPosX(t.gap());
        shown_text(ctx,
                   "Er is nog geen pincode voor vrijwilligers ingesteld. Vraag degene die deze "
                   "kiosk heeft geïnstalleerd (meestal de ICT van de gemeente) om er een in te "
                   "stellen.",
                   t.fonts().body, t.colors().text, room.x);
        return;
    }
    std::string prompt = session.message.empty() ? "Typ uw pincode." : session.message;
    ImU32 prompt_color = session.message.empty() ? t.colors().text : t.colors().danger;
    bool locked = session.access.locked_until(now).has_value();
    float spacing = ImGui::GetStyle().ItemSpacing.y;
    float width = std::min(t.px(900), room.x);
    float above =
        text_block_height(prompt, t.fonts().bold, width) + spacing + pin_dots_height(t) + spacing;
    float most = pin_keys_height(t, pin_key_max_height(t));
    bool stacked = t.portrait() || room.y - above >= pin_keys_height(t, t.target());

    float column = stacked ? width : room.x * 0.4f;
    // Keys never below a full touch target: in large letters on a 7-inch screen the pad
    // scrolls rather than shrinks.
    float least_keys = pin_keys_height(t, t.target());
    bool scrolls = !stacked && room.y < least_keys;
    float across = room.x; // what the prompt and the keys share
    if (scrolls) {
        ImGui::SetCursorPosX(t.gap());
        begin_touch_scroll(t, "pin-gate", ImVec2(room.x, room.y));
        // Inside the scroll area its padding and scroll bar take their part.
        across = ImGui::GetContentRegionAvail().x;
    }
    if (!scrolls) ImGui::SetCursorPosX(stacked ? (room.x - width) / 2 + t.gap() : t.gap());
    ImGui::BeginGroup();
    shown_text(ctx, prompt, t.fonts().bold, prompt_color, column);
    if (!locked) pin_dots(t, session.pin_entry, 8, column);
    ImGui::EndGroup();
    if (!locked) {
        ImVec2 keys(width, std::min(most, room.y - above));
        if (!stacked) {
            ImGui::SameLine(0, t.gap());
            keys = ImVec2(across - column - t.gap(), std::max(least_keys, std::min(most, room.y)));
        } else {
            ImGui::SetCursorPosX((room.x - width) / 2 + t.gap());
        }
        if (pin_keys(t, session.pin_entry, 8, keys)) check_pin(session, now);
    }
    if (scrolls) end_touch_scroll();
}

// "Afmelden" sits beside "Is er": one slip of the finger must not cancel a visitor's place, so
// the two buttons make way for a question first.
void cancel_question(const Theme& t, VolunteerSession& session, const SignUp& s, ImVec2 button) {
    ImVec2 yes(std::max(button.x, big_button_width(t, true, "Ja, afmelden")), button.y);
    if (big_button(t, "cancel-yes-" + s.code, icon::Close, "Ja, afmelden", yes,
                   ButtonKind::Primary)) {
        if (session.cancel_sign_up) session.cancel_sign_up(s.code);
        session.cancel_question.clear();
    }
    ImGui::SameLine(0, t.px(16));
    if (big_button(t, "cancel-no-" + s.code, icon::Back, "Nee", button))
        session.cancel_question.clear();
}

// People per state on one occurrence's list (walk-ins and moved-up ones are confirmed too).
struct ListCounts {
    int signed_up = 0, present = 0, waiting = 0, no_shows = 0;

    void add(const SignUp& s) {
        if (s.status == SignUpStatus::WaitingList) {
            waiting += s.people;
            return;
        }
        signed_up += s.people;
        if (s.checked_in_at) present += s.people;
        if (s.no_show_at) no_shows += s.people;
    }
    std::string words() const {
        return std::to_string(signed_up) + " aangemeld, " + std::to_string(present) +
               " aanwezig, " + std::to_string(waiting) + " op de wachtlijst" +
               (no_shows ? ", " + std::to_string(no_shows) + " niet gekomen" : "");
    }
};

std::string people(int n) {
    return std::to_string(n) + (n == 1 ? " persoon" : " personen");
}

// The list as a volunteer who reads badly hears it, names included: only on its own button,
// never when the whole screen is read to whoever stands near.
std::string list_aloud(const Occurrence& o, const std::vector<SignUp>& list,
                       const ListCounts& counts) {
    std::string text =
        o.activity->title.in("nl") + ", " + time_range(o, "nl") + ". " + counts.words() + ".";
    for (const SignUp& s : list)
        text += " " + s.first_name + ", " + people(s.people) +
                (!s.walk_in        ? ""
                 : s.over_capacity ? ", binnengelopen boven het aantal plaatsen"
                                   : ", binnengelopen") +
                (s.status == SignUpStatus::WaitingList ? ", op de wachtlijst"
                 : s.checked_in_at                     ? ", aanwezig"
                 : s.no_show_at                        ? ", niet gekomen"
                                                       : "") +
                ".";
    return text;
}

// This week's totals over every activity with sign-up, Monday to Sunday.
void week_totals(ScreenContext& ctx, VolunteerSession& session, float width) {
    if (!session.list_sign_ups) return;
    const Date monday = add_days(ctx.now.date, -int(iso_weekday(ctx.now.date)) + 1);
    ListCounts week;
    for (const Occurrence& o : ctx.occurrences(monday, add_days(monday, 6))) {
        if (!o.activity->capacity) continue;
        for (const SignUp& s : session.list_sign_ups(o.activity->id, o.when.date))
            week.add(s);
    }
    shown_text(ctx, "Deze week: " + week.words() + ".", ctx.theme.fonts().small,
               ctx.theme.colors().text_muted, width);
}

void sign_up_lists(ScreenContext& ctx, VolunteerSession& session, float width) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    shown_heading(ctx, "Aanmeldingen vandaag");
    week_totals(ctx, session, width);
    if (!session.done_message.empty()) {
        notice(t, NoticeKind::Success, icon::Check, session.done_message, width);
        ctx.speakables->push_back({"volunteer-done", session.done_message});
        ImGui::Dummy(ImVec2(1, t.px(8)));
    }
    int shown = 0;
    const bool with_hub = session.sync_status && session.sync_status().has_value();
    for (const Occurrence& o : ctx.occurrences(ctx.now.date, ctx.now.date)) {
        if (!o.activity->capacity) continue;
        ++shown;
        int taken = ctx.places_taken ? ctx.places_taken(o.activity->id, o.when.date) : 0;
        // With a hub, a count the hub has not given yet may miss other kiosks' sign-ups.
        bool provisional = with_hub && session.counted_by_hub &&
                           !session.counted_by_hub(o.activity->id, o.when.date);
        std::string head = time_range(o, "nl") + "  " + o.activity->title.in("nl") + "  (" +
                           std::to_string(taken) + " van " + std::to_string(*o.activity->capacity) +
                           " plaatsen" + (provisional ? ", voorlopig: alleen deze kiosk" : "") +
                           ")";
        shown_text(ctx, head, f.bold, t.colors().text, width);
        std::vector<SignUp> list = session.list_sign_ups
                                       ? session.list_sign_ups(o.activity->id, o.when.date)
                                       : std::vector<SignUp>{};
        const std::string key = o.activity->id + "-" + format_date_iso(o.when.date);
        if (list.empty())
            shown_text(ctx, "Nog niemand aangemeld.", f.small, t.colors().text_muted, width);
        else {
            ListCounts counts;
            for (const SignUp& s : list)
                counts.add(s);
            shown_text(ctx, counts.words(), f.small, t.colors().text_muted, width);
            ctx.speakables->push_back(
                {"volunteer-list-" + key, list_aloud(o, list, counts), false});
            if (big_button(t, "read-list-" + key, icon::Speaker, "Lijst voorlezen",
                           ImVec2(std::min(width, big_button_width(t, true, "Lijst voorlezen")),
                                  t.target())) &&
                ctx.speak)
                ctx.speak("volunteer-list-" + key);
            ImGui::Dummy(ImVec2(1, t.px(8)));
        }
        const bool ended = has_ended(o, ctx.now.date, ctx.now.time);
        for (const SignUp& s : list) {
            std::string who = s.first_name + " (" + people(s.people) + ")  " +
                              (s.walk_in ? std::string(s.over_capacity ? "binnengelopen, boven "
                                                                         "het aantal plaatsen"
                                                                       : "binnengelopen")
                                         : "code " + s.code) +
                              (s.status != SignUpStatus::WaitingList ? ""
                               : s.moved_by_hub ? "  wachtlijst: de hub was al vol"
                                                : "  wachtlijst");
            // The person on one line, what a volunteer can do under it.
            ImVec2 row = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddText(f.body, f.body->FontSize,
                                                ImVec2(row.x + t.px(24), row.y), t.colors().text,
                                                who.c_str());
            float buttons_y = row.y + f.body->FontSize * 1.4f;
            ImVec2 button(std::max(t.px(320), t.target()), t.target());
            ImGui::SetCursorScreenPos(ImVec2(row.x + t.px(24), buttons_y));
            if (session.cancel_question == s.id) {
                cancel_question(t, session, s, button);
            } else if (s.checked_in_at) { // arrived: checked in once, then only the mark shows
                ImGui::GetWindowDrawList()->AddText(
                    f.bold, f.bold->FontSize,
                    ImVec2(row.x + t.px(24), buttons_y + (button.y - f.bold->FontSize) / 2),
                    t.colors().success, (std::string(icon::Check) + " Aanwezig").c_str());
            } else if (s.no_show_at) {
                ImGui::GetWindowDrawList()->AddText(
                    f.body, f.body->FontSize,
                    ImVec2(row.x + t.px(24), buttons_y + (button.y - f.body->FontSize) / 2),
                    t.colors().text_muted, "Niet gekomen");
            } else if (s.status == SignUpStatus::Confirmed) {
                if (big_button(t, "check-in-" + s.code, icon::Check, "Is er", button,
                               ButtonKind::Primary) &&
                    session.check_in)
                    session.check_in(s.id);
            } else if (*o.activity->capacity - taken >= s.people) {
                // A place is free: the volunteer, not the kiosk, gives it, and tells the person.
                if (big_button(t, "move-up-" + s.code, icon::Check, "Erbij zetten", button,
                               ButtonKind::Primary) &&
                    session.move_up)
                    session.move_up(s.id);
            } else {
                ImGui::GetWindowDrawList()->AddText(
                    f.body, f.body->FontSize,
                    ImVec2(row.x + t.px(24), buttons_y + (button.y - f.body->FontSize) / 2),
                    t.colors().text_muted, "Nog geen plaats vrij");
            }
            ImGui::SetCursorScreenPos(ImVec2(row.x + t.px(24) + button.x + t.px(16), buttons_y));
            if (ended && s.status == SignUpStatus::Confirmed && !s.checked_in_at) {
                // Once it is over, who did not come is counted (for the count, not for blame).
                ImVec2 wide(std::max(button.x, big_button_width(t, true, "Niet gekomen")),
                            button.y);
                if (!s.no_show_at &&
                    big_button(t, "no-show-" + s.code, icon::Close, "Niet gekomen", wide) &&
                    session.mark_no_show)
                    session.mark_no_show(s.id);
            } else if (session.cancel_question != s.id &&
                       big_button(t, "cancel-" + s.code, icon::Close, "Afmelden", button)) {
                session.cancel_question = s.id;
            }
            ImGui::SetCursorScreenPos(ImVec2(row.x, buttons_y + button.y + t.px(16)));
        }
        // Someone came in without signing up: on the list, present.
        if (big_button(t, "walk-in-" + key, icon::Add, "Iemand toevoegen",
                       ImVec2(std::min(width, big_button_width(t, true, "Iemand toevoegen")),
                              t.target()))) {
            session.done_message.clear();
            session.walk_in = WalkInForm{o.activity->id, o.when.date};
            ctx.visitor.forms.keyboard = KeyboardState{};
            ctx.nav.go(Screen::WalkIn);
        }
        ImGui::Dummy(ImVec2(1, t.px(16)));
    }
    if (shown == 0)
        shown_text(ctx, "Vandaag zijn er geen activiteiten met aanmelden.", f.body,
                   t.colors().text_muted, width);
    // "Vandaag soep": on the kiosk at once, for visitors and the hub.
    if (big_button(t, "quick-activity", icon::Add, "Activiteit toevoegen",
                   ImVec2(std::min(width, big_button_width(t, true, "Activiteit toevoegen")),
                          t.target()))) {
        session.done_message.clear();
        session.quick_activity = {};
        ctx.nav.go(Screen::QuickActivity);
    }
}

void health(ScreenContext& ctx, VolunteerSession& session, float width) {
    const Theme& t = ctx.theme;
    const Fonts& f = t.fonts();
    shown_heading(ctx, "Verbinding en inhoud");
    const Content& c = ctx.content;
    shown_text(ctx,
               "Inhoud: versie " + std::to_string(c.version) +
                   (c.kiosk_group.empty() ? "" : ", groep " + c.kiosk_group) +
                   (c.created.size() >= 10 ? ", gemaakt " + c.created.substr(0, 10) +
                                                 content_age(c.created, ctx.now.date)
                                           : "") +
                   (c.expires.empty() ? "" : ", geldig tot " + c.expires.substr(0, 10)),
               f.body, t.colors().text, width);
    std::string device = std::string("Kioskversie ") + BUURTKIOSK_VERSION;
    if (std::optional<std::uintmax_t> free =
            session.disk_free ? session.disk_free() : std::nullopt) {
        // Below this the store may fail to write a sign-up: worth a volunteer's phone call.
        constexpr std::uintmax_t kLow = 200ull << 20;
        device += ", vrije schijfruimte " + (*free >= (10ull << 30)
                                                 ? std::to_string(*free >> 30) + " GB"
                                                 : std::to_string(*free >> 20) + " MB");
        if (*free < kLow) device += ": bijna vol, meld dit bij de gemeente";
    }
    shown_text(ctx, device, f.body, t.colors().text, width);
    for (const std::string& problem : ctx.content_problems)
        shown_text(ctx, std::string(icon::Warning) + " " + problem, f.small, t.colors().danger,
                   width);
    // A text the bundle's translation gets wrong shows in Dutch; the municipality can mend it.
    for (const std::string& problem : ctx.content.catalogue_problems)
        shown_text(ctx, std::string(icon::Warning) + " Vertaling, nu in het Nederlands: " + problem,
                   f.small, t.colors().text, width);

    ImGui::Dummy(ImVec2(1, t.px(8)));
    // "Is the sound on?" is the first question when a visitor says the kiosk is silent.
    if (big_button(t, "speaker-test", icon::Speaker, "Test de luidspreker",
                   ImVec2(std::min(width, big_button_width(t, true, "Test de luidspreker")),
                          t.target())) &&
        ctx.speak)
        ctx.speak("volunteer-speaker-test");
    ctx.speakables->push_back({"volunteer-speaker-test",
                               "Dit is de luidspreker van de kiosk. Als u dit hoort, werkt het "
                               "geluid.",
                               false});
    ImGui::Dummy(ImVec2(1, t.px(8)));

    std::optional<SyncStatus> s = session.sync_status ? session.sync_status() : std::nullopt;
    if (!s) {
        shown_text(ctx,
                   "Geen hub ingesteld: de kiosk werkt alleen met de inhoud op het apparaat. "
                   "Aanmeldingen blijven bewaard op de kiosk.",
                   f.body, t.colors().text_muted, width);
        return;
    }
    if (session.sync_now &&
        big_button(
            t, "sync-now", icon::Replay, "Nu synchroniseren",
            ImVec2(std::min(width, big_button_width(t, true, "Nu synchroniseren")), t.target())))
        session.sync_now();
    ImGui::Dummy(ImVec2(1, t.px(8)));
    shown_text(ctx,
               s->last_success ? "Laatst gelukt: " + clock_of(*s->last_success)
                               : std::string("Nog niet gelukt sinds de start."),
               f.body, t.colors().text, width);
    if (!s->last_error.empty())
        shown_text(ctx, "Laatste fout: " + s->last_error, f.body, t.colors().danger, width);
    shown_text(ctx, network_words(*s), f.body,
               s->failed_cycles > 0 ? t.colors().danger : t.colors().text, width);
    shown_text(ctx, "Nog te versturen: " + std::to_string(s->outbox_depth), f.body, t.colors().text,
               width);
    if (s->quarantined > 0)
        shown_text(ctx,
                   std::to_string(s->quarantined) +
                       " inzending(en) geweigerd door de hub: meld dit bij de gemeente.",
                   f.body, t.colors().danger, width);
}
void close_button(ScreenContext& ctx, VolunteerSession& session) {
    const Theme& t = ctx.theme;
    float w = std::min(std::max(t.px(500), big_button_width(t, true, "Sluiten")),
                       ImGui::GetContentRegionAvail().x);
    if (big_button(t, "volunteer-close", icon::Lock, "Sluiten", ImVec2(w, t.target()),
                   ButtonKind::Primary)) {
        session.access.lock();
        ctx.nav.home();
    }
}
} // namespace

void draw_volunteer(ScreenContext& ctx) {
    if (!ctx.volunteer) {
        ctx.nav.home();
        return;
    }
    VolunteerSession& session = *ctx.volunteer;
    TimePoint now = ctx.clock_now;
    if (!session.access.unlocked(now)) {
        pin_gate(ctx, session, now);
        return;
    }
    if (ImGui::IsMouseClicked(0)) session.access.touch(now);
    const Theme& t = ctx.theme;
    top_bar(ctx, "Vrijwilliger");
    float width = ImGui::GetContentRegionAvail().x - 2 * t.gap();
    float action_h = t.target() + 2 * t.gap();
    // On a 7-inch screen in large letters a fixed "Sluiten" would leave a slit of list above
    // it; there it comes at the end of the list instead.
    const bool close_in_list = ImGui::GetContentRegionAvail().y - action_h < 2.5f * t.target();
    if (close_in_list) action_h = t.gap();
    ImGui::SetCursorPosX(t.gap());
    // The warning scrolls with the rest: on a 7-inch screen it would leave no room otherwise.
    // From a form back at the top, where what it did is said.
    begin_touch_scroll(t, "volunteer-body",
                       ImVec2(width, ImGui::GetContentRegionAvail().y - action_h), ctx.nav.visit());
    if (std::string warning = callback_warning(session); !warning.empty()) {
        notice(t, NoticeKind::Warning, icon::Warning, warning, width - t.px(16), t.fonts().bold);
        ImGui::Dummy(ImVec2(1, t.px(8)));
        ctx.speakables->push_back({"volunteer-callbacks", warning});
        if (session.callback_delivery &&
            session.callback_delivery() == CallbackDelivery::ByVolunteer &&
            big_button(t, "hand-off", icon::Phone, "Terugbelverzoeken doorgeven",
                       ImVec2(0, t.target()), ButtonKind::Primary))
            ctx.nav.go(Screen::CallbackHandOff);
        ImGui::Dummy(ImVec2(1, t.gap()));
    }
    if (t.portrait() || width < t.px(1400)) {
        // Today's lists are what a volunteer comes for; the status follows them.
        sign_up_lists(ctx, session, width - t.px(16));
        ImGui::Dummy(ImVec2(1, t.gap()));
        health(ctx, session, width - t.px(16));
    } else {
        float left = width * 0.6f;
        ImGui::BeginGroup();
        sign_up_lists(ctx, session, left - t.gap());
        ImGui::EndGroup();
        ImGui::SameLine(left + t.gap());
        ImGui::BeginGroup();
        health(ctx, session, width - left - 2 * t.gap());
        ImGui::EndGroup();
    }
    if (close_in_list) close_button(ctx, session);
    end_touch_scroll();
    if (!close_in_list) {
        ImGui::SetCursorPosX(t.gap());
        close_button(ctx, session);
    }
}

} // namespace bk
