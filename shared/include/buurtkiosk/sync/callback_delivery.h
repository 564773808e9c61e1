// How a stored callback request will reach the sociaal team, as far as the kiosk can tell. The
// visitor is told only what is true, and volunteers see when requests wait on this kiosk.
#pragma once
#include "buurtkiosk/sync/sync_status.h"

#include <chrono>
#include <optional>

namespace bk {

enum class CallbackDelivery {
    Hub,           // sync works: the request goes to the hub within seconds
    WaitingForHub, // a hub is configured but out of touch: sent once it answers again
    ByVolunteer,   // no hub configured (or kiosk.json unusable): a volunteer passes it on
};

// After this long without a successful sync the hub counts as out of touch.
inline constexpr std::chrono::hours kHubOutOfTouchAfter{24};

// `status` is nullopt when no hub is configured. A hub never reached counts as out of touch.
CallbackDelivery callback_delivery(const std::optional<SyncStatus>& status, TimePoint now);

} // namespace bk
