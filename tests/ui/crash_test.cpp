// Durability seen from the visitor: the kiosk is killed (SIGKILL) the moment the confirmation
// shows; after a restart the sign-up is there exactly once, and once in the outbox.
#include "buurtkiosk/store/outbox.h"
#include "buurtkiosk/store/sign_ups.h"
#include "ui/visitor_fixture.h"

#include <catch2/catch.hpp>

#include <csignal>

using namespace bk;
using namespace bk::test;

TEST_CASE("kill -9 right after the confirmation: after a restart the sign-up is there once",
          "[ui]") {
    VisitorFixture kiosk;
    const std::string to_card = std::string("tap card-") + kActivity + "-" + kToday + "\n";
    KioskRun killed = kiosk.run_unchecked(to_card + R"(
tap sign-up
type Ahmed
tap people-plus
tap people-plus
tap confirm
expect-screen sign-up-done
kill
quit
)");
    INFO("kiosk output:\n" << killed.output);
    REQUIRE(killed.signal == SIGKILL);

    // The restarted kiosk counts the places from the store: 8 - 3 = 5.
    kiosk.run(to_card + "expect-visible 5 plaatsen vrij\nquit\n");
    auto db = kiosk.store();
    auto list = SignUps(*db).list_for(kActivity, VisitorFixture::today());
    REQUIRE(list.size() == 1);
    CHECK(list[0].first_name == "Ahmed");
    CHECK(list[0].people == 3);
    CHECK(Outbox(*db).depth() == 1);
    CHECK(Outbox(*db).due(std::chrono::system_clock::now() + std::chrono::hours(1), 10).size() ==
          1);
}
