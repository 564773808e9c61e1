// activities.json: each activity with its schedule (weekly, once or dates), category, capacity,
// image.
#include "buurtkiosk/content/content_files.h"
#include "buurtkiosk/speech/dutch_numbers.h"

#include <set>

namespace bk {

namespace {

std::string categories_list() {
    std::string list;
    for (Category category : all_categories()) {
        if (!list.empty()) list += ", ";
        list += category_id(category);
    }
    return list;
}

// Weekly start and end: end must come after start.
bool read_times(FieldReader& reader, const Json& object, const std::string& path,
                Schedule& schedule) {
    auto start = reader.time(object, path, "start");
    auto end = reader.time(object, path, "end");
    if (!start || !end) return false;
    if (*end <= *start) {
        reader.problem(field_path(path, "end"), "end time " + format_time(*end) +
                                                    " is not after start time " +
                                                    format_time(*start));
        return false;
    }
    schedule.start = *start;
    schedule.end = *end;
    return true;
}

// More than four years of weeks is no longer an exception: give the activity from and until, or
// split it.
constexpr std::size_t kMaxExceptDates = 200;

// Weekly `except`: the dates it does not take place (holidays), kept sorted. They stay on the
// kiosk as cancelled, so visitors who come every week learn it is off.
bool read_except(FieldReader& reader, const Json& weekly, const std::string& here,
                 Schedule& schedule) {
    if (!weekly.contains("except") || weekly["except"].is_null()) return true;
    const Json* list = reader.array(weekly, here, "except", false);
    if (!list) return false; // not a list: reported by the reader
    const std::string path = field_path(here, "except");
    if (list->size() > kMaxExceptDates) {
        reader.problem(path, "lists " + std::to_string(list->size()) + " dates; at most " +
                                 std::to_string(kMaxExceptDates));
        return false;
    }
    bool ok = true;
    std::set<Date> dates;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string item = item_path(path, i);
        const Json& value = (*list)[i];
        if (!value.is_string()) {
            reader.problem(item, std::string("must be a string, not ") + json_kind(value));
            ok = false;
            continue;
        }
        const std::string& text = value.get_ref<const std::string&>();
        std::optional<Date> date = parse_date(text);
        if (!date) {
            reader.problem(item, "\"" + text + "\" is not a date YYYY-MM-DD");
            ok = false;
        } else if (schedule.weekday && iso_weekday(*date) != *schedule.weekday) {
            // The format's own weekday words, not the catalogue's (weekday_name): a bundle's
            // ui/nl.json may change those.
            reader.problem(item, format_date_iso(*date) + " is a " +
                                     std::string(dutch_weekday_name(iso_weekday(*date))) +
                                     ", not a " +
                                     std::string(dutch_weekday_name(*schedule.weekday)) +
                                     ": the activity does not happen then anyway");
            ok = false;
        } else if (!dates.insert(*date).second) {
            reader.problem(item, format_date_iso(*date) + " is listed twice");
            ok = false;
        }
    }
    schedule.except.assign(dates.begin(), dates.end());
    return ok;
}

bool read_weekly(FieldReader& reader, const Json& weekly, const std::string& here,
                 Schedule& schedule) {
    bool ok = true;
    if (auto name = reader.string(weekly, here, "weekday", true)) {
        schedule.weekday = parse_weekday(*name);
        if (!schedule.weekday) {
            reader.problem(field_path(here, "weekday"),
                           "\"" + *name + "\" is not a weekday (maandag ... zondag)");
            ok = false;
        }
    } else {
        ok = false;
    }
    ok = read_times(reader, weekly, here, schedule) && ok;
    schedule.from = reader.date(weekly, here, "from", false);
    schedule.until = reader.date(weekly, here, "until", false);
    if (schedule.from && schedule.until && *schedule.until < *schedule.from) {
        reader.problem(field_path(here, "until"), "until " + format_date_iso(*schedule.until) +
                                                      " is before from " +
                                                      format_date_iso(*schedule.from));
        ok = false;
    }
    ok = read_except(reader, weekly, here, schedule) && ok;
    return ok;
}

// One `once` or one entry of `dates`: a date with a start and maybe an end, or all day; it may
// run past midnight (end_date) and may be cancelled.
bool read_dated(FieldReader& reader, const Json& entry, const std::string& here, DatedTime& when) {
    auto date = reader.date(entry, here, "date", true);
    auto all_day = reader.flag(entry, here, "all_day");
    auto cancelled = reader.flag(entry, here, "cancelled");
    auto end_date = reader.date(entry, here, "end_date", false);
    bool has_end_date = entry.contains("end_date") && !entry["end_date"].is_null();
    if (!date || !all_day || !cancelled || (has_end_date && !end_date)) return false;
    when.date = *date;
    when.all_day = *all_day;
    when.cancelled = *cancelled;
    when.end_date = end_date.value_or(*date);
    if (when.end_date < when.date) {
        reader.problem(field_path(here, "end_date"), "end_date " + format_date_iso(when.end_date) +
                                                         " is before date " +
                                                         format_date_iso(when.date));
        return false;
    }
    if (when.all_day) {
        for (const char* key : {"start", "end"})
            if (entry.contains(key) && !entry[key].is_null()) {
                reader.problem(field_path(here, key),
                               "an all-day happening has no start or end time");
                return false;
            }
        return true;
    }
    auto start = reader.time(entry, here, "start", true);
    bool has_end = entry.contains("end") && !entry["end"].is_null();
    auto end = reader.time(entry, here, "end", false);
    if (!start || (has_end && !end)) return false;
    when.start = *start;
    when.end = end;
    if (when.end_date == when.date) {
        if (end && *end <= *start) {
            reader.problem(field_path(here, "end"),
                           "end time " + format_time(*end) + " is not after start time " +
                               format_time(*start) + " (give end_date when it ends the next day)");
            return false;
        }
    } else if (!end) {
        reader.problem(field_path(here, "end"), "is required with end_date");
        return false;
    }
    return true;
}

bool read_dates(FieldReader& reader, const Json& list, const std::string& here,
                Schedule& schedule) {
    if (list.empty()) {
        reader.problem(here, "lists no dates");
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string path = item_path(here, i);
        if (!list[i].is_object()) {
            reader.problem(path, std::string("must be an object, not ") + json_kind(list[i]));
            ok = false;
            continue;
        }
        DatedTime when;
        if (read_dated(reader, list[i], path, when))
            schedule.dates.push_back(when);
        else
            ok = false;
    }
    std::stable_sort(schedule.dates.begin(), schedule.dates.end(),
                     [](const DatedTime& a, const DatedTime& b) { return a.date < b.date; });
    // A visitor signs up for an activity on a date: two happenings on one date would share
    // their places.
    for (std::size_t i = 1; i < schedule.dates.size(); ++i)
        if (schedule.dates[i].date == schedule.dates[i - 1].date) {
            reader.problem(here, format_date_iso(schedule.dates[i].date) +
                                     " is listed twice; give the second happening its own "
                                     "activity");
            ok = false;
        }
    return ok;
}

bool read_schedule(FieldReader& reader, const Json& activity, const std::string& path,
                   Schedule& schedule) {
    int kinds = 0;
    for (const char* key : {"weekly", "once", "dates"})
        if (activity.contains(key) && !activity[key].is_null()) ++kinds;
    if (kinds != 1) {
        reader.problem(path, std::string(kinds ? "has more than one of" : "has none of") +
                                 " \"weekly\", \"once\" and \"dates\"; give exactly one");
        return false;
    }
    if (const Json* weekly = reader.object(activity, path, "weekly", false))
        return read_weekly(reader, *weekly, field_path(path, "weekly"), schedule);
    if (const Json* once = reader.object(activity, path, "once", false)) {
        DatedTime when;
        if (!read_dated(reader, *once, field_path(path, "once"), when)) return false;
        schedule.dates.push_back(when);
        return true;
    }
    if (const Json* dates = reader.array(activity, path, "dates", false))
        return read_dates(reader, *dates, field_path(path, "dates"), schedule);
    return false; // the one given has the wrong type: reported by the reader
}

void check_image(FieldReader& reader, const std::string& field, const std::string& image,
                 const Manifest& manifest, const std::filesystem::path& folder) {
    if (!wire::is_safe_relative_path(image)) {
        reader.problem(field, "\"" + image +
                                  "\" must be a relative path inside the bundle "
                                  "(no \"..\", no leading \"/\")");
    } else if (!manifest.find_file(image)) {
        reader.problem(field, "image \"" + image + "\" is not listed in manifest.json");
    } else {
        std::error_code error;
        if (!std::filesystem::is_regular_file(folder / image, error))
            reader.problem(field, "image file \"" + image + "\" is missing");
    }
}

} // namespace

bool is_content_id(const std::string& id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

void read_activities_file(const Json& root, FieldReader& reader, const Manifest& manifest,
                          const std::filesystem::path& folder, std::vector<Activity>& activities) {
    if (!root.is_object()) {
        reader.problem("", std::string("must be a JSON object, not ") + json_kind(root));
        return;
    }
    const Json* list = reader.array(root, "", "activities", true);
    if (!list) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = item_path("activities", i);
        const Json& entry = (*list)[i];
        if (!entry.is_object()) {
            reader.problem(path, std::string("must be an object, not ") + json_kind(entry));
            continue;
        }
        Activity activity;
        bool ok = true;
        if (auto id = reader.string(entry, path, "id", true)) {
            activity.id = *id;
            if (!is_content_id(*id)) {
                reader.problem(field_path(path, "id"),
                               "\"" + *id + "\" may only hold a-z, 0-9 and \"-\"");
                ok = false;
            } else if (!ids.insert(*id).second) {
                reader.problem(field_path(path, "id"), "\"" + *id + "\" is used twice");
                ok = false;
            }
        } else {
            ok = false;
        }
        if (auto title = reader.text(entry, path, "title", true))
            activity.title = *title;
        else
            ok = false;
        if (entry.contains("description")) {
            if (auto description = reader.text(entry, path, "description", false))
                activity.description = *description;
            else if (!entry["description"].is_null())
                ok = false;
        }
        if (auto category = reader.string(entry, path, "category", true)) {
            if (auto parsed = parse_category(*category)) {
                activity.category = *parsed;
            } else {
                reader.problem(field_path(path, "category"), "unknown category \"" + *category +
                                                                 "\"; use one of " +
                                                                 categories_list());
                ok = false;
            }
        } else {
            ok = false;
        }
        if (entry.contains("place") && !entry["place"].is_null()) {
            if (auto place = reader.string(entry, path, "place", false))
                activity.place = *place;
            else
                ok = false;
        }
        ok = read_schedule(reader, entry, path, activity.schedule) && ok;
        if (entry.contains("capacity") && !entry["capacity"].is_null()) {
            auto capacity = reader.integer(entry, path, "capacity", false);
            if (capacity && (*capacity < 1 || *capacity > 10000)) {
                reader.problem(field_path(path, "capacity"), "must be between 1 and 10000");
                ok = false;
            } else if (capacity) {
                activity.capacity = static_cast<int>(*capacity);
            } else {
                ok = false;
            }
        }
        if (auto url = reader.string(entry, path, "url", false)) {
            bool web = url->rfind("https://", 0) == 0 || url->rfind("http://", 0) == 0;
            for (unsigned char c : *url)
                web = web && c > 0x20 && c != 0x7f;
            if (!web || url->size() > 500) {
                reader.problem(field_path(path, "url"),
                               "must be a web address starting with https:// or http://, "
                               "without spaces, at most 500 characters");
                ok = false;
            } else {
                activity.url = *url;
            }
        } else if (entry.contains("url") && !entry["url"].is_null()) {
            ok = false;
        }
        if (entry.contains("image") && !entry["image"].is_null()) {
            if (auto image = reader.string(entry, path, "image", false)) {
                check_image(reader, field_path(path, "image"), *image, manifest, folder);
                activity.image = *image;
            }
        }
        if (ok) activities.push_back(std::move(activity));
    }
}

} // namespace bk
