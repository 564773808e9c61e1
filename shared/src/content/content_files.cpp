// buurtkamer.json, pages.json and announcements.json.
#include "buurtkiosk/content/content_files.h"

#include <set>

namespace bk {

namespace {

bool require_object(FieldReader& reader, const Json& root) {
    if (root.is_object()) return true;
    reader.problem("", std::string("must be a JSON object, not ") + json_kind(root));
    return false;
}

// An "id" field: required, [a-z0-9-]+, unique within the file.
std::string read_id(FieldReader& reader, const Json& entry, const std::string& path,
                    std::set<std::string>& seen) {
    auto id = reader.string(entry, path, "id", true);
    if (!id) return {};
    if (!is_content_id(*id))
        reader.problem(field_path(path, "id"), "\"" + *id + "\" may only hold a-z, 0-9 and \"-\"");
    else if (!seen.insert(*id).second)
        reader.problem(field_path(path, "id"), "\"" + *id + "\" is used twice");
    return *id;
}

} // namespace

void read_place_file(const Json& root, FieldReader& reader, Place& place) {
    if (!require_object(reader, root)) return;
    place.name = reader.string(root, "", "name", true).value_or("");
    place.address = reader.string(root, "", "address", false).value_or("");
    const Json* hours = reader.array(root, "", "opening_hours", false);
    if (!hours) return;
    for (std::size_t i = 0; i < hours->size(); ++i) {
        const std::string path = item_path("opening_hours", i);
        const Json& entry = (*hours)[i];
        if (!entry.is_object()) {
            reader.problem(path, std::string("must be an object, not ") + json_kind(entry));
            continue;
        }
        auto weekday_name = reader.string(entry, path, "weekday", true);
        auto weekday = weekday_name ? parse_weekday(*weekday_name) : std::nullopt;
        if (weekday_name && !weekday)
            reader.problem(field_path(path, "weekday"),
                           "\"" + *weekday_name + "\" is not a weekday (maandag ... zondag)");
        auto open = reader.time(entry, path, "open");
        auto close = reader.time(entry, path, "close");
        if (open && close && *close <= *open)
            reader.problem(field_path(path, "close"), "closing time " + format_time(*close) +
                                                          " is not after opening time " +
                                                          format_time(*open));
        if (!weekday || !open || !close) continue;
        place.opening_hours.push_back({*weekday, *open, *close});
    }
}

void read_pages_file(const Json& root, FieldReader& reader, std::vector<InfoPage>& pages) {
    if (!require_object(reader, root)) return;
    const Json* list = reader.array(root, "", "pages", true);
    if (!list) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = item_path("pages", i);
        const Json& entry = (*list)[i];
        if (!entry.is_object()) {
            reader.problem(path, std::string("must be an object, not ") + json_kind(entry));
            continue;
        }
        InfoPage page;
        page.id = read_id(reader, entry, path, ids);
        page.icon = reader.string(entry, path, "icon", false).value_or("");
        if (auto title = reader.text(entry, path, "title", true)) page.title = *title;
        if (auto body = reader.text(entry, path, "body", true)) page.body = *body;
        pages.push_back(std::move(page));
    }
}

void read_announcements_file(const Json& root, FieldReader& reader,
                             std::vector<Announcement>& announcements) {
    if (!require_object(reader, root)) return;
    const Json* list = reader.array(root, "", "announcements", true);
    if (!list) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = item_path("announcements", i);
        const Json& entry = (*list)[i];
        if (!entry.is_object()) {
            reader.problem(path, std::string("must be an object, not ") + json_kind(entry));
            continue;
        }
        Announcement announcement;
        announcement.id = read_id(reader, entry, path, ids);
        if (auto text = reader.text(entry, path, "text", true)) announcement.text = *text;
        announcement.from = reader.date(entry, path, "from", false);
        announcement.until = reader.date(entry, path, "until", false);
        if (announcement.from && announcement.until && *announcement.until < *announcement.from)
            reader.problem(field_path(path, "until"),
                           "until " + format_date_iso(*announcement.until) + " is before from " +
                               format_date_iso(*announcement.from));
        announcements.push_back(std::move(announcement));
    }
}

} // namespace bk
