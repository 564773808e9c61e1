#include "local_agenda.h"

#include "buurtkiosk/store/local_activities.h"

#include <cstdio>
#include <exception>

namespace bk {

std::optional<std::vector<Activity>> LocalAgenda::changed(Date today) {
    if (!db_) return std::nullopt;
    try {
        const Database::ChangeStamp stamp = db_->change_stamp();
        if (seen_ && *seen_ == stamp && day_ == today) return std::nullopt;
        seen_ = stamp;
        day_ = today;
        std::vector<LocalActivity> now = LocalActivities(*db_).from(today);
        if (now == shown_) return std::nullopt;
        shown_ = std::move(now);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: reading quick activities failed: %s\n", e.what());
        return std::nullopt;
    }
    std::vector<Activity> activities;
    for (const LocalActivity& local : shown_)
        activities.push_back(as_activity(local));
    return activities;
}

} // namespace bk
