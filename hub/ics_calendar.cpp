// libical parses the file, resolves time zones (the file's VTIMEZONE, else the system's tz
// database) and steps through recurrence rules; this file decides what a kiosk shows of it.
#include "ics_calendar.h"

#include "buurtkiosk/content/file_hash.h"

#include <libical/ical.h>

#include <ctime>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace bk::hub {
namespace {

// No real calendar comes near this; a rule that does (every second, for years) is cut off.
constexpr int kMaxSteps = 200000;

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

std::string text_of(const char* text) {
    return text ? std::string(text) : std::string();
}

std::string collapsed(const std::string& text) {
    std::string out;
    for (char c : text) {
        bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (!space)
            out += c;
        else if (!out.empty() && out.back() != ' ')
            out += ' ';
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

Date date_of(const icaltimetype& t) {
    return Date{std::chrono::year{t.year}, std::chrono::month{static_cast<unsigned>(t.month)},
                std::chrono::day{static_cast<unsigned>(t.day)}};
}

// A time as the file gives it, with the zone it is meant in (null for a date).
struct Moment {
    icaltimetype time = icaltime_null_time();
    icaltimezone* zone = nullptr;
    bool is_date() const { return time.is_date != 0; }
};

class Reader {
public:
    Reader(icalcomponent* calendar, Date first, Date last, CalendarRead& out)
        : calendar_(calendar), first_(first), last_(last), out_(out),
          amsterdam_(icaltimezone_get_builtin_timezone("Europe/Amsterdam")) {}

    void read();

private:
    struct Event {
        icalcomponent* component = nullptr;
        std::string series;
        std::string name; // for warnings: "\"Title\" (UID ...)"
        bool has_text = false;
    };

    icaltimezone* zone_named(const std::string& tzid);
    std::optional<Moment> moment(icalproperty* property, const Event& event);
    std::optional<Moment> property_moment(icalcomponent* component, icalproperty_kind kind,
                                          const Event& event);
    std::string key_of(const Moment& m) const;
    std::string date_key_of(const Moment& m) const;
    std::time_t utc_of(const Moment& m) const;
    void expand(const Event& master, const std::vector<Event>& overrides);
    void add(const Event& event, const Moment& start, std::optional<long> seconds,
             std::optional<int> days, bool cancelled);
    void warn(const Event& event, const std::string& message) {
        out_.warnings.push_back("event " + event.name + ": " + message);
    }

    icalcomponent* calendar_;
    Date first_, last_;
    CalendarRead& out_;
    icaltimezone* amsterdam_;
    std::set<std::string> unknown_zones_;
};

icaltimezone* Reader::zone_named(const std::string& given) {
    std::string tzid = given;
    if (tzid.size() >= 2 && tzid.front() == '"' && tzid.back() == '"')
        tzid = tzid.substr(1, tzid.size() - 2);
    if (icaltimezone* zone = icalcomponent_get_timezone(calendar_, tzid.c_str())) return zone;
    if (icaltimezone* zone = icaltimezone_get_builtin_timezone_from_tzid(tzid.c_str())) return zone;
    // "Europe/London", or with a publisher's prefix: "/mozilla.org/20050126_1/Europe/London".
    for (std::size_t at = 0; at != std::string::npos; at = tzid.find('/', at + 1)) {
        std::string tail = at == 0 && tzid[0] != '/' ? tzid : tzid.substr(at + 1);
        if (icaltimezone* zone = icaltimezone_get_builtin_timezone(tail.c_str())) return zone;
    }
    if (tzid == "UTC" || tzid == "GMT" || tzid == "Etc/UTC") return icaltimezone_get_utc_timezone();
    return nullptr;
}

std::optional<Moment> Reader::moment(icalproperty* property, const Event& event) {
    icalvalue* value = icalproperty_get_value(property);
    if (!value) return std::nullopt;
    Moment m;
    icalvalue_kind kind = icalvalue_isa(value);
    if (kind == ICAL_PERIOD_VALUE)
        m.time = icalvalue_get_period(value).start;
    else if (kind == ICAL_DATETIMEPERIOD_VALUE) {
        icaldatetimeperiodtype both = icalvalue_get_datetimeperiod(value);
        m.time = icaltime_is_null_time(both.time) ? both.period.start : both.time;
    } else if (kind == ICAL_DATE_VALUE || kind == ICAL_DATETIME_VALUE)
        m.time = icalvalue_get_datetime(value);
    else
        return std::nullopt;
    if (icaltime_is_null_time(m.time) || !icaltime_is_valid_time(m.time)) return std::nullopt;
    // libical keeps "20270230" as read; a date that does not exist is refused, not moved.
    // Outside 1900-2200 no Buurtkamer agenda lives, and time_t arithmetic stays far from its ends.
    if (m.time.year < 1900 || m.time.year > 2200 || !date_of(m.time).ok()) {
        warn(event, "date " + std::to_string(m.time.year) + "-" + std::to_string(m.time.month) +
                        "-" + std::to_string(m.time.day) +
                        " does not exist or is not between 1900 "
                        "and 2200; that date is left out");
        return std::nullopt;
    }
    if (!m.is_date() && (m.time.hour > 23 || m.time.minute > 59 || m.time.second > 60)) {
        warn(event, "a time of day past 23:59; that date is left out");
        return std::nullopt;
    }
    if (m.is_date()) return m;
    if (icaltime_is_utc(m.time)) {
        m.zone = icaltimezone_get_utc_timezone();
    } else if (icalparameter* tzid =
                   icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER)) {
        std::string name = text_of(icalparameter_get_tzid(tzid));
        m.zone = zone_named(name);
        if (!m.zone) {
            if (unknown_zones_.insert(name).second)
                warn(event, "time zone \"" + name +
                                "\" is neither in the file nor in the tz database: taken as "
                                "Europe/Amsterdam");
            m.zone = amsterdam_;
        }
    } else {
        m.zone = amsterdam_; // floating time: meant where the Buurtkamer is
    }
    m.time = icaltime_set_timezone(&m.time, m.zone);
    return m;
}

std::optional<Moment> Reader::property_moment(icalcomponent* component, icalproperty_kind kind,
                                              const Event& event) {
    icalproperty* property = icalcomponent_get_first_property(component, kind);
    return property ? moment(property, event) : std::nullopt;
}

std::time_t Reader::utc_of(const Moment& m) const {
    return icaltime_as_timet_with_zone(m.time, m.zone ? m.zone : amsterdam_);
}

// Dates by their day, times by their instant: how EXDATE and RECURRENCE-ID name an occurrence.
std::string Reader::key_of(const Moment& m) const {
    return m.is_date() ? date_key_of(m) : "T" + std::to_string(utc_of(m));
}

std::string Reader::date_key_of(const Moment& m) const {
    return "D" + std::to_string(m.time.year * 10000 + m.time.month * 100 + m.time.day);
}

void Reader::add(const Event& event, const Moment& start, std::optional<long> seconds,
                 std::optional<int> days, bool cancelled) {
    CalendarOccurrence o;
    DatedTime& when = o.when;
    when.cancelled = cancelled;
    if (start.is_date()) {
        when.all_day = true;
        when.date = date_of(start.time);
        when.end_date = add_days(when.date, std::max(1, days.value_or(1)) - 1);
    } else {
        icaltimetype local = icaltime_convert_to_zone(start.time, amsterdam_);
        when.date = date_of(local);
        when.start = TimeOfDay{local.hour * 60 + local.minute};
        when.end_date = when.date;
        if (seconds && *seconds > 0) {
            // Wall-clock arithmetic in the event's own zone, as calendar programs do.
            icaltimetype end =
                icaltime_add(start.time, icaldurationtype_from_int(static_cast<int>(*seconds)));
            icaltimetype end_local = icaltime_convert_to_zone(end, amsterdam_);
            TimeOfDay end_time{end_local.hour * 60 + end_local.minute};
            when.end_date = date_of(end_local);
            if (when.end_date != when.date || end_time > when.start)
                when.end = end_time;
            else
                when.end_date = when.date; // under a minute: no end worth showing
        }
    }
    if (when.date > last_ || when.end_date < first_) return;
    icalcomponent* c = event.component;
    o.series = event.series;
    o.title = collapsed(text_of(icalcomponent_get_summary(c)));
    o.description = text_of(icalcomponent_get_description(c));
    o.place = collapsed(text_of(icalcomponent_get_location(c)));
    if (icalproperty* url = icalcomponent_get_first_property(c, ICAL_URL_PROPERTY))
        o.url = collapsed(text_of(icalproperty_get_url(url)));
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_CATEGORIES_PROPERTY)) {
        std::string list = text_of(icalproperty_get_categories(p));
        for (std::size_t at = 0; at <= list.size();) {
            std::size_t comma = list.find(',', at);
            if (comma == std::string::npos) comma = list.size();
            std::string one = collapsed(list.substr(at, comma - at));
            if (!one.empty()) o.categories.push_back(one);
            at = comma + 1;
        }
    }
    out_.occurrences.push_back(std::move(o));
}

// The length of an event: seconds for a timed one, days for an all-day one.
struct Length {
    std::optional<long> seconds;
    std::optional<int> days;
};

void Reader::expand(const Event& master, const std::vector<Event>& overrides) {
    icalcomponent* c = master.component;
    auto start = property_moment(c, ICAL_DTSTART_PROPERTY, master);
    if (!start) {
        warn(master, "has no valid DTSTART; skipped");
        return;
    }
    Length length;
    if (auto end = property_moment(c, ICAL_DTEND_PROPERTY, master)) {
        if (start->is_date() && end->is_date())
            length.days = static_cast<int>((std::chrono::sys_days{date_of(end->time)} -
                                            std::chrono::sys_days{date_of(start->time)})
                                               .count());
        else if (!start->is_date() && !end->is_date())
            length.seconds = static_cast<long>(utc_of(*end) - utc_of(*start));
    } else if (icalproperty* d = icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY)) {
        int secs = icaldurationtype_as_int(icalproperty_get_duration(d));
        if (start->is_date())
            length.days = secs / 86400;
        else
            length.seconds = secs;
    }
    const bool cancelled = icalcomponent_get_status(c) == ICAL_STATUS_CANCELLED;

    // Changed occurrences by the occurrence they replace.
    // An all-day series is named by the day (Exchange gives a time in its own zone for it).
    std::map<std::string, const Event*> changed;
    for (const Event& o : overrides)
        if (auto rid = property_moment(o.component, ICAL_RECURRENCEID_PROPERTY, o))
            changed.emplace(start->is_date() ? date_key_of(*rid) : key_of(*rid), &o);
        else
            warn(o, "has a RECURRENCE-ID that is not a date or time; skipped");

    // The occurrences' starts, by instant, in the order of the recurrence set.
    std::vector<Moment> starts{*start};
    std::set<std::string> seen{key_of(*start)};
    // Everything after the day after `last` (in Amsterdam) is of no interest.
    icaltimetype end_of_range = icaltime_null_time();
    {
        Date stop = add_days(last_, 2);
        end_of_range.year = static_cast<int>(stop.year());
        end_of_range.month = static_cast<int>(static_cast<unsigned>(stop.month()));
        end_of_range.day = static_cast<int>(static_cast<unsigned>(stop.day()));
        end_of_range = icaltime_set_timezone(&end_of_range, amsterdam_);
    }
    const std::time_t stop_at = icaltime_as_timet_with_zone(end_of_range, amsterdam_);
    bool cut = false;
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_RRULE_PROPERTY)) {
        icalrecurrencetype rule = icalproperty_get_rrule(p);
        if (rule.freq == ICAL_NO_RECURRENCE) {
            warn(master, "has an RRULE that libical cannot read; only its first date is used");
            continue;
        }
        icalrecur_iterator* it = icalrecur_iterator_new(rule, start->time);
        if (!it) {
            warn(master, "has an RRULE that libical cannot follow; only its first date is used");
            continue;
        }
        int steps = 0;
        for (icaltimetype next = icalrecur_iterator_next(it); !icaltime_is_null_time(next);
             next = icalrecur_iterator_next(it)) {
            Moment m{next, start->zone};
            if (!m.is_date()) m.time = icaltime_set_timezone(&m.time, m.zone);
            if (utc_of(m) > stop_at) break;
            if (++steps > kMaxSteps) {
                cut = true;
                break;
            }
            if (seen.insert(key_of(m)).second) starts.push_back(m);
        }
        icalrecur_iterator_free(it);
    }
    if (cut) warn(master, "repeats more often than the kiosk can show; later dates are left out");
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_RDATE_PROPERTY))
        if (auto m = moment(p, master)) {
            if (m->is_date() != start->is_date()) {
                warn(master, "has an RDATE of another kind than DTSTART (date or time); skipped");
                continue;
            }
            if (seen.insert(key_of(*m)).second) starts.push_back(*m);
        }
    // Removed dates: by instant, or, for a date, every occurrence on that day.
    std::set<std::string> removed;
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_EXDATE_PROPERTY))
        if (auto m = moment(p, master)) removed.insert(key_of(*m));

    for (const Moment& m : starts) {
        std::string key = key_of(m);
        Moment local_day = m;
        if (!m.is_date()) local_day.time = icaltime_convert_to_zone(m.time, m.zone);
        if (removed.count(key) || removed.count(date_key_of(local_day))) continue;
        auto found = changed.find(key);
        if (found == changed.end()) found = changed.find(date_key_of(local_day));
        if (found == changed.end()) {
            add(master, m, length.seconds, length.days, cancelled);
            continue;
        }
        const Event& o = *found->second;
        changed.erase(found);
        auto o_start = property_moment(o.component, ICAL_DTSTART_PROPERTY, o).value_or(m);
        Length o_length = length;
        if (auto o_end = property_moment(o.component, ICAL_DTEND_PROPERTY, o)) {
            if (o_start.is_date() && o_end->is_date())
                o_length = {std::nullopt,
                            static_cast<int>((std::chrono::sys_days{date_of(o_end->time)} -
                                              std::chrono::sys_days{date_of(o_start.time)})
                                                 .count())};
            else if (!o_start.is_date() && !o_end->is_date())
                o_length = {static_cast<long>(utc_of(*o_end) - utc_of(o_start)), std::nullopt};
        }
        add(o, o_start, o_length.seconds, o_length.days,
            icalcomponent_get_status(o.component) == ICAL_STATUS_CANCELLED);
    }
    // A changed occurrence whose original date the rule does not give (any more) still
    // happens on its own date.
    for (const auto& [key, o] : changed) {
        auto o_start = property_moment(o->component, ICAL_DTSTART_PROPERTY, *o);
        if (!o_start) continue;
        Length o_length = length;
        if (auto o_end = property_moment(o->component, ICAL_DTEND_PROPERTY, *o))
            if (!o_start->is_date() && !o_end->is_date())
                o_length = {static_cast<long>(utc_of(*o_end) - utc_of(*o_start)), std::nullopt};
        add(*o, *o_start, o_length.seconds, o_length.days,
            icalcomponent_get_status(o->component) == ICAL_STATUS_CANCELLED);
    }
}

void Reader::read() {
    std::vector<Event> masters;
    std::unordered_map<std::string, std::vector<Event>> overrides; // by UID
    std::unordered_map<std::string, int> uses;                     // masters per UID
    for (icalcomponent* c = icalcomponent_get_first_component(calendar_, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar_, ICAL_VEVENT_COMPONENT)) {
        ++out_.events;
        Event event;
        event.component = c;
        std::string uid = text_of(icalcomponent_get_uid(c));
        std::string title = collapsed(text_of(icalcomponent_get_summary(c)));
        event.name = "\"" + title + "\"" + (uid.empty() ? "" : " (UID " + uid + ")");
        if (title.empty()) {
            warn(event, "has no title (SUMMARY); skipped");
            continue;
        }
        for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
            warn(event, "libical: " + text_of(icalproperty_get_xlicerror(p)));
        if (uid.empty()) {
            // Same text, same id on the next import; two different events never share one.
            char* ical = icalcomponent_as_ical_string_r(c);
            event.series = "no-uid:" + sha256_hex(ical ? ical : "");
            icalmemory_free_buffer(ical);
        } else {
            event.series = uid;
        }
        if (icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY) && !uid.empty()) {
            overrides[uid].push_back(event);
            continue;
        }
        int n = ++uses[event.series];
        if (n > 1) event.series += "#" + std::to_string(n);
        masters.push_back(event);
    }
    for (Event& master : masters) {
        std::vector<Event> own;
        auto found = overrides.find(master.series);
        if (found != overrides.end()) {
            own = std::move(found->second);
            overrides.erase(found);
        }
        // A changed occurrence with a text of its own is an activity of its own.
        std::string title = text_of(icalcomponent_get_summary(master.component));
        std::string description = text_of(icalcomponent_get_description(master.component));
        std::string place = text_of(icalcomponent_get_location(master.component));
        for (Event& o : own) {
            bool same = text_of(icalcomponent_get_summary(o.component)) == title &&
                        text_of(icalcomponent_get_description(o.component)) == description &&
                        text_of(icalcomponent_get_location(o.component)) == place;
            if (!same)
                if (auto rid = property_moment(o.component, ICAL_RECURRENCEID_PROPERTY, o))
                    o.series += "|" + key_of(*rid);
        }
        expand(master, own);
    }
    // Changed occurrences whose series is not in the file (a shared single occurrence).
    for (auto& [uid, list] : overrides)
        for (Event& o : list)
            expand(o, {});
}

} // namespace

CalendarRead read_calendar(const std::string& utf8_text, Date first, Date last) {
    CalendarRead out;
    Component root(icalparser_parse_string(utf8_text.c_str()), &icalcomponent_free);
    if (!root) {
        out.error = "libical found no calendar in it";
        return out;
    }
    std::vector<icalcomponent*> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.push_back(root.get());
    } else {
        for (icalcomponent* c =
                 icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
             c; c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.push_back(c);
    }
    if (calendars.empty()) {
        out.error = "it holds no VCALENDAR";
        return out;
    }
    for (icalcomponent* calendar : calendars)
        Reader(calendar, first, last, out).read();
    return out;
}

} // namespace bk::hub
