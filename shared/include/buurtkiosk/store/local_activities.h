// Quick activities (LocalActivity) on this kiosk: the ones its volunteers made, each stored with
// its outbox item in one transaction, and the ones the hub keeps for the kiosk's group.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/domain/local_activity.h"

#include <vector>

namespace bk {

class Database;

class LocalActivities {
public:
    explicit LocalActivities(Database& db) : db_(db) {}

    // Gives the activity its id and created_at, stores it and queues "local_activity" for the
    // hub. Throws std::invalid_argument (nothing stored) when local_activity_problem finds one.
    LocalActivity add(LocalActivity activity, TimePoint now);
    // GET /v1/local-activities: keeps the ones not known here yet (another kiosk's, or this
    // kiosk's own after its data was lost). One already here is left as it is.
    void keep_from_hub(const std::vector<LocalActivity>& activities);
    // The ones on `from` or later, by date and start.
    std::vector<LocalActivity> from(Date from) const;
    // Retention: the ones before `date` go; returns how many.
    int purge_older_than(Date date);

private:
    void insert(const LocalActivity& activity);

    Database& db_;
};

} // namespace bk
