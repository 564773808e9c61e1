// activities.json: each activity with its schedule (weekly or once), category, capacity, image.
#include "buurtkiosk/content/content_files.h"

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

// start/end shared by weekly and once; end must come after start.
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

bool read_schedule(FieldReader& reader, const Json& activity, const std::string& path,
                   Schedule& schedule) {
    const Json* weekly = reader.object(activity, path, "weekly", false);
    const Json* once = reader.object(activity, path, "once", false);
    bool has_weekly = activity.contains("weekly") && !activity["weekly"].is_null();
    bool has_once = activity.contains("once") && !activity["once"].is_null();
    if (has_weekly && has_once) {
        reader.problem(path, "has both \"weekly\" and \"once\"; give exactly one");
        return false;
    }
    if (!has_weekly && !has_once) {
        reader.problem(path, "has neither \"weekly\" nor \"once\"; give exactly one");
        return false;
    }
    if (weekly) {
        const std::string here = field_path(path, "weekly");
        bool ok = true;
        if (auto name = reader.string(*weekly, here, "weekday", true)) {
            schedule.weekday = parse_weekday(*name);
            if (!schedule.weekday) {
                reader.problem(field_path(here, "weekday"),
                               "\"" + *name + "\" is not a weekday (maandag ... zondag)");
                ok = false;
            }
        } else {
            ok = false;
        }
        ok = read_times(reader, *weekly, here, schedule) && ok;
        schedule.from = reader.date(*weekly, here, "from", false);
        schedule.until = reader.date(*weekly, here, "until", false);
        if (schedule.from && schedule.until && *schedule.until < *schedule.from) {
            reader.problem(field_path(here, "until"), "until " + format_date_iso(*schedule.until) +
                                                          " is before from " +
                                                          format_date_iso(*schedule.from));
            ok = false;
        }
        return ok;
    }
    if (once) {
        const std::string here = field_path(path, "once");
        schedule.date = reader.date(*once, here, "date", true);
        bool ok = read_times(reader, *once, here, schedule);
        return ok && schedule.date.has_value();
    }
    return false;
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
