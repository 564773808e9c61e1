#include "buurtkiosk/sync/callback_delivery.h"

namespace bk {

CallbackDelivery callback_delivery(const std::optional<SyncStatus>& status, TimePoint now) {
    if (!status) return CallbackDelivery::ByVolunteer;
    if (!status->last_success || now - *status->last_success > kHubOutOfTouchAfter)
        return CallbackDelivery::WaitingForHub;
    return CallbackDelivery::Hub;
}

} // namespace bk
