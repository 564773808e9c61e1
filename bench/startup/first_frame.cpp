#include "first_frame.h"

#include "process_tree.h"

#include <poll.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

namespace bk::bench {

namespace {
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// True when an inotify event in `buffer` closes or moves in a file named `name`.
bool names_file(const char* buffer, ssize_t length, const std::string& name) {
    for (ssize_t at = 0; at < length;) {
        const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
        if (event->len > 0 && name == event->name) return true;
        at += ssize_t(sizeof(inotify_event) + event->len);
    }
    return false;
}
} // namespace

FirstFrame time_first_frame(const std::vector<std::string>& argv, const std::string& png_path,
                            const std::string& log_path, int timeout_ms) {
    FirstFrame result;
    const std::filesystem::path png(png_path);
    std::filesystem::remove(png);
    // Watching the folder before the start means no write can be missed, however fast.
    int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (watch < 0 ||
        inotify_add_watch(watch, png.parent_path().c_str(), IN_CLOSE_WRITE | IN_MOVED_TO) < 0) {
        result.error = "cannot watch " + png.parent_path().string() + ": " + std::strerror(errno);
        if (watch >= 0) close(watch);
        return result;
    }
    const auto start = Clock::now();
    pid_t pid = spawn(argv, log_path);
    if (pid < 0) {
        close(watch);
        result.error = "fork failed";
        return result;
    }
    bool written = false, exited = false;
    int status = 0;
    alignas(inotify_event) char buffer[4096];
    while (!(written && exited)) {
        if (ms_since(start) > timeout_ms) {
            stop_tree(pid);
            close(watch);
            result.error = "no screenshot within " + std::to_string(timeout_ms / 1000) + " s";
            return result;
        }
        pollfd fd{watch, POLLIN, 0};
        poll(&fd, 1, written ? 5 : 2); // short: the exit is seen by polling waitpid
        ssize_t length = read(watch, buffer, sizeof buffer);
        if (!written && length > 0 && names_file(buffer, length, png.filename().string())) {
            result.frame_ms = ms_since(start);
            written = true;
        }
        if (!exited && waitpid(pid, &status, WNOHANG) == pid) {
            result.exit_ms = ms_since(start);
            exited = true;
            if (!written && !std::filesystem::exists(png)) break;
        }
    }
    close(watch);
    // Helpers a browser leaves behind are stopped too, so the next run starts clean.
    stop_tree(pid, 1000);
    if (!written) {
        result.error = "exited (status " + std::to_string(WEXITSTATUS(status)) +
                       ") without writing " + png_path + "; see " + log_path;
        return result;
    }
    result.ok = true;
    return result;
}

FirstFrame time_window_frame(const ScreenProbe& screen, const std::vector<std::string>& argv,
                             ScreenMark mark, const std::string& log_path, int timeout_ms) {
    FirstFrame result;
    if (!screen.ok()) {
        result.error = "cannot read the X screen";
        return result;
    }
    const auto start = Clock::now();
    pid_t pid = spawn(argv, log_path);
    while (ms_since(start) < timeout_ms) {
        auto colour = screen.pixel(mark.x, mark.y);
        if (colour && close_colour(*colour, mark.colour)) {
            result.frame_ms = ms_since(start);
            result.ok = true;
            break;
        }
        int status = 0;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            result.error = "exited (status " + std::to_string(WEXITSTATUS(status)) +
                           ") before its first frame showed; see " + log_path;
            break;
        }
        // Coarse on purpose: each probe is a round trip that Xvfb serves instead of the program.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stop_tree(pid, 1000);
    if (!result.ok && result.error.empty())
        result.error = "the first frame did not show; see " + log_path;
    // Let the X server forget the window, so the next start begins on an empty screen.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    return result;
}

} // namespace bk::bench
