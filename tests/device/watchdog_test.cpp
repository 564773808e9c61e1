// The kiosk and systemd's watchdog, against a real NOTIFY_SOCKET that the test listens on, as
// systemd would with Type=notify and WatchdogSec=: READY=1 once the first frame is shown, then
// WATCHDOG=1 while the main loop runs, none while a frame hangs (systemd would restart it), pets
// again after, STOPPING=1 at the end.
#include "support/kiosk_runner.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace bk;
using Clock = std::chrono::steady_clock;

namespace {

struct Message {
    Clock::time_point at;
    std::string text;
};

// A datagram socket like systemd's notify socket; collects what arrives until stopped.
class NotifySocket {
public:
    explicit NotifySocket(const std::filesystem::path& path) : path_(path) {
        fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::snprintf(address.sun_path, sizeof address.sun_path, "%s", path.c_str());
        if (fd_ < 0 || bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
            throw std::runtime_error("cannot bind " + path.string());
        timeval wait{0, 100000};
        setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
        reader_ = std::thread([this] {
            char buffer[4096];
            while (!stop_) {
                ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
                if (n <= 0) continue;
                std::lock_guard<std::mutex> lock(mutex_);
                messages_.push_back({Clock::now(), std::string(buffer, std::size_t(n))});
            }
        });
    }
    ~NotifySocket() {
        stop_ = true;
        reader_.join();
        close(fd_);
    }
    std::vector<Message> messages() {
        std::lock_guard<std::mutex> lock(mutex_);
        return messages_;
    }

private:
    std::filesystem::path path_;
    int fd_ = -1;
    std::atomic<bool> stop_{false};
    std::thread reader_;
    std::mutex mutex_;
    std::vector<Message> messages_;
};

} // namespace

TEST_CASE("the kiosk pets systemd's watchdog from its main loop and stops while a frame hangs") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    NotifySocket socket(dir.path() / "notify");
    setenv("NOTIFY_SOCKET", (dir.path() / "notify").c_str(), 1);
    setenv("WATCHDOG_USEC", "1000000", 1); // WatchdogSec=1: a pet every 0.25-0.5 s
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = dir.path() / "data";
    // Idle (nothing to draw), then a frame that hangs for 3 s, then idle again.
    launch.script = "expect-screen home\nsay idle\nsleep 2\nsay hang\nhang 3\nsay after\n"
                    "sleep 2\nquit\n";
    auto started = Clock::now();
    auto result = test::run_kiosk(launch);
    unsetenv("NOTIFY_SOCKET");
    unsetenv("WATCHDOG_USEC");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    auto messages = socket.messages();

    std::vector<double> pets; // seconds since start
    bool ready = false, stopping = false;
    for (const auto& m : messages) {
        double at = std::chrono::duration<double>(m.at - started).count();
        if (m.text.find("READY=1") != std::string::npos) ready = true;
        if (m.text == "WATCHDOG=1") pets.push_back(at);
        if (m.text == "STOPPING=1") stopping = true;
    }
    CHECK(ready);
    CHECK(stopping);
    REQUIRE(pets.size() >= 6);
    // The longest silence is the hanging frame: at least its 3 s, and no other gap near it.
    std::vector<double> gaps;
    for (std::size_t i = 1; i < pets.size(); ++i)
        gaps.push_back(pets[i] - pets[i - 1]);
    std::sort(gaps.begin(), gaps.end());
    INFO("pets at: " << Catch::Detail::stringify(pets));
    CHECK(gaps.back() >= 2.9);
    CHECK(gaps[gaps.size() - 2] < 1.0); // every other gap within the 1 s watchdog
}
