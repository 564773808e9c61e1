// The privacy reset: after settings.idle_seconds without a touch a countdown of
// settings.countdown_seconds shows; any touch extends; at zero the app goes home and forgets
// the visitor (forms, language, choices). Time comes from the app's Clock, so a script's
// ManualClock can run it in a test.
#pragma once
#include "buurtkiosk/domain/clock.h"

namespace bk {

class PrivacyReset {
public:
    struct Status {
        bool counting = false; // the countdown is on screen
        int seconds_left = 0;
        bool expired = false; // reset now
        int wake_ms = -1;     // the loop must wake within this to keep the countdown honest
    };

    void touched(TimePoint now) { last_touch_ = now; }
    // `applies` is false on an untouched home screen (nothing to forget): the timer then rests.
    Status update(TimePoint now, bool applies, int idle_seconds, int countdown_seconds);

private:
    TimePoint last_touch_{};
    bool started_ = false;
};

} // namespace bk
