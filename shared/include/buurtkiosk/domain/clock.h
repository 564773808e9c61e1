// Where "now" comes from: the system clock in the app, a clock tests can set and advance.
#pragma once
#include "buurtkiosk/domain/calendar.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace bk {

using TimePoint = std::chrono::system_clock::time_point;

struct LocalDateTime {
    Date date;
    TimeOfDay time;
    int second = 0;
};

// Local civil time (the TZ of the process, Europe/Amsterdam on a kiosk).
LocalDateTime to_local(TimePoint t);
// "2026-11-24T19:03:11Z" (UTC, for protocol and storage).
std::string format_utc(TimePoint t);
// The other way round; nullopt unless `text` is exactly that form.
std::optional<TimePoint> parse_utc(const std::string& text);
// Milliseconds since 1970 (UTC), as the store keeps due times and deadlines.
std::int64_t to_unix_millis(TimePoint t);
TimePoint from_unix_millis(std::int64_t ms);

class Clock {
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
public:
    TimePoint now() const override { return std::chrono::system_clock::now(); }
};

// A clock that stands still until told to move; scripts and tests drive it.
class ManualClock final : public Clock {
public:
    explicit ManualClock(TimePoint start) : now_(start.time_since_epoch().count()) {}
    TimePoint now() const override { return TimePoint{TimePoint::duration{now_.load()}}; }
    void set(TimePoint t) { now_ = t.time_since_epoch().count(); }
    void advance(std::chrono::milliseconds by) {
        now_ += std::chrono::duration_cast<TimePoint::duration>(by).count();
    }

private:
    std::atomic<TimePoint::rep> now_;
};

} // namespace bk
