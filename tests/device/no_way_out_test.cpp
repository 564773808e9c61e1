// A fullscreen kiosk cannot be left: keys a visitor could press on a USB keyboard (Alt+F4,
// Ctrl+C, Ctrl+Alt+F2, Alt+Tab, Ctrl+Alt+Delete, Escape), a window manager's close, and the
// signals a terminal sends (Ctrl+C, Ctrl+\, Ctrl+Z, a hang-up) leave it on its screen. Only
// SIGTERM, as systemd stops it, ends it, cleanly. A window started for development (not
// fullscreen) still closes.
#include "support/kiosk_runner.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace bk;

namespace {

test::KioskRun run(const test::TempDir& dir, const std::string& script, bool fullscreen) {
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = dir.path() / "data";
    launch.script = script;
    if (fullscreen) launch.extra_args = {"--fullscreen"};
    return test::run_kiosk(launch);
}

} // namespace

TEST_CASE("keys, a window close and terminal signals do not end a fullscreen kiosk") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto result = run(dir,
                      "expect-screen home\n"
                      "tap tile-agenda\n"
                      "expect-screen agenda\n"
                      "key alt+F4\nkey ctrl+C\nkey ctrl+alt+F2\nkey alt+Tab\n"
                      "key ctrl+alt+Delete\nkey Escape\nkey super+D\n"
                      "close-window\n"
                      "signal INT\nsignal QUIT\nsignal TSTP\nsignal HUP\n"
                      "wait 10\n"
                      "expect-screen agenda\n"
                      "tap back\n"
                      "expect-screen home\n"
                      "say still here\n"
                      "signal TERM\n"
                      "wait 10\n"
                      "say not reached\n",
                      true);
    INFO(result.output);
    CHECK_FALSE(result.timed_out);
    CHECK(result.signal == 0);
    CHECK(result.exit_code == 0); // SIGTERM: a clean end
    CHECK(result.output.find("still here") != std::string::npos);
    CHECK(result.output.find("not reached") == std::string::npos);
    CHECK(result.output.find("script:") == std::string::npos); // no step failed
}

TEST_CASE("a development window still closes") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto result = run(dir, "expect-screen home\nclose-window\nwait 10\nsay not reached\n", false);
    INFO(result.output);
    CHECK(result.exit_code == 0);
    CHECK(result.output.find("not reached") == std::string::npos);
}
