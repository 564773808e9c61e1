// What the hub says about places (docs/protocol.md, "Places shared with the hub"): its counts of
// the group's occurrences, and its decision on each sign-up this kiosk sent. Written by the sync
// thread; SignUps::places_taken reads the counts.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/protocol/wire.h"

namespace bk {

class Database;

// The sync_state key holding when the hub last sent its whole list (GET /v1/places).
inline constexpr const char* kHubPlacesAsOf = "hub_places_as_of";

class HubPlaces {
public:
    explicit HubPlaces(Database& db) : db_(db) {}

    // GET /v1/places: the hub's whole list replaces the one kept, in one transaction. An
    // occurrence it does not list has nobody at the hub.
    void replace(const wire::Places& places);
    // The answer to a sign-up or cancellation this kiosk sent: the sign-up's status at the hub
    // and its occurrence's count. A sign-up confirmed here but put on the waiting list by the
    // hub moves to the waiting list here too, marked for the volunteers; nothing is sent back.
    // Applying the same answer twice (a replay after a crash) changes nothing more. Runs in the
    // caller's transaction: the one that takes the item out of the outbox (Outbox::mark_delivered),
    // so no reader ever sees the sign-up both in the outbox and in the hub's count.
    void apply(const wire::SignUpOutcome& outcome, TimePoint now);

private:
    void keep_count(const wire::PlaceCount& count, const std::string& as_of);

    Database& db_;
};

} // namespace bk
