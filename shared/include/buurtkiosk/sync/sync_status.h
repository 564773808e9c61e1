// What volunteers see about sync health: a plain copy, safe to hand to the UI thread.
#pragma once
#include "buurtkiosk/domain/clock.h"

#include <cstdint>
#include <optional>
#include <string>

namespace bk {

struct SyncStatus {
    std::optional<TimePoint> last_attempt;
    std::optional<TimePoint> last_success; // last cycle in which every exchange with the hub worked
    std::string last_error; // plain Dutch for volunteers; empty when the last cycle was clean
    std::string last_error_detail; // precise, technical, no personal data (also sent in heartbeats)
    int outbox_depth = 0;          // submissions still to deliver
    int quarantined = 0;           // submissions the hub refused for good
    int failed_cycles = 0;         // cycles in a row that could not reach the hub properly
    std::int64_t content_version = 0;
    std::string content_expires; // UTC; past it the content still shows, flagged stale
    bool content_expired = false;
    bool running = false; // the background thread is active
};

} // namespace bk
