// Runs the real kiosk binary with a UI script (--script) under the current DISPLAY, against a
// data folder the test owns, and returns how it ended and what it printed.
#pragma once
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace bk::test {

struct KioskLaunch {
    std::string binary;                   // path of buurtkiosk
    std::filesystem::path data_dir;       // --data: the store goes here (kiosk.sqlite)
    std::string script;                   // the script's text, written next to data_dir
    std::string now = "2026-11-24T10:15"; // --now: a Tuesday with activities in the demo
    // The 15.6-inch screen, where a form and its keyboard fit together; the smaller screens'
    // step-by-step forms have their own tests (small_screen_test.cpp, layout_test.cpp).
    std::string size = "1920x1080";
    std::vector<std::string> extra_args; // e.g. {"--screen", "detail", "--activity", "x"}
    int timeout_seconds = 90;
    // SIGKILL from outside after this long (the kill -9 loop); 0: never.
    std::chrono::milliseconds kill_after{0};
};

struct KioskRun {
    int exit_code = -1;     // when it exited
    int signal = 0;         // when a signal ended it (SIGKILL for the crash test)
    bool timed_out = false; // killed by the runner
    std::string output;     // stdout and stderr together
};

// An empty string when a display is there; otherwise what to do about it.
std::string display_problem();

KioskRun run_kiosk(const KioskLaunch& launch);

} // namespace bk::test
