// The kiosk's --screen against the one table of screens (kiosk/screens/router.cpp).
#include "ui/visitor_fixture.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace bk::test;

TEST_CASE("the kiosk starts on any screen of the table that needs no form filled in", "[ui]") {
    VisitorFixture kiosk;
    kiosk.run("expect-screen language\nquit\n", {"--screen", "language"});
    kiosk.run("expect-screen cancel\nquit\n", {"--screen", "cancel"});
    kiosk.run("expect-screen info-list\nquit\n", {"--screen", "info"});
}

TEST_CASE("a --screen the kiosk cannot start on is refused with the ones it can", "[ui]") {
    // Tried: a misspelt name, and a confirmation that has nothing to confirm. Before, both
    // started silently on the home screen.
    VisitorFixture kiosk;
    for (const char* name : {"agenad", "sign-up-done"}) {
        KioskRun r = kiosk.run_unchecked("quit\n", {"--screen", name});
        INFO(r.output);
        CHECK(r.exit_code == 2);
        CHECK(r.output.find(std::string("--screen ") + name + ": not a start screen") !=
              std::string::npos);
        CHECK(r.output.find("agenda") != std::string::npos);
    }
}
