#include "buurtkiosk/domain/local_activity.h"

#include "buurtkiosk/domain/trim.h"

namespace bk {

std::optional<std::string> local_activity_problem(const LocalActivity& a) {
    if (a.id.rfind("lokaal-", 0) != 0 || a.id.size() > 64)
        return "id must start with \"lokaal-\" and have at most 64 characters";
    const std::string title = trim(a.title);
    if (title.empty()) return "title is empty";
    if (title.size() > kLocalTitleMaxBytes)
        return "title is longer than " + std::to_string(kLocalTitleMaxBytes) + " bytes";
    for (unsigned char c : title)
        if (c < 0x20 || c == 0x7f) return "title holds a control character";
    if (!a.date.ok()) return "date is not a real date";
    if (a.start.minutes < 0 || a.end.minutes > 24 * 60 || a.end <= a.start)
        return "end must come after start on the same day";
    if (a.capacity && (*a.capacity < 1 || *a.capacity > kLocalCapacityMax))
        return "capacity must be 1 to " + std::to_string(kLocalCapacityMax);
    if (a.pictogram.size() > 40) return "pictogram name is too long";
    return std::nullopt;
}

Activity as_activity(const LocalActivity& local) {
    Activity a;
    a.id = local.id;
    a.title.by_language["nl"] = trim(local.title);
    a.category = local.category;
    a.schedule.dates.push_back({local.date, local.start, local.end, local.date, false, false});
    a.capacity = local.capacity;
    a.pictogram = local.pictogram;
    return a;
}

} // namespace bk
