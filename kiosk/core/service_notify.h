// Telling systemd how the kiosk is (sd_notify): ready once its first frame is on the screen,
// then alive from the main loop, so a hung frame or a deadlock stops the pets and systemd
// restarts the kiosk within `WatchdogSec=`. Started any other way (no NOTIFY_SOCKET) it does
// nothing.
#pragma once
#include <chrono>
#include <optional>

namespace bk {

class ServiceNotify {
public:
    using Clock = std::chrono::steady_clock;

    ServiceNotify(); // reads the watchdog interval systemd gave (WATCHDOG_USEC)

    void ready(); // READY=1, the first time only
    // WATCHDOG=1, at most four times per interval: the main loop calls it on every pass.
    void alive(Clock::time_point now);
    void stopping(); // STOPPING=1

    // How long the main loop may wait for events and still pet in time; nullopt: no watchdog.
    std::optional<std::chrono::milliseconds> longest_wait() const;

private:
    std::optional<std::chrono::microseconds> interval_;
    std::optional<Clock::time_point> last_pet_;
    bool ready_ = false;
};

} // namespace bk
