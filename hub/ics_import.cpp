// A small iCalendar (RFC 5545) reader for the fields activities need.
#include "ics_import.h"

#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/domain/content.h"
#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/bounded_json.h"

#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

namespace fs = std::filesystem;

namespace bk::hub {
namespace {

struct Property {
    std::string name; // upper case
    std::map<std::string, std::string> params;
    std::string value;
    int line = 0;
};

// RFC 5545 3.1: a line starting with a space or tab continues the previous one.
std::vector<std::pair<int, std::string>> unfold(const std::string& text) {
    std::vector<std::pair<int, std::string>> lines;
    std::istringstream in(text);
    std::string raw;
    int number = 0;
    while (std::getline(in, raw)) {
        ++number;
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        if (!raw.empty() && (raw[0] == ' ' || raw[0] == '\t') && !lines.empty())
            lines.back().second += raw.substr(1);
        else if (!raw.empty())
            lines.emplace_back(number, raw);
    }
    return lines;
}

std::string upper(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string lower(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::optional<Property> parse_property(int line, const std::string& text) {
    // The value starts at the first ':' outside a quoted parameter value.
    bool quoted = false;
    size_t colon = std::string::npos;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') quoted = !quoted;
        if (text[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon == std::string::npos) return std::nullopt;
    Property p;
    p.line = line;
    p.value = text.substr(colon + 1);
    std::string head = text.substr(0, colon);
    size_t semi = head.find(';');
    p.name = upper(head.substr(0, semi));
    while (semi != std::string::npos) {
        size_t next = head.find(';', semi + 1);
        std::string param =
            head.substr(semi + 1, next == std::string::npos ? next : next - semi - 1);
        size_t eq = param.find('=');
        if (eq != std::string::npos) p.params[upper(param.substr(0, eq))] = param.substr(eq + 1);
        semi = next;
    }
    return p;
}

std::string unescape(const std::string& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) {
            char n = v[++i];
            out += (n == 'n' || n == 'N') ? '\n' : n;
        } else {
            out += v[i];
        }
    }
    return out;
}

// Splits on commas that are not escaped.
std::vector<std::string> split_list(const std::string& v) {
    std::vector<std::string> out{""};
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) {
            out.back() += v[i];
            out.back() += v[++i];
        } else if (v[i] == ',') {
            out.emplace_back();
        } else {
            out.back() += v[i];
        }
    }
    for (auto& s : out)
        s = unescape(s);
    return out;
}

struct When {
    Date date;
    TimeOfDay time;
};

// DATE-TIME as local time: floating and TZID times are taken as written (the kiosk and the
// agenda share a time zone); UTC times ("Z") are converted to the hub's local time.
std::optional<When> parse_when(const Property& p, std::string& why) {
    const std::string& v = p.value;
    if (v.size() == 8 || (p.params.count("VALUE") && upper(p.params.at("VALUE")) == "DATE")) {
        why = "all-day event (no start time)";
        return std::nullopt;
    }
    if (v.size() < 15 || v[8] != 'T') {
        why = "cannot read date-time '" + v + "'";
        return std::nullopt;
    }
    auto date = parse_date(v.substr(0, 4) + "-" + v.substr(4, 2) + "-" + v.substr(6, 2));
    int hh = std::atoi(v.substr(9, 2).c_str()), mm = std::atoi(v.substr(11, 2).c_str());
    if (!date || hh > 23 || mm > 59) {
        why = "cannot read date-time '" + v + "'";
        return std::nullopt;
    }
    // system_clock counts nanoseconds in 64 bits (the years 1678 to 2261): converting a UTC time
    // outside that overflows. No agenda needs more than this range.
    if (date->year() < std::chrono::year(1900) || date->year() > std::chrono::year(2200)) {
        why = "date-time '" + v + "' is not between the years 1900 and 2200";
        return std::nullopt;
    }
    if (v.size() >= 16 && v[15] == 'Z') {
        std::tm tm{};
        tm.tm_year = int(date->year()) - 1900;
        tm.tm_mon = int(unsigned(date->month())) - 1;
        tm.tm_mday = int(unsigned(date->day()));
        tm.tm_hour = hh;
        tm.tm_min = mm;
        auto local = to_local(std::chrono::system_clock::from_time_t(timegm(&tm)));
        return When{local.date, local.time};
    }
    return When{*date, TimeOfDay{hh * 60 + mm}};
}

// "PT1H30M" -> minutes; nullopt when not a simple duration.
std::optional<int> parse_duration(const std::string& v) {
    if (v.rfind("PT", 0) != 0) return std::nullopt;
    int total = 0, number = 0;
    for (size_t i = 2; i < v.size(); ++i) {
        char c = v[i];
        if (std::isdigit(static_cast<unsigned char>(c)))
            number = number * 10 + (c - '0');
        else if (c == 'H')
            total += number * 60, number = 0;
        else if (c == 'M')
            total += number, number = 0;
        else if (c == 'S')
            number = 0;
        else
            return std::nullopt;
    }
    return total;
}

const char* kDutchDays[] = {"",          "maandag", "dinsdag",  "woensdag",
                            "donderdag", "vrijdag", "zaterdag", "zondag"};

std::optional<unsigned> byday(const std::string& code) {
    static const std::map<std::string, unsigned> days{{"MO", 1}, {"TU", 2}, {"WE", 3}, {"TH", 4},
                                                      {"FR", 5}, {"SA", 6}, {"SU", 7}};
    if (code.size() < 2) return std::nullopt;
    auto it = days.find(upper(code.substr(code.size() - 2)));
    if (it == days.end()) return std::nullopt;
    if (code.size() > 2) return std::nullopt; // "1MO" (first Monday) is not weekly
    return it->second;
}

std::string slug(const std::string& text) {
    std::string out;
    for (char c : lower(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    if (out.size() > 60) out.resize(60);
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::optional<std::string> category_from(const std::string& value) {
    for (const auto& item : split_list(value)) {
        std::string s = lower(item);
        if (s == "hulp & advies" || s == "hulp en advies" || s == "hulp") s = "hulp-en-advies";
        if (auto c = parse_category(slug(s))) return category_id(*c);
    }
    return std::nullopt;
}

struct Event {
    std::map<std::string, Property> props;
    int line = 0;
};

void convert(const Event& e, IcsImport& out) {
    auto warn = [&](const std::string& m) {
        out.warnings.push_back("line " + std::to_string(e.line) + ": " + m);
    };
    auto get = [&](const char* name) -> const Property* {
        auto it = e.props.find(name);
        return it == e.props.end() ? nullptr : &it->second;
    };
    const Property* summary = get("SUMMARY");
    const Property* dtstart = get("DTSTART");
    if (!summary || unescape(summary->value).empty()) return warn("event without SUMMARY skipped");
    if (!dtstart) return warn("event '" + unescape(summary->value) + "' has no DTSTART, skipped");
    std::string why;
    auto start = parse_when(*dtstart, why);
    if (!start) return warn("event '" + unescape(summary->value) + "': " + why + ", skipped");
    TimeOfDay end_time{std::min(start->time.minutes + 60, 23 * 60 + 59)};
    if (const Property* dtend = get("DTEND")) {
        auto end = parse_when(*dtend, why);
        if (end && end->date == start->date)
            end_time = end->time;
        else if (end)
            end_time = TimeOfDay{23 * 60 + 59};
    } else if (const Property* dur = get("DURATION")) {
        if (auto m = parse_duration(dur->value))
            end_time = TimeOfDay{std::min(start->time.minutes + *m, 23 * 60 + 59)};
    }
    if (end_time <= start->time) {
        return warn("event '" + unescape(summary->value) + "': end is not after start, skipped");
    }

    nlohmann::ordered_json base;
    std::string uid = get("UID") ? slug(get("UID")->value) : "";
    if (uid.empty()) uid = slug(unescape(summary->value) + "-" + format_date_iso(start->date));
    base["id"] = uid;
    base["title"] = {{"nl", unescape(summary->value)}};
    if (const Property* d = get("DESCRIPTION"); d && !d->value.empty())
        base["description"] = {{"nl", unescape(d->value)}};
    std::string category = "ontmoeting";
    if (const Property* c = get("CATEGORIES")) {
        if (auto found = category_from(c->value))
            category = *found;
        else
            warn("event '" + unescape(summary->value) + "': category '" + unescape(c->value) +
                 "' unknown, using ontmoeting");
    }
    base["category"] = category;
    if (const Property* l = get("LOCATION"); l && !l->value.empty())
        base["place"] = unescape(l->value);

    // RRULE: only plain weekly rules map onto weekly activities.
    std::map<std::string, std::string> rule;
    if (const Property* r = get("RRULE")) {
        std::istringstream parts(r->value);
        std::string part;
        while (std::getline(parts, part, ';'))
            if (auto eq = part.find('='); eq != std::string::npos)
                rule[upper(part.substr(0, eq))] = part.substr(eq + 1);
    }
    const Property* rrule = get("RRULE");
    const bool weekly = rrule && upper(rule["FREQ"]) == "WEEKLY" &&
                        (rule["INTERVAL"].empty() || rule["INTERVAL"] == "1");
    if (rrule && !weekly)
        warn("event '" + unescape(summary->value) + "': repeat rule '" + rrule->value +
             "' is not plain weekly; imported once, on its first date");
    if (get("EXDATE") && weekly)
        warn("event '" + unescape(summary->value) + "': EXDATE (skipped dates) is not supported");

    if (!weekly) {
        base["once"] = {{"date", format_date_iso(start->date)},
                        {"start", format_time(start->time)},
                        {"end", format_time(end_time)}};
        out.activities.push_back(base);
        return;
    }
    std::vector<unsigned> days;
    if (rule["BYDAY"].empty()) days.push_back(iso_weekday(start->date));
    for (const auto& code :
         rule["BYDAY"].empty() ? std::vector<std::string>{} : split_list(rule["BYDAY"])) {
        if (auto d = byday(code))
            days.push_back(*d);
        else
            warn("event '" + unescape(summary->value) + "': BYDAY '" + code + "' skipped");
    }
    std::optional<Date> until;
    if (!rule["UNTIL"].empty()) {
        Property u;
        u.value = rule["UNTIL"];
        if (u.value.size() == 8)
            until = parse_date(u.value.substr(0, 4) + "-" + u.value.substr(4, 2) + "-" +
                               u.value.substr(6, 2));
        else if (auto w = parse_when(u, why))
            until = w->date;
        else
            warn("event '" + unescape(summary->value) + "': UNTIL: " + why +
                 "; repeats with no end");
    } else if (!rule["COUNT"].empty()) {
        int count = std::atoi(rule["COUNT"].c_str());
        int per_week = static_cast<int>(std::max<size_t>(1, days.size()));
        if (count > 0) until = add_days(start->date, ((count + per_week - 1) / per_week) * 7 - 1);
    }
    for (unsigned day : days) {
        nlohmann::ordered_json a = base;
        if (days.size() > 1) a["id"] = uid + "-" + std::string(kDutchDays[day]).substr(0, 2);
        nlohmann::ordered_json w{{"weekday", kDutchDays[day]},
                                 {"start", format_time(start->time)},
                                 {"end", format_time(end_time)},
                                 {"from", format_date_iso(start->date)}};
        if (until) w["until"] = format_date_iso(*until);
        a["weekly"] = w;
        out.activities.push_back(a);
    }
}

} // namespace

IcsImport parse_ics(const std::string& text) {
    IcsImport out;
    std::optional<Event> current;
    int depth_other = 0; // inside VALARM and the like within an event
    for (const auto& [line, content] : unfold(text)) {
        auto p = parse_property(line, content);
        if (!p) {
            out.warnings.push_back("line " + std::to_string(line) + ": not a property, ignored");
            continue;
        }
        std::string value = upper(p->value);
        if (p->name == "BEGIN" && value == "VEVENT" && !current) {
            current = Event{};
            current->line = line;
        } else if (p->name == "BEGIN" && current) {
            ++depth_other;
        } else if (p->name == "END" && current && depth_other > 0) {
            --depth_other;
        } else if (p->name == "END" && value == "VEVENT" && current) {
            convert(*current, out);
            current.reset();
        } else if (current && depth_other == 0) {
            current->props.emplace(p->name, *p); // the first of a repeated property wins
        }
    }
    if (current) out.warnings.push_back("file ends inside an event (no END:VEVENT)");
    return out;
}

int import_ics(const fs::path& ics_file, const fs::path& content_dir) {
    std::optional<std::string> ics = read_file(ics_file);
    if (!ics) {
        std::cerr << "import-ics: cannot read " << ics_file << "\n";
        return 2;
    }
    if (ics->find("BEGIN:VCALENDAR") == std::string::npos) {
        std::cerr << "import-ics: " << ics_file
                  << " is not an iCalendar file (no BEGIN:VCALENDAR)\n";
        return 2;
    }
    IcsImport imported = parse_ics(*ics);
    for (const auto& w : imported.warnings)
        std::cerr << "import-ics: " << ics_file.filename().string() << ": " << w << "\n";

    fs::path target = content_dir / "activities.json";
    nlohmann::ordered_json doc = {{"activities", nlohmann::ordered_json::array()}};
    if (fs::exists(target)) {
        std::string why;
        auto parsed = parse_bounded_json<nlohmann::ordered_json>(read_file(target).value_or(""),
                                                                 kContentJson, why);
        if (parsed) doc = std::move(*parsed);
        if (!parsed || !doc.is_object() || !doc.contains("activities") ||
            !doc["activities"].is_array()) {
            std::cerr << "import-ics: " << target.string() << ": not a valid activities file"
                      << (why.empty() ? "" : " (" + why + ")")
                      << "; fix or remove it first. Nothing changed.\n";
            return 1;
        }
    }
    int added = 0, replaced = 0, weekly = 0;
    for (const auto& a : imported.activities) {
        if (a.contains("weekly")) ++weekly;
        bool found = false;
        for (auto& existing : doc["activities"]) {
            if (existing.is_object() && existing.value("id", "") == a["id"].get<std::string>()) {
                existing = a;
                found = true;
                ++replaced;
                break;
            }
        }
        if (!found) {
            doc["activities"].push_back(a);
            ++added;
        }
    }
    fs::create_directories(content_dir);
    try {
        write_file_durably(target, doc.dump(2) + "\n");
    } catch (const std::exception& e) {
        std::cerr << "import-ics: " << e.what() << "\n";
        return 1;
    }
    std::cout << "imported " << imported.activities.size() << " activities (" << weekly
              << " weekly, " << imported.activities.size() - weekly << " once): " << added
              << " new, " << replaced << " replaced, in " << target.string() << "\n";
    return 0;
}

} // namespace bk::hub
