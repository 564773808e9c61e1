// Screen hours: outside the opening hours (plus the margin) the screen is black and nothing is
// drawn; a touch wakes it to a notice of when the Buurtkamer opens again, read aloud at once;
// three minutes after the last touch it goes dark again. Inside the hours nothing changes.
#include "support/kiosk_runner.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#include <cstdlib>

using namespace bk;

namespace {

// The demo Buurtkamer is open on Tuesday 09:00-21:00; the margin is 30 minutes.
test::KioskRun run(const test::TempDir& dir, const std::string& now, const std::string& script,
                   std::vector<std::string> extra = {}) {
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = dir.path() / "data";
    launch.now = now;
    launch.script = script;
    launch.extra_args = {"--screen-hours", "on"};
    launch.extra_args.insert(launch.extra_args.end(), extra.begin(), extra.end());
    return test::run_kiosk(launch);
}

} // namespace

TEST_CASE("at night the screen is dark, a touch shows and reads when it opens, then dark again") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    setenv("BUURTKIOSK_TRACE_SPEECH", "1", 1);
    test::TempDir dir;
    auto result = run(dir, "2026-11-24T23:30",
                      "expect-dark\n"
                      "touch-screen\n"
                      "wait 5\n"
                      "expect-lit\n"
                      "expect-screen closed\n"
                      "print-spoken closed-notice\n"
                      "sleep 1\n"
                      "say heard\n"
                      "advance 120\n"
                      "wait 5\n"
                      "expect-lit\n" // awake for three minutes after the last touch
                      "advance 70\n"
                      "wait 5\n"
                      "expect-dark\n"
                      "quit\n");
    unsetenv("BUURTKIOSK_TRACE_SPEECH");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    CHECK(result.output.find("spoken: closed-notice: Gesloten. De Buurtkamer is nu gesloten. We "
                             "zijn weer open op woensdag 25 november om 09:00.") !=
          std::string::npos);
    auto heard = result.output.find("say: heard");
    REQUIRE(heard != std::string::npos);
    CHECK(result.output.substr(0, heard).find("speech: highlight closed-notice") !=
          std::string::npos);
    CHECK(result.output.find("screen dark outside the screen hours") != std::string::npos);
    CHECK(result.output.find("screen on (touched outside the screen hours)") != std::string::npos);
}

TEST_CASE("a visitor woken into the closed notice can hear it in their own language") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    setenv("BUURTKIOSK_TRACE_SPEECH", "1", 1);
    test::TempDir dir;
    // Going dark forgot the last visitor's Arabic; the next visitor reads English.
    auto result = run(dir, "2026-11-24T23:30",
                      "touch-screen\nwait 5\nexpect-screen closed\ntap language\n"
                      "tap lang-en\nexpect-screen closed\nwait 3\nprint-spoken closed-notice\n"
                      "sleep 1\nquit\n");
    unsetenv("BUURTKIOSK_TRACE_SPEECH");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    auto english = result.output.find("spoken: closed-notice: Closed.");
    CHECK(english != std::string::npos);
    // Read aloud again on coming back, now in English: the first word highlighted is "Closed"
    // (bytes 0-6), not "Gesloten" (0-8).
    CHECK(result.output.find("speech: highlight closed-notice 0-6\n") != std::string::npos);
}

TEST_CASE("in opening hours and their margin the screen stays on") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    // 21:29 on a Tuesday: closed at 21:00, the margin keeps the screen on until 21:30.
    auto result = run(dir, "2026-11-24T21:29",
                      "expect-lit\nexpect-screen home\nadvance 60\nwait 5\nexpect-dark\nquit\n");
    INFO(result.output);
    CHECK(result.exit_code == 0);
}

TEST_CASE("a screenshot outside the screen hours is black") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = dir.path() / "data";
    launch.now = "2026-11-25T03:00";
    const std::string shot = (dir.path() / "night.png").string();
    launch.extra_args = {"--screen-hours", "on", "--screenshot", shot};
    auto result = test::run_kiosk(launch);
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    int w = 0, h = 0, channels = 0;
    unsigned char* pixels = stbi_load(shot.c_str(), &w, &h, &channels, 3);
    REQUIRE(pixels);
    long lit = 0;
    for (long i = 0; i < long(w) * h * 3; ++i)
        lit += pixels[i] != 0;
    stbi_image_free(pixels);
    CHECK(w == 1920);
    CHECK(lit == 0);
}
