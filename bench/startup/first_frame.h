// Time to first frame of a program that renders once into a PNG and exits: wall time from
// fork/exec until the PNG file is closed after writing (inotify), and until the process exits.
#pragma once
#include <string>
#include <vector>

namespace bk::bench {

struct FirstFrame {
    bool ok = false;
    double png_ms = 0;  // exec until the PNG was written and closed
    double exit_ms = 0; // exec until the process (tree root) exited
    std::string error;
};

// Runs `argv` (which must write `png_path`), with output to `log_path`; gives up after
// `timeout_ms` and stops the process tree.
FirstFrame time_first_frame(const std::vector<std::string>& argv, const std::string& png_path,
                            const std::string& log_path, int timeout_ms = 60000);

} // namespace bk::bench
