#include "buurtkiosk/store/hub_places.h"

#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/sync_state.h"

namespace bk {

void HubPlaces::keep_count(const wire::PlaceCount& count, const std::string& as_of) {
    db_.prepare("INSERT INTO hub_places (activity_id, date, taken, waiting, as_of) "
                "VALUES (?,?,?,?,?) ON CONFLICT (activity_id, date) DO UPDATE SET "
                "taken = excluded.taken, waiting = excluded.waiting, as_of = excluded.as_of")
        .bind(1, count.activity_id)
        .bind(2, count.date)
        .bind(3, count.taken)
        .bind(4, count.waiting)
        .bind(5, as_of)
        .run();
}

void HubPlaces::replace(const wire::Places& places) {
    Transaction transaction(db_);
    db_.exec("DELETE FROM hub_places");
    for (const wire::PlaceCount& count : places.places)
        keep_count(count, places.as_of);
    // From now on an occurrence the hub does not list has nobody at the hub.
    SyncState(db_).set(kHubPlacesAsOf, places.as_of);
    transaction.commit();
}

void HubPlaces::apply(const wire::SignUpOutcome& outcome, TimePoint now) {
    db_.prepare("UPDATE sign_ups SET hub_status = ? WHERE id = ?")
        .bind(1, outcome.status)
        .bind(2, outcome.id)
        .run();
    if (outcome.status == "waiting_list")
        db_.prepare("UPDATE sign_ups SET status = 'waiting_list', moved_by_hub_at = ? "
                    "WHERE id = ? AND status = 'confirmed'")
            .bind(1, format_utc(now))
            .bind(2, outcome.id)
            .run();
    keep_count(outcome.count, format_utc(now));
}

} // namespace bk
