// Time to first frame: for a program that renders once into a PNG and exits, wall time from
// fork/exec until the PNG is closed after writing (inotify); for a window, until the screen
// shows a known colour at a known point.
#pragma once
#include "screen_probe.h"

#include <string>
#include <vector>

namespace bk::bench {

struct FirstFrame {
    bool ok = false;
    double frame_ms = 0; // exec until the PNG was written and closed, or the window showed it
    double exit_ms = 0;  // exec until the process (tree root) exited
    std::string error;
};

// Runs `argv` (which must write `png_path`), with output to `log_path`; gives up after
// `timeout_ms` and stops the process tree.
FirstFrame time_first_frame(const std::vector<std::string>& argv, const std::string& png_path,
                            const std::string& log_path, int timeout_ms = 60000);

// A point of the screen and the colour (0xRRGGBB) it has once the first frame is shown.
struct ScreenMark {
    int x = 0, y = 0;
    unsigned colour = 0;
};

// Starts `argv` in a window, polls the screen until `mark` shows (frame_ms holds that time), then
// stops the process tree.
FirstFrame time_window_frame(const ScreenProbe& screen, const std::vector<std::string>& argv,
                             ScreenMark mark, const std::string& log_path, int timeout_ms = 30000);

} // namespace bk::bench
