#include "privacy_reset.h"

#include <algorithm>

namespace bk {

PrivacyReset::Status PrivacyReset::update(TimePoint now, bool applies, int idle_seconds,
                                          int countdown_seconds) {
    using namespace std::chrono;
    Status s;
    if (!started_ || !applies) {
        started_ = true;
        last_touch_ = now;
        return s;
    }
    idle_seconds = std::max(idle_seconds, 5);
    countdown_seconds = std::max(countdown_seconds, 5);
    auto idle = duration_cast<milliseconds>(now - last_touch_).count();
    long long idle_ms = idle_seconds * 1000LL;
    long long end_ms = idle_ms + countdown_seconds * 1000LL;
    if (idle >= end_ms) {
        s.expired = true;
        last_touch_ = now;
        return s;
    }
    if (idle < idle_ms) {
        s.wake_ms = int(idle_ms - idle);
        return s;
    }
    s.counting = true;
    long long left_ms = end_ms - idle;
    s.seconds_left = int((left_ms + 999) / 1000);
    s.wake_ms = int(left_ms % 1000 == 0 ? 1000 : left_ms % 1000);
    return s;
}

} // namespace bk
