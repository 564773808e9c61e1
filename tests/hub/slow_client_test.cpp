// Slow-loris clients: connections that send a request one byte at a time must not stop the hub
// from answering everyone else, and must not hold on to the hub for longer than its deadline.
#include "hub_world.h"

#include "buurtkiosk/protocol/wire.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace bk;
using namespace bk::test;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kSlowRequest = "GET /v1/health HTTP/1.1\r\nHost: hub\r\nX-Slow: ";

// A raw TCP connection from `from` (any 127.x.y.z is local on Linux) to the hub that has sent
// the first byte of its request, as a real slow client does at once.
int connect_from(const char* from, int port) {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    inet_pton(AF_INET, from, &local.sin_addr);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) == 0);
    sockaddr_in hub{};
    hub.sin_family = AF_INET;
    hub.sin_port = htons(static_cast<uint16_t>(port));
    inet_pton(AF_INET, "127.0.0.1", &hub.sin_addr);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&hub), sizeof hub) == 0);
    ::send(fd, kSlowRequest.data(), 1, MSG_NOSIGNAL);
    return fd;
}

// True when the hub answered or closed the connection (it sends nothing while it waits).
bool hub_let_go(int fd) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0;
}

// Connections that each send one byte of a never-ending request every half second, from their
// own thread, until stopped or 20 s passed (so a broken hub cannot hang the test).
class SlowClients {
public:
    SlowClients(int count, const char* from, int port) {
        for (int i = 0; i < count; ++i)
            fds_.push_back(connect_from(from, port));
        feeder_ = std::thread([this] { feed(); });
    }
    ~SlowClients() {
        stop_ = true;
        feeder_.join();
        for (int fd : fds_)
            ::close(fd);
    }
    int let_go() {
        std::lock_guard lock(mutex_);
        int n = 0;
        for (int fd : fds_)
            n += hub_let_go(fd) ? 1 : 0;
        return n;
    }
    int count() const { return static_cast<int>(fds_.size()); }

private:
    void feed() {
        auto end = Clock::now() + std::chrono::seconds(20);
        for (size_t i = 1; !stop_ && Clock::now() < end; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            char byte = i < kSlowRequest.size() ? kSlowRequest[i] : 'a';
            {
                std::lock_guard lock(mutex_);
                for (int fd : fds_)
                    ::send(fd, &byte, 1, MSG_NOSIGNAL | MSG_DONTWAIT);
            }
        }
    }
    std::vector<int> fds_;
    std::mutex mutex_;
    std::atomic<bool> stop_{false};
    std::thread feeder_;
};

} // namespace

TEST_CASE("slow clients neither block other kiosks nor hold the hub past the deadline", "[hub]") {
    // Tried: 24 connections from one address (127.0.0.2), each sending one header byte every
    // 0.5 s. httplib's read timeout restarts with every byte and its pool had 8 workers, so
    // /v1/health and submissions from everyone else timed out for as long as the bytes came.
    HubWorld world;
    std::string token = world.provision("kiosk-1", "demo");
    auto start = Clock::now();
    SlowClients slow(24, "127.0.0.2", world.hub.port());
    std::this_thread::sleep_for(std::chrono::seconds(1)); // they hold their workers now

    // Everyone else is served at once.
    auto asked = Clock::now();
    CHECK(world.get(wire::kHealthPath).status == 200);
    auto r = world.post(wire::kSubmissionsPath, token, HubWorld::sign_up_body("s-1"), "s-1");
    CHECK(r.status == 201);
    CHECK(Clock::now() - asked < std::chrono::seconds(3));

    // One address gets 16 connections; the other 8 were answered 503 and closed at once.
    CHECK(slow.let_go() == slow.count() - 16);

    // The 16 are cut off by the 10 s request deadline, although they never stop sending.
    while (slow.let_go() < slow.count() && Clock::now() - start < std::chrono::seconds(14))
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK(slow.let_go() == slow.count());
    CHECK(Clock::now() - start > std::chrono::seconds(9));
    CHECK(world.get(wire::kHealthPath).status == 200);
}
