// From the calendar's happenings to activities: one per series (a changed occurrence with its
// own text is its own), explicit dates, texts made plain and capped, merged by source.
#include "ics_import.h"

#include "buurtkiosk/content/content_files.h"
#include "buurtkiosk/content/file_hash.h"
#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/bounded_json.h"
#include "html_text.h"
#include "ics_calendar.h"
#include "text_encoding.h"

#include <libical/ical.h>

#include <iostream>
#include <map>
#include <set>

namespace fs = std::filesystem;

namespace bk::hub {
namespace {

// What a card and a detail screen can show; longer texts are cut with a warning.
constexpr std::size_t kMaxTitle = 120;
constexpr std::size_t kMaxPlace = 120;
constexpr std::size_t kMaxDescription = 1500;
constexpr std::size_t kMaxUrl = 500;
// A calendar with thousands of problems says the first ones and how many more.
constexpr std::size_t kWarningsShown = 100;

// At most `limit` characters (not bytes), cut at a character and marked with "…".
std::string capped(const std::string& text, std::size_t limit, bool& cut) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (++chars > limit - 1 && i + 1 < text.size()) {
            // Is there more than this one character left?
            std::size_t rest = 0;
            for (std::size_t j = i; j < text.size(); ++j)
                if ((static_cast<unsigned char>(text[j]) & 0xC0) != 0x80) ++rest;
            if (rest <= 1) return text;
            cut = true;
            return text.substr(0, i) + "\xe2\x80\xa6";
        }
    }
    return text;
}

std::string plain_description(std::string text) {
    if (looks_like_html(text)) text = html_to_plain_text(text);
    // Three or more line breaks read as one blank line.
    std::string out;
    int breaks = 0;
    for (char c : text) {
        if (c == '\n') {
            if (++breaks <= 2) out += c;
            continue;
        }
        breaks = 0;
        out += c;
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    std::size_t start = out.find_first_not_of(" \n");
    return start == std::string::npos ? std::string() : out.substr(start);
}

bool is_web_address(const std::string& url) {
    if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) return false;
    for (unsigned char c : url)
        if (c <= 0x20 || c == 0x7f) return false;
    return url.size() <= kMaxUrl;
}

nlohmann::ordered_json dated_json(const DatedTime& when) {
    nlohmann::ordered_json d = {{"date", format_date_iso(when.date)}};
    if (when.all_day) {
        d["all_day"] = true;
    } else {
        d["start"] = format_time(when.start);
        if (when.end) d["end"] = format_time(*when.end);
    }
    if (when.end_date != when.date) d["end_date"] = format_date_iso(when.end_date);
    if (when.cancelled) d["cancelled"] = true;
    return d;
}

// One series' text, made fit for the kiosk; warnings name the event.
nlohmann::ordered_json activity_json(const CalendarOccurrence& o, const std::string& source,
                                     const IcsCategories& categories,
                                     std::vector<std::string>& warnings,
                                     std::set<std::string>& unmapped) {
    const std::string name = "event \"" + o.title + "\"";
    bool cut = false;
    nlohmann::ordered_json a;
    a["title"] = {{"nl", capped(o.title, kMaxTitle, cut)}};
    if (cut)
        warnings.push_back(name + ": title cut at " + std::to_string(kMaxTitle) + " characters");
    std::string description = plain_description(o.description);
    if (!description.empty()) {
        cut = false;
        a["description"] = {{"nl", capped(description, kMaxDescription, cut)}};
        if (cut)
            warnings.push_back(name + ": description cut at " + std::to_string(kMaxDescription) +
                               " characters");
    }
    bool matched = false;
    a["category"] = category_id(categories.of(o.categories, o.title, matched));
    if (!matched)
        for (const auto& c : o.categories)
            unmapped.insert(c);
    if (!o.place.empty()) {
        cut = false;
        a["place"] = capped(o.place, kMaxPlace, cut);
        if (cut)
            warnings.push_back(name + ": place cut at " + std::to_string(kMaxPlace) +
                               " characters");
    }
    if (!o.url.empty()) {
        if (is_web_address(o.url))
            a["url"] = o.url;
        else
            warnings.push_back(name + ": URL \"" + o.url.substr(0, 80) +
                               "\" is not a web address (http or https); left out");
    }
    a["source"] = "ics:" + source;
    return a;
}

std::string source_from(const fs::path& file) {
    std::string slug;
    for (char c : file.stem().string()) {
        char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9'))
            slug += l;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? "agenda" : slug;
}

} // namespace

Date today_in_amsterdam() {
    icaltimetype now =
        icaltime_current_time_with_zone(icaltimezone_get_builtin_timezone("Europe/Amsterdam"));
    return Date{std::chrono::year{now.year}, std::chrono::month{static_cast<unsigned>(now.month)},
                std::chrono::day{static_cast<unsigned>(now.day)}};
}

std::string replace_source_activities(nlohmann::ordered_json& activities, const std::string& source,
                                      std::vector<nlohmann::ordered_json> imported) {
    const std::string tag = "ics:" + source;
    std::set<std::string> kept_ids;
    nlohmann::ordered_json kept = nlohmann::ordered_json::array();
    for (auto& a : activities) {
        bool mine = a.is_object() && a.contains("source") && a["source"] == tag;
        if (mine) continue;
        if (a.is_object() && a.contains("id") && a["id"].is_string()) kept_ids.insert(a["id"]);
        kept.push_back(a);
    }
    for (auto& a : imported) {
        std::string id = a["id"].get<std::string>();
        if (kept_ids.count(id))
            return "activity id \"" + id +
                   "\" is already used by an activity that did not come from " + tag;
        kept.push_back(std::move(a));
    }
    activities = std::move(kept);
    return "";
}

IcsImport convert_calendar(const std::string& bytes, const std::string& source,
                           const IcsCategories& categories, Date first, Date last) {
    IcsImport out;
    std::string why;
    auto decoded = decode_text(bytes, why);
    if (!decoded) {
        out.error = why;
        return out;
    }
    out.encoding = decoded->encoding;
    if (decoded->utf8.find("BEGIN:VCALENDAR") == std::string::npos) {
        out.error = "not an iCalendar file (no BEGIN:VCALENDAR)";
        return out;
    }
    CalendarRead read = read_calendar(decoded->utf8, first, last);
    out.warnings = std::move(read.warnings);
    out.events = read.events;
    if (!read.error.empty()) {
        out.error = read.error;
        return out;
    }
    // Series in the order the file gives them; each date once per activity, so a series with
    // two happenings on one day gets a second activity ("-2") for the second.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const CalendarOccurrence*>> by_series;
    for (const auto& o : read.occurrences) {
        auto& list = by_series[o.series];
        if (list.empty()) order.push_back(o.series);
        list.push_back(&o);
    }
    std::set<std::string> unmapped;
    for (const std::string& series : order) {
        auto& list = by_series[series];
        std::stable_sort(list.begin(), list.end(), [](const auto* a, const auto* b) {
            return a->when.date != b->when.date ? a->when.date < b->when.date
                                                : a->when.start < b->when.start;
        });
        std::vector<std::vector<const CalendarOccurrence*>> parts;
        for (const auto* o : list) {
            auto part = parts.begin();
            while (part != parts.end() && part->back()->when.date == o->when.date)
                ++part;
            if (part == parts.end())
                parts.push_back({o});
            else
                part->push_back(o);
        }
        const std::string id = source + "-" + sha256_hex(series).substr(0, 12);
        for (std::size_t n = 0; n < parts.size(); ++n) {
            nlohmann::ordered_json a = {{"id", n == 0 ? id : id + "-" + std::to_string(n + 1)}};
            a.update(activity_json(*parts[n].front(), source, categories, out.warnings, unmapped));
            nlohmann::ordered_json dates = nlohmann::ordered_json::array();
            for (const auto* o : parts[n])
                dates.push_back(dated_json(o->when));
            out.dates += parts[n].size();
            a["dates"] = std::move(dates);
            out.activities.push_back(std::move(a));
        }
    }
    if (!unmapped.empty()) {
        std::string list;
        for (const auto& c : unmapped)
            list += (list.empty() ? "\"" : ", \"") + c + "\"";
        out.warnings.push_back("categories without a kiosk category (they got the default; add "
                               "them with --categories): " +
                               list);
    }
    return out;
}

int import_ics(const IcsImportOptions& options) {
    const std::string file = options.ics_file.filename().string();
    auto fail = [&](int code, const std::string& message) {
        std::cerr << "import-ics: " << message << ". Nothing changed.\n";
        return code;
    };
    const std::string source =
        options.source.empty() ? source_from(options.ics_file) : options.source;
    if (!is_content_id(source))
        return fail(2, "--source \"" + source + "\" may only hold a-z, 0-9 and \"-\"");
    if (options.weeks < 1 || options.weeks > 104) return fail(2, "--weeks must be 1 to 104");
    IcsCategories categories;
    if (options.categories) {
        std::string why;
        auto loaded = IcsCategories::with_file(*options.categories, why);
        if (!loaded) return fail(2, why);
        categories = std::move(*loaded);
    }
    std::optional<std::string> bytes = read_file(options.ics_file);
    if (!bytes) return fail(2, "cannot read " + options.ics_file.string());

    const Date first = options.today.value_or(today_in_amsterdam());
    const Date last = add_days(first, options.weeks * 7 - 1);
    IcsImport imported = convert_calendar(*bytes, source, categories, first, last);
    if (!imported.error.empty()) return fail(2, options.ics_file.string() + ": " + imported.error);
    for (std::size_t i = 0; i < imported.warnings.size() && i < kWarningsShown; ++i)
        std::cerr << "import-ics: " << file << ": " << imported.warnings[i] << "\n";
    if (imported.warnings.size() > kWarningsShown)
        std::cerr << "import-ics: " << file << ": and " << imported.warnings.size() - kWarningsShown
                  << " more warnings\n";

    // What publish will check, checked now: the importer never writes what the kiosk refuses.
    {
        nlohmann::json mine = {{"activities", nlohmann::json::array()}};
        for (const auto& a : imported.activities)
            mine["activities"].push_back(nlohmann::json::parse(a.dump()));
        std::vector<BundleProblem> problems;
        FieldReader reader("activities.json", problems);
        std::vector<Activity> read;
        read_activities_file(mine, reader, Manifest{}, options.content_dir, read);
        if (!problems.empty())
            return fail(1, "the import would not pass publish's checks (" +
                               problems.front().to_string() + "); please report this");
    }

    fs::path target = options.content_dir / "activities.json";
    nlohmann::ordered_json doc = {{"activities", nlohmann::ordered_json::array()}};
    std::error_code ec;
    if (fs::exists(target, ec)) {
        std::string why;
        auto parsed = parse_bounded_json<nlohmann::ordered_json>(read_file(target).value_or(""),
                                                                 kContentJson, why);
        if (parsed) doc = std::move(*parsed);
        if (!parsed || !doc.is_object() || !doc.contains("activities") ||
            !doc["activities"].is_array())
            return fail(1, target.string() + ": not a valid activities file" +
                               (why.empty() ? "" : " (" + why + ")") + "; fix or remove it first");
    }
    // Last time's activities from this calendar go; every other activity stays as it is.
    const std::string tag = "ics:" + source;
    std::set<std::string> before, after;
    for (const auto& a : doc["activities"])
        if (a.is_object() && a.contains("source") && a["source"] == tag && a.contains("id") &&
            a["id"].is_string())
            before.insert(a["id"].get<std::string>());
    for (const auto& a : imported.activities)
        after.insert(a["id"].get<std::string>());
    if (std::string why =
            replace_source_activities(doc["activities"], source, std::move(imported.activities));
        !why.empty())
        return fail(1, why);
    std::size_t added = 0, replaced = 0, removed = 0;
    for (const auto& id : after)
        (before.count(id) ? replaced : added) += 1;
    for (const auto& id : before)
        removed += after.count(id) ? 0 : 1;
    try {
        fs::create_directories(options.content_dir);
        write_file_durably(target, doc.dump(2) + "\n");
    } catch (const std::exception& e) {
        return fail(1, e.what());
    }
    std::cout << "imported " << file << " (" << imported.encoding << ", " << imported.events
              << " events) as " << after.size() << " activities with " << imported.dates
              << " dates from " << format_date_iso(first) << " to " << format_date_iso(last) << ": "
              << added << " new, " << replaced << " replaced, " << removed
              << " removed (no longer in the calendar), in " << target.string() << "\n";
    return 0;
}

} // namespace bk::hub
