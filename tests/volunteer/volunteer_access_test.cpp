// The volunteer PIN: Argon2id hash, lockout after wrong PINs (kept across restarts), sessions
// that end.
#include "buurtkiosk/volunteer/volunteer_access.h"

#include "buurtkiosk/store/database.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace std::chrono_literals;

namespace {
TimePoint t0() {
    return TimePoint{} + 1000h;
}
} // namespace

TEST_CASE("the right PIN opens volunteer mode, a wrong one does not") {
    VolunteerAccess access(hash_pin("4711"));
    CHECK_FALSE(access.unlocked(t0()));
    CHECK(access.try_pin("1234", t0()) == PinCheck::Wrong);
    CHECK_FALSE(access.unlocked(t0()));
    CHECK(access.try_pin("4711", t0()) == PinCheck::Accepted);
    CHECK(access.unlocked(t0() + 1s));
}

TEST_CASE("the hash is Argon2id and never the PIN itself") {
    std::string hash = hash_pin("4711");
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(hash.find("4711") == std::string::npos);
    CHECK(hash_pin("4711") != hash); // salted
}

TEST_CASE("five wrong PINs lock out, even the right PIN, until the lockout ends") {
    PinPolicy policy;
    VolunteerAccess access(hash_pin("4711"), policy);
    for (int i = 0; i < 4; ++i)
        CHECK(access.try_pin("0000", t0()) == PinCheck::Wrong);
    CHECK(access.try_pin("0000", t0()) == PinCheck::LockedOut);
    CHECK(access.try_pin("4711", t0() + 10s) == PinCheck::LockedOut);
    CHECK_FALSE(access.unlocked(t0() + 10s));
    REQUIRE(access.locked_until(t0() + 10s));
    CHECK(*access.locked_until(t0()) == t0() + policy.first_lockout);
    CHECK(access.try_pin("4711", t0() + policy.first_lockout + 1s) == PinCheck::Accepted);
}

TEST_CASE("a second lockout lasts twice as long") {
    PinPolicy policy;
    VolunteerAccess access(hash_pin("4711"), policy);
    for (int i = 0; i < 5; ++i)
        access.try_pin("0000", t0());
    TimePoint after = t0() + policy.first_lockout + 1s;
    for (int i = 0; i < 5; ++i)
        access.try_pin("0000", after);
    REQUIRE(access.locked_until(after));
    CHECK(*access.locked_until(after) == after + 2 * policy.first_lockout);
}

TEST_CASE("a volunteer session ends after idleness or when locked") {
    PinPolicy policy;
    VolunteerAccess access(hash_pin("4711"), policy);
    REQUIRE(access.try_pin("4711", t0()) == PinCheck::Accepted);
    access.touch(t0() + policy.session - 1s);
    CHECK(access.unlocked(t0() + policy.session + 10s));
    CHECK_FALSE(access.unlocked(t0() + 2 * policy.session));
    REQUIRE(access.try_pin("4711", t0()) == PinCheck::Accepted);
    access.lock();
    CHECK_FALSE(access.unlocked(t0()));
}

TEST_CASE("without a configured PIN nothing opens volunteer mode") {
    VolunteerAccess access("");
    CHECK_FALSE(access.pin_configured());
    CHECK(access.try_pin("", t0()) == PinCheck::Wrong);
    CHECK(access.try_pin("0000", t0()) == PinCheck::Wrong);
    CHECK_FALSE(access.unlocked(t0()));
}

TEST_CASE("a restart continues the lockout and the count of wrong PINs", "[store]") {
    // Tried: five wrong PINs, then a new VolunteerAccess on the same kiosk.sqlite (as after the
    // kiosk restarts, e.g. after a crash): it used to hand out five fresh guesses.
    test::TempDir dir;
    const std::string hash = hash_pin("4711");
    PinPolicy policy;
    {
        Database db(dir / "kiosk.sqlite");
        VolunteerAccess access(hash, policy, &db);
        for (int i = 0; i < 4; ++i)
            REQUIRE(access.try_pin("0000", t0()) == PinCheck::Wrong);
        REQUIRE(access.try_pin("0000", t0()) == PinCheck::LockedOut);
    }
    Database db(dir / "kiosk.sqlite");
    VolunteerAccess restarted(hash, policy, &db);
    REQUIRE(restarted.locked_until(t0() + 10s));
    CHECK(*restarted.locked_until(t0() + 10s) == t0() + policy.first_lockout);
    CHECK(restarted.try_pin("4711", t0() + 10s) == PinCheck::LockedOut);

    // After the wait, wrong PINs count on across a restart, and the next lockout is longer.
    TimePoint later = t0() + policy.first_lockout + 1s;
    for (int i = 0; i < 3; ++i)
        REQUIRE(restarted.try_pin("0000", later) == PinCheck::Wrong);
    VolunteerAccess again(hash, policy, &db);
    CHECK(again.wrong_attempts() == 3);
    CHECK(again.try_pin("0000", later) == PinCheck::Wrong);
    CHECK(again.try_pin("0000", later) == PinCheck::LockedOut);
    REQUIRE(again.locked_until(later));
    CHECK(*again.locked_until(later) == later + 2 * policy.first_lockout);
}

TEST_CASE("the right PIN clears the stored count for the next start", "[store]") {
    test::TempDir dir;
    const std::string hash = hash_pin("4711");
    Database db(dir / "kiosk.sqlite");
    {
        VolunteerAccess access(hash, {}, &db);
        access.try_pin("0000", t0());
        access.try_pin("0000", t0());
        REQUIRE(access.try_pin("4711", t0()) == PinCheck::Accepted);
    }
    VolunteerAccess restarted(hash, {}, &db);
    CHECK(restarted.wrong_attempts() == 0);
    CHECK_FALSE(restarted.locked_until(t0()));
    CHECK_FALSE(restarted.unlocked(t0())); // the session itself is never stored
}
