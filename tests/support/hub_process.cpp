// Spawning and stopping the hub for tests (posix_spawn, pipes, waitpid).
#include "support/hub_process.h"

#include "buurtkiosk/sync/http_client.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace bk::test {
namespace {

std::vector<char*> argv_of(std::vector<std::string>& args) {
    std::vector<char*> argv;
    argv.reserve(args.size() + 1);
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    return argv;
}

std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int wait_exit(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

} // namespace

std::filesystem::path hub_binary() {
    return std::filesystem::path(BUURTKIOSK_TEST_BINARY_DIR) / "hub" / "buurtkiosk-hub";
}

CommandResult run_hub(const std::vector<std::string>& args) {
    std::vector<std::string> all{hub_binary().string()};
    all.insert(all.end(), args.begin(), args.end());
    return run_command(all);
}

CommandResult run_command(const std::vector<std::string>& command) {
    std::vector<std::string> all = command;
    char out_name[] = "/tmp/buurtkiosk-command-out-XXXXXX";
    char err_name[] = "/tmp/buurtkiosk-command-err-XXXXXX";
    int out_fd = mkstemp(out_name);
    int err_fd = mkstemp(err_name);
    auto argv = argv_of(all);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_fd, 1);
    posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
    pid_t pid = -1;
    int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out_fd);
    close(err_fd);
    CommandResult result;
    if (rc == 0) result.exit_code = wait_exit(pid);
    result.out = slurp(out_name);
    result.err = slurp(err_name);
    unlink(out_name);
    unlink(err_name);
    if (rc != 0) throw std::runtime_error("cannot start " + all[0]);
    return result;
}

HubProcess::HubProcess(std::filesystem::path data_dir) : data_(std::move(data_dir)) {
    std::filesystem::create_directories(data_);
}

HubProcess::~HubProcess() {
    try {
        stop();
    } catch (...) {
    }
}

std::string HubProcess::url() const {
    return "http://127.0.0.1:" + std::to_string(port_);
}

void HubProcess::start() {
    // A restart reuses the port, which the old process may have released only just now.
    for (int attempt = 0;; ++attempt) {
        try {
            start_once();
            return;
        } catch (const std::exception&) {
            if (port_ == 0 || attempt >= 30) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
}

void HubProcess::start_once() {
    if (running()) return;
    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
    int log_fd = ::open(log_file().c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    std::vector<std::string> args{
        hub_binary().string(), "--data", data_.string(), "serve", "--port", std::to_string(port_)};
    args.insert(args.end(), serve_args.begin(), serve_args.end());
    auto argv = argv_of(args);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, log_fd, 2);
    int rc = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_fds[1]);
    close(log_fd);
    if (rc != 0) {
        close(pipe_fds[0]);
        pid_ = -1;
        throw std::runtime_error("cannot start the hub: " + hub_binary().string());
    }
    // The hub prints "buurtkiosk-hub listening on http://127.0.0.1:<port>" once it is bound.
    std::string line;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        pollfd p{pipe_fds[0], POLLIN, 0};
        if (poll(&p, 1, 100) <= 0) continue;
        char buf[256];
        ssize_t n = read(pipe_fds[0], buf, sizeof buf);
        if (n <= 0) break;
        line.append(buf, static_cast<size_t>(n));
    }
    close(pipe_fds[0]);
    auto colon = line.rfind(':');
    if (line.find("listening") == std::string::npos || colon == std::string::npos) {
        kill(pid_, SIGKILL);
        wait_exit(pid_);
        pid_ = -1;
        throw std::runtime_error("the hub did not start; its log: " + slurp(log_file()));
    }
    port_ = std::stoi(line.substr(colon + 1));

    // Bound is not yet serving: wait until it answers.
    HttpClient http(HttpTimeouts{std::chrono::milliseconds(500), 1, std::chrono::seconds(5)});
    for (int i = 0; i < 100; ++i) {
        HttpRequest r;
        r.url = url() + "/v1/health";
        r.total_timeout = std::chrono::milliseconds(500);
        if (http.perform(r).status == 200) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stop();
    throw std::runtime_error("the hub does not answer on " + url());
}

void HubProcess::stop() {
    if (!running()) return;
    kill(pid_, SIGTERM);
    int code = wait_exit(pid_);
    pid_ = -1;
    if (code != 0) throw std::runtime_error("the hub exited with " + std::to_string(code));
}

void HubProcess::kill_hard() {
    if (!running()) return;
    kill(pid_, SIGKILL);
    wait_exit(pid_);
    pid_ = -1;
}

std::string line_after(const std::string& text, const std::string& prefix) {
    auto at = text.find(prefix);
    if (at == std::string::npos) return "";
    auto end = text.find('\n', at);
    return text.substr(at + prefix.size(), end - at - prefix.size());
}

} // namespace bk::test
