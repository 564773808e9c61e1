// libsystemd's sd_notify: a datagram to $NOTIFY_SOCKET; a no-op when that is not set.
#include "service_notify.h"

#include <systemd/sd-daemon.h>

namespace bk {

ServiceNotify::ServiceNotify() {
    std::uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) interval_ = std::chrono::microseconds(usec);
}

void ServiceNotify::ready() {
    if (ready_) return;
    ready_ = true;
    sd_notify(0, "READY=1\nSTATUS=Showing the home screen");
}

void ServiceNotify::alive(Clock::time_point now) {
    if (!interval_) return;
    if (last_pet_ && now - *last_pet_ < *interval_ / 4) return;
    last_pet_ = now;
    sd_notify(0, "WATCHDOG=1");
}

void ServiceNotify::stopping() {
    sd_notify(0, "STOPPING=1");
}

std::optional<std::chrono::milliseconds> ServiceNotify::longest_wait() const {
    if (!interval_) return std::nullopt;
    return std::chrono::duration_cast<std::chrono::milliseconds>(*interval_ / 4);
}

} // namespace bk
