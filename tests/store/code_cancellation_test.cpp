// Cancelling with a code, as a visitor: wrong codes are limited, and the limit survives a restart.
#include "buurtkiosk/store/code_cancellation.h"

#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/database.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace std::chrono_literals;

namespace {

const TimePoint t0 = std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + 10h;
const Date monday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{30}};

std::string sign_up(Database& db) {
    SignUpRequest r;
    r.activity_id = "koffieochtend";
    r.date = monday;
    r.first_name = "Fatima";
    r.capacity = 8;
    r.form_token = make_uuid_v4();
    return SignUps(db).sign_up(r, t0).code;
}

std::string wrong_code(const std::string& right) {
    return right == "QQQQ" ? "RRRR" : "QQQQ";
}

} // namespace

TEST_CASE("five wrong codes make visitors wait, even with the right code, across a restart",
          "[store][sign_ups]") {
    // Tried: typing one wrong code after another (nothing stopped a visitor from trying all
    // 390,625 codes until one cancelled somebody else's place), then restarting the kiosk for
    // fresh guesses, then the right code during the wait.
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    const std::string code = sign_up(db);
    GuessPolicy policy;
    {
        CodeCancellation cancellation(db, policy);
        for (int i = 0; i < 4; ++i) {
            CancelResult r = cancellation.cancel(wrong_code(code), t0);
            CHECK_FALSE(r.found);
            CHECK_FALSE(r.try_again_at);
        }
        CancelResult fifth = cancellation.cancel(wrong_code(code), t0);
        REQUIRE(fifth.try_again_at);
        CHECK(*fifth.try_again_at == t0 + policy.first_lockout);
    }
    CodeCancellation restarted(db, policy);
    CancelResult during = restarted.cancel(code, t0 + 1min);
    CHECK_FALSE(during.found);
    REQUIRE(during.try_again_at);
    CHECK(*during.try_again_at == t0 + policy.first_lockout);
    CHECK(SignUps(db).find_by_code(code)); // nothing was cancelled

    CancelResult after = restarted.cancel(code, t0 + policy.first_lockout);
    CHECK(after.found);
    CHECK_FALSE(after.try_again_at);
    CHECK_FALSE(SignUps(db).find_by_code(code));
}

TEST_CASE("every further round of wrong codes doubles the wait", "[store][sign_ups]") {
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    const std::string code = sign_up(db);
    GuessPolicy policy;
    CodeCancellation cancellation(db, policy);
    for (int i = 0; i < 5; ++i)
        cancellation.cancel(wrong_code(code), t0);
    const TimePoint later = t0 + policy.first_lockout;
    CancelResult last;
    for (int i = 0; i < 5; ++i)
        last = cancellation.cancel(wrong_code(code), later);
    REQUIRE(last.try_again_at);
    CHECK(*last.try_again_at == later + 2 * policy.first_lockout);
}

TEST_CASE("a day without wrong codes forgets the earlier ones", "[store][sign_ups]") {
    // Tried: four typos on Monday and one on Tuesday; that is no reason to make a visitor wait.
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    const std::string code = sign_up(db);
    GuessPolicy policy;
    CodeCancellation cancellation(db, policy);
    for (int i = 0; i < 4; ++i)
        cancellation.cancel(wrong_code(code), t0);
    CHECK_FALSE(cancellation.cancel(wrong_code(code), t0 + policy.forget_after).try_again_at);
}

TEST_CASE("looking a code up shows its sign-up, changes nothing, and counts only wrong codes",
          "[store][sign_ups]") {
    // Tried: the cancel screen now asks "Wilt u dit afmelden?" first, so it looks the code up
    // before cancelling. Looking up the right code again and again must not cancel anything or
    // use up guesses; wrong codes must still count towards the wait.
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    const std::string code = sign_up(db);
    CodeCancellation cancellation(db);
    for (int i = 0; i < 10; ++i) {
        CodeLookup found = cancellation.find(code, t0 + std::chrono::seconds(i));
        REQUIRE(found.sign_up);
        CHECK(found.sign_up->activity_id == "koffieochtend");
        CHECK(found.sign_up->date == monday);
        CHECK_FALSE(found.try_again_at);
    }
    CHECK(SignUps(db).find_by_code(code)); // still signed up
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(cancellation.find(wrong_code(code), t0 + 1min).try_again_at);
    CodeLookup fifth = cancellation.find(wrong_code(code), t0 + 1min);
    CHECK_FALSE(fifth.sign_up);
    REQUIRE(fifth.try_again_at);
    CHECK_FALSE(cancellation.find(code, t0 + 2min).sign_up); // waiting: nothing is looked up
    CHECK(cancellation.cancel(code, t0 + 20min).found);      // after the wait, the right code
}
