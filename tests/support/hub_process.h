// The real buurtkiosk-hub as a child process for integration tests: run its commands, or serve
// on a free 127.0.0.1 port in a temp folder, stop it, start it again on the same port.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include <sys/types.h>

namespace bk::test {

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// The hub binary built next to the tests.
std::filesystem::path hub_binary();

// Runs a program (argv[0] a path) to completion and captures both streams.
CommandResult run_command(const std::vector<std::string>& argv);
// Runs `buurtkiosk-hub args...` to completion and captures both streams.
CommandResult run_hub(const std::vector<std::string>& args);

// The rest of the line after `prefix` in a command's output ("" when absent): the token that
// `provision` prints, the key that `keygen` prints.
std::string line_after(const std::string& text, const std::string& prefix);

class HubProcess {
public:
    explicit HubProcess(std::filesystem::path data_dir);
    ~HubProcess(); // stops the hub if it runs
    HubProcess(const HubProcess&) = delete;
    HubProcess& operator=(const HubProcess&) = delete;

    // Starts `serve`; the first start picks a free port, later starts reuse it. Returns once the
    // hub answers GET /v1/health; throws when it does not within a few seconds.
    void start();
    // SIGTERM, then waits for the process to exit; throws if it does not exit cleanly.
    void stop();
    // SIGKILL, as a power cut or the OOM killer would end it; start() brings it back.
    void kill_hard();
    bool running() const { return pid_ > 0; }

    int port() const { return port_; }
    std::string url() const; // "http://127.0.0.1:<port>"
    const std::filesystem::path& data() const { return data_; }
    // More options for `serve` at the next start ("--allow-http-feeds").
    std::vector<std::string> serve_args;
    std::filesystem::path log_file() const { return data_ / "hub.log"; }

private:
    void start_once();

    std::filesystem::path data_;
    pid_t pid_ = -1;
    int port_ = 0;
};

} // namespace bk::test
