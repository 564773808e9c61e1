// TLS verification is always on: a hub with a certificate nobody vouches for is not talked to.
#include "sync_world.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <thread>

extern char** environ;
using namespace bk;
using namespace bk::test;

namespace {

int free_port() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    close(fd);
    return ntohs(addr.sin_port);
}

bool accepts(int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    close(fd);
    return ok;
}

} // namespace

TEST_CASE("a hub with a self-signed certificate is refused", "[sync]") {
    if (access("/usr/bin/openssl", X_OK) != 0) {
        WARN("openssl not installed: TLS test not run");
        return;
    }
    SyncWorld world;
    std::string cert = (world.tmp / "cert.pem").string(), key = (world.tmp / "key.pem").string();
    std::string make = "/usr/bin/openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 "
                       "-nodes -days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 "
                       "-keyout " +
                       key + " -out " + cert + " >/dev/null 2>&1";
    REQUIRE(std::system(make.c_str()) == 0);

    int port = free_port();
    std::vector<std::string> args{"/usr/bin/openssl",   "s_server", "-quiet", "-www", "-accept",
                                  std::to_string(port), "-cert",    cert,     "-key", key};
    std::vector<char*> argv;
    argv.reserve(args.size() + 1);
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    REQUIRE(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    for (int i = 0; i < 200 && !accepts(port); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));

    SyncClient client(world.options("https://127.0.0.1:" + std::to_string(port)), world.clock);
    world.enqueue_sign_ups(1);
    auto report = client.run_once();
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);

    CHECK(report.content == SyncReport::Content::Failed);
    CHECK(report.delivered == 0);
    auto status = client.status();
    INFO(status.last_error_detail);
    CHECK(status.last_error_detail.find("certificate") != std::string::npos);
    CHECK(status.outbox_depth == 1);
    CHECK_FALSE(client.content().current_bundle());
}
