#include "retention.h"

#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/local_activities.h"
#include "buurtkiosk/store/sign_ups.h"

#include <cstdio>

namespace bk {

void Retention::on_day(Date today, int retention_days) {
    if (!db_ || done_for_ == today) return;
    done_for_ = today;
    try {
        // Occurrences before this date are more than `retention_days` in the past.
        int purged = SignUps(*db_).purge_older_than(add_days(today, -retention_days));
        if (purged > 0) std::fprintf(stderr, "buurtkiosk: purged %d old sign-up(s)\n", purged);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: purging old sign-ups failed: %s\n", e.what());
    }
    try {
        // A quick activity lasts one day: the ones before today have passed, and the agenda
        // shows nothing before today. Today's stays until the date changes, so one that runs
        // late in the evening is still there. Not yesterday: the hub lists from its UTC
        // yesterday for kiosks behind UTC, but on this kiosk yesterday's has passed.
        int purged = LocalActivities(*db_).purge_older_than(today);
        if (purged > 0)
            std::fprintf(stderr, "buurtkiosk: purged %d past quick activit%s\n", purged,
                         purged == 1 ? "y" : "ies");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: purging past quick activities failed: %s\n", e.what());
    }
}

} // namespace bk
