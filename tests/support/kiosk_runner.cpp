#include "support/kiosk_runner.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace bk::test {

std::string display_problem() {
    const char* display = std::getenv("DISPLAY");
    if (display && *display) return {};
    return "no DISPLAY: run the UI tests under Xvfb (scripts/test.sh does this), e.g. "
           "xvfb-run -a -s \"-screen 0 1920x1080x24\" ctest";
}

KioskRun run_kiosk(const KioskLaunch& launch) {
    KioskRun run;
    static std::atomic<int> counter = 0; // tests may run kiosks from several threads
    std::filesystem::create_directories(launch.data_dir);
    // Named for this process too: where data_dir is a temp folder of its own, its parent is /tmp,
    // shared with the test processes CTest runs at the same time (one once ran another's script).
    auto script_path =
        launch.data_dir.parent_path() / ("buurtkiosk-script-" + std::to_string(getpid()) + "-" +
                                         std::to_string(++counter) + ".txt");
    std::ofstream(script_path) << launch.script;

    std::vector<std::string> args{
        launch.binary, "--size",   launch.size,         "--data", launch.data_dir.string(), "--now",
        launch.now,    "--script", script_path.string()};
    args.insert(args.end(), launch.extra_args.begin(), launch.extra_args.end());

    // Close-on-exec: a kiosk started at the same time from another thread must not hold this
    // pipe open, or the read below would wait for that kiosk to end too.
    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
        run.output = "pipe failed";
        return run;
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pipe_fds[1], STDOUT_FILENO);
        dup2(pipe_fds[1], STDERR_FILENO);
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        // Under ASan the kiosk's exit reports 112 bytes "leaked" from a system library that is
        // already unloaded ("<unknown module>", so tests/lsan.supp cannot name it). Memory
        // errors and UBSan still end the kiosk (abort_on_error); leaks of our own code are
        // checked by the unit tests, which run in-process.
        if (const char* asan = std::getenv("ASAN_OPTIONS"))
            setenv("ASAN_OPTIONS", (std::string(asan) + ":detect_leaks=0").c_str(), 1);
        std::vector<char*> argv;
        argv.reserve(args.size() + 1);
        for (auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(pipe_fds[1]);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(launch.timeout_seconds);
    if (launch.kill_after.count() > 0)
        deadline = std::min(deadline, std::chrono::steady_clock::now() + launch.kill_after);
    char buf[4096];
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                        deadline - std::chrono::steady_clock::now())
                        .count();
        if (left <= 0) {
            run.timed_out = launch.kill_after.count() == 0;
            kill(pid, SIGKILL);
            break;
        }
        pollfd p{pipe_fds[0], POLLIN, 0};
        int ready = poll(&p, 1, int(std::min<long long>(left, 1000)));
        if (ready < 0 && errno != EINTR) break;
        if (ready <= 0) continue;
        ssize_t n = read(pipe_fds[0], buf, sizeof buf);
        if (n <= 0) break; // the kiosk closed its end: it has ended
        run.output.append(buf, std::size_t(n));
    }
    close(pipe_fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    std::error_code ignored;
    std::filesystem::remove(script_path, ignored);
    if (WIFEXITED(status)) run.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) run.signal = WTERMSIG(status);
    return run;
}

} // namespace bk::test
