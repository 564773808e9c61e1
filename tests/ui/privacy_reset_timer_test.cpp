// The privacy reset's timer on its own: when the countdown shows, what it says, when the loop
// must wake up (so a sleeping kiosk still counts down), and that a touch or an untouched home
// puts it back to rest.
#include "privacy_reset.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace std::chrono;

TEST_CASE("the privacy timer counts down after the idle time and asks to be woken", "[ui]") {
    PrivacyReset reset;
    TimePoint t0 = system_clock::now();
    auto at = [&](double s) {
        return t0 + duration_cast<system_clock::duration>(duration<double>(s));
    };
    CHECK_FALSE(reset.update(t0, true, 60, 15).counting); // starts at rest

    auto idle = reset.update(at(10), true, 60, 15);
    CHECK_FALSE(idle.counting);
    CHECK(idle.wake_ms == 50000); // wake exactly when the countdown must appear

    auto first = reset.update(at(60), true, 60, 15);
    CHECK(first.counting);
    CHECK(first.seconds_left == 15);
    CHECK(first.wake_ms == 1000);

    auto mid = reset.update(at(66.4), true, 60, 15);
    CHECK(mid.counting);
    CHECK(mid.seconds_left == 9);
    CHECK(mid.wake_ms == 600); // the next whole second of the countdown

    auto end = reset.update(at(75), true, 60, 15);
    CHECK(end.expired);
    CHECK_FALSE(end.counting);
    CHECK_FALSE(reset.update(at(76), true, 60, 15).counting); // starts over after the reset
}

TEST_CASE("a touch extends, and an untouched home keeps the timer at rest", "[ui]") {
    PrivacyReset reset;
    TimePoint t0 = system_clock::now();
    reset.update(t0, true, 60, 15);
    CHECK(reset.update(t0 + seconds(70), true, 60, 15).counting);
    reset.touched(t0 + seconds(70)); // "Ik ben er nog", or any tap
    CHECK_FALSE(reset.update(t0 + seconds(71), true, 60, 15).counting);
    CHECK(reset.update(t0 + seconds(130), true, 60, 15).counting);

    // On an untouched home nothing is counted, however long nobody comes.
    CHECK_FALSE(reset.update(t0 + seconds(1000), false, 60, 15).counting);
    CHECK_FALSE(reset.update(t0 + seconds(1050), true, 60, 15).counting);
    // Settings below 5 s are raised to 5 s: a visitor always gets time to answer.
    CHECK_FALSE(reset.update(t0 + seconds(1054), true, 1, 1).counting);
}
