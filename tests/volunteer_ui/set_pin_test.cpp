// `buurtkiosk --set-volunteer-pin` on a real terminal (a pseudo-terminal): the digits are not
// echoed, the PIN is asked twice, and a mismatch changes nothing.
#include "buurtkiosk/volunteer/volunteer_access.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

namespace {

struct TerminalRun {
    int exit_code = -1;
    std::string screen; // everything the terminal showed
};

// Runs the command on a pseudo-terminal, typing each line after the prompt that asks for it.
TerminalRun set_pin_on_terminal(const std::filesystem::path& data, const std::string& first,
                                const std::string& second) {
    int terminal = -1;
    pid_t child = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (child == 0) {
        execl(BUURTKIOSK_KIOSK_BINARY, BUURTKIOSK_KIOSK_BINARY, "--data", data.c_str(),
              "--set-volunteer-pin", static_cast<char*>(nullptr));
        _exit(127);
    }
    TerminalRun run;
    auto read_until = [&](const std::string& wanted) {
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        char buffer[256];
        while (run.screen.find(wanted) == std::string::npos &&
               std::chrono::steady_clock::now() < deadline) {
            ssize_t n = read(terminal, buffer, sizeof buffer);
            if (n <= 0) break;
            run.screen.append(buffer, std::size_t(n));
        }
    };
    read_until("(4-8 digits): ");
    std::string line = first + "\n";
    REQUIRE(write(terminal, line.data(), line.size()) == ssize_t(line.size()));
    read_until("again: ");
    line = second + "\n";
    REQUIRE(write(terminal, line.data(), line.size()) == ssize_t(line.size()));
    read_until("\x04"); // the rest, until the child closes the terminal
    int status = 0;
    waitpid(child, &status, 0);
    close(terminal);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace

TEST_CASE("the volunteer PIN is typed twice and never shown on the terminal", "[volunteer]") {
    // Tried: typing the PIN at the command; it used to be echoed for anyone behind the installer.
    bk::test::TempDir dir;
    TerminalRun run = set_pin_on_terminal(dir.path(), "4711", "4711");
    INFO(run.screen);
    CHECK(run.exit_code == 0);
    CHECK(run.screen.find("4711") == std::string::npos);
    CHECK(run.screen.find("volunteer PIN stored") != std::string::npos);
    CHECK(std::filesystem::exists(dir.path() / "volunteer-pin"));
}

TEST_CASE("two different PINs on the terminal store nothing", "[volunteer]") {
    bk::test::TempDir dir;
    TerminalRun run = set_pin_on_terminal(dir.path(), "4711", "4712");
    INFO(run.screen);
    CHECK(run.exit_code == 2);
    CHECK(run.screen.find(
              "the second volunteer PIN (4-8 digits) differs from the first; nothing changed") !=
          std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "volunteer-pin"));
}
