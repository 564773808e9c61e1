// The kiosk's word to the device's update guard (kiosk-images/device/buurtkiosk-update): "this
// version works". A new version that never writes it is rolled back to the one before. Working
// means: up for `healthy_after` without a restart, its main loop running, and, with a hub
// configured, a sync cycle in which the hub took everything, the heartbeat included.
#pragma once
#include <chrono>
#include <filesystem>
#include <string>

namespace bk {

class HealthReport {
public:
    using Clock = std::chrono::steady_clock;

    // `file` is <data>/healthy (KioskLayout); it is written once per process, holding `version`.
    HealthReport(std::filesystem::path file, std::string version,
                 std::chrono::seconds healthy_after, Clock::time_point started = Clock::now());

    // From the main loop, on every pass. `hub_ok`: no hub configured, or a clean cycle since the
    // kiosk started. Returns true on the pass that wrote the file.
    bool check(Clock::time_point now, bool hub_ok);
    bool written() const { return written_; }

private:
    std::filesystem::path file_;
    std::string version_;
    std::chrono::seconds healthy_after_;
    Clock::time_point started_;
    bool written_ = false;
};

} // namespace bk
