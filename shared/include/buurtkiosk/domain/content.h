// The content a kiosk shows: what one bundle holds once loaded and checked.
#pragma once
#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/domain/localized_text.h"
#include "buurtkiosk/i18n/catalogue.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bk {

enum class Category { Ontmoeting, Eten, Creatief, Bewegen, HulpEnAdvies, Kinderen };

// "ontmoeting", "eten", "creatief", "bewegen", "hulp-en-advies", "kinderen"
std::optional<Category> parse_category(const std::string& id);
const char* category_id(Category category);
const std::vector<Category>& all_categories();

// One dated happening as the content gives it: a `once`, or one entry of `dates`.
struct DatedTime {
    Date date;
    TimeOfDay start;              // 00:00 for an all-day happening
    std::optional<TimeOfDay> end; // none: only the start is known, or all day
    Date end_date;                // its last day: `date` unless it runs past midnight
    bool all_day = false;
    bool cancelled = false; // still shown, as "gaat niet door": visitors come for it
};

// When an activity happens: every week on a weekday, or on the dates listed.
struct Schedule {
    std::optional<unsigned> weekday; // 1..7 for weekly activities
    TimeOfDay start;                 // weekly
    TimeOfDay end;                   // weekly
    std::optional<Date> from;        // weekly: first possible date
    std::optional<Date> until;       // weekly: last possible date
    std::vector<Date> except;        // weekly: sorted dates it does not take place (cancelled)
    std::vector<DatedTime> dates;    // `once` (one) or `dates` (several), by date, each date once
};

struct Activity {
    std::string id;
    LocalizedText title;
    LocalizedText description;
    Category category = Category::Ontmoeting;
    std::string place;
    Schedule schedule;
    std::optional<int> capacity; // places per occurrence; none = no sign-up needed
    std::string image;           // path inside the bundle, may be empty
    std::string pictogram;       // pictogram name for the card; empty: the category's
    std::string url;             // more about it on the web (http or https), may be empty
};

// One dated happening of an activity.
struct Occurrence {
    const Activity* activity = nullptr;
    DatedTime when;
};

struct InfoPage {
    std::string id;
    LocalizedText title;
    LocalizedText body; // paragraphs separated by blank lines
    std::string icon;   // pictogram name, see docs/content-format.md
};

struct Announcement {
    std::string id;
    LocalizedText text;
    std::optional<Date> from;
    std::optional<Date> until;
};

struct OpeningHours {
    unsigned weekday = 1; // 1..7
    TimeOfDay open;
    TimeOfDay close;
};

struct Place {
    std::string name;
    std::string address;
    std::vector<OpeningHours> opening_hours;
};

// Named settings with defaults; a bundle may override each one.
struct Settings {
    int idle_seconds = 60;              // idle time before the privacy countdown
    int countdown_seconds = 15;         // length of the visible countdown
    int volunteer_idle_seconds = 120;   // idle time in volunteer mode before the same countdown
    int signup_retention_days = 1;      // sign-ups purged this long after the activity
    int screen_margin_minutes = 30;     // the screen is on this long before opening and after
    LocalizedText callback_expectation; // "We bellen u binnen twee werkdagen."
    std::string privacy_url;            // municipality's full privacy statement (QR code)
    std::vector<std::string> languages{"nl"};
    double speech_rate = 0.85; // relative to espeak-ng's default
};

struct Content {
    std::string kiosk_group;
    std::int64_t version = 0;
    std::string created;
    std::string expires;
    std::string root; // folder the bundle was loaded from (for images)
    Place place;
    Settings settings;
    std::vector<Activity> activities;
    std::vector<InfoPage> pages;
    std::vector<Announcement> announcements;
    // The bundle's ui/<language>.json files, and what was wrong in them ("ui/pl.json:
    // texts.back: ..."): never a reason to refuse the bundle, since the kiosk then shows that
    // text in Dutch; volunteers see the problems.
    std::vector<Catalogue> catalogues;
    std::vector<std::string> catalogue_problems;

    const Activity* find_activity(const std::string& id) const;
    const InfoPage* find_page(const std::string& id) const;
};

} // namespace bk
