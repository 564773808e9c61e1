// When volunteers are told that callback requests wait on the kiosk: no hub configured, or a hub
// not reached for 24 hours (or never).
#include "buurtkiosk/sync/callback_delivery.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace std::chrono_literals;

TEST_CASE("callback delivery follows whether a hub is configured and was reached lately") {
    // Tried: no kiosk.json, and a hub last reached two days ago; the kiosk told visitors their
    // request "is verstuurd" in both cases and volunteers saw nothing.
    const TimePoint now = std::chrono::system_clock::now();
    CHECK(callback_delivery(std::nullopt, now) == CallbackDelivery::ByVolunteer);
    SyncStatus never;
    CHECK(callback_delivery(never, now) == CallbackDelivery::WaitingForHub);
    SyncStatus fresh;
    fresh.last_success = now - 5min;
    CHECK(callback_delivery(fresh, now) == CallbackDelivery::Hub);
    SyncStatus day;
    day.last_success = now - 24h;
    CHECK(callback_delivery(day, now) == CallbackDelivery::Hub);
    SyncStatus stale;
    stale.last_success = now - 48h;
    CHECK(callback_delivery(stale, now) == CallbackDelivery::WaitingForHub);
}
