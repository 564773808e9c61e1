#include "process_tree.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_set>

namespace bk::bench {

std::string kind_of_mapping(const std::string& path) {
    // Mesa (llvmpipe, its LLVM), libGL/EGL, DRM and the GPU's buffers.
    for (const char* driver : {"/dri/", "libLLVM", "libgallium", "libGL", "libEGL", "libGLES",
                               "libglapi", "libdrm", "/dev/dri", "libvulkan", "mesa"})
        if (path.find(driver) != std::string::npos) return "graphics driver";
    if (path.find(".so") != std::string::npos) return "libraries";
    if (path.empty() || path[0] == '[') return "heap and anonymous"; // [heap], [stack], ...
    return "files and other";
}

namespace {

struct StatLine {
    char state = '?';
    pid_t ppid = 0;
    pid_t session = 0;
    long long cpu_ticks = 0; // utime + stime + cutime + cstime
};

// /proc/<pid>/stat; the command name may hold spaces and parentheses, so fields start after
// the last ')'.
bool read_stat(pid_t pid, StatLine& out) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(in, line)) return false;
    auto close = line.rfind(')');
    if (close == std::string::npos) return false;
    std::istringstream fields(line.substr(close + 2));
    std::vector<std::string> f;
    for (std::string word; fields >> word;)
        f.push_back(word);
    if (f.size() < 15) return false; // f[0] is field 3 (state)
    out.state = f[0][0];
    out.ppid = std::atoi(f[1].c_str());
    out.session = std::atoi(f[3].c_str());
    out.cpu_ticks = std::atoll(f[11].c_str()) + std::atoll(f[12].c_str()) +
                    std::atoll(f[13].c_str()) + std::atoll(f[14].c_str());
    return true;
}

std::map<pid_t, StatLine> all_processes() {
    std::map<pid_t, StatLine> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
        pid_t pid = std::atoi(name.c_str());
        StatLine stat;
        if (read_stat(pid, stat)) out[pid] = stat;
    }
    return out;
}

// Sums "Rss:" and "Pss:" (kB) of smaps_rollup; falls back to VmRSS when it is missing.
void add_memory(pid_t pid, TreeMemory& total) {
    const std::string dir = "/proc/" + std::to_string(pid);
    std::ifstream rollup(dir + "/smaps_rollup");
    std::string key;
    long long kb = 0;
    bool found = false;
    rollup.ignore(1 << 16, '\n'); // the "[rollup]" address line
    while (rollup >> key >> kb) {
        if (key == "Rss:") total.rss_mib += kb / 1024.0, found = true;
        if (key == "Pss:") total.pss_mib += kb / 1024.0;
        rollup.ignore(1 << 16, '\n');
    }
    if (found) return;
    std::ifstream status(dir + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0) {
            double mib = std::atoll(line.c_str() + 6) / 1024.0;
            total.rss_mib += mib;
            total.pss_mib += mib; // no better estimate without smaps
        }
}

// Adds PSS per kind of mapping from /proc/<pid>/smaps.
void add_memory_by_kind(pid_t pid, TreeMemory& total) {
    std::ifstream smaps("/proc/" + std::to_string(pid) + "/smaps");
    std::string kind;
    for (std::string line; std::getline(smaps, line);) {
        unsigned long long a = 0, b = 0;
        long long kb = 0;
        if (std::sscanf(line.c_str(), "%llx-%llx ", &a, &b) == 2 && line.find('-') < 17) {
            // "begin-end perms offset dev inode   path": the path is the sixth field.
            std::istringstream fields(line);
            std::string skip, path;
            for (int i = 0; i < 5; ++i)
                fields >> skip;
            std::getline(fields >> std::ws, path);
            kind = kind_of_mapping(path);
            continue;
        }
        if (std::sscanf(line.c_str(), "Pss: %lld kB", &kb) == 1)
            total.pss_by_kind_mib[kind] += kb / 1024.0;
    }
}

// Adds the physical frame numbers of every resident page of `pid` to `frames`; false when the
// kernel hides them (not root).
bool add_frames(pid_t pid, std::unordered_set<std::uint64_t>& frames) {
    const std::string dir = "/proc/" + std::to_string(pid);
    int pagemap = open((dir + "/pagemap").c_str(), O_RDONLY | O_CLOEXEC);
    if (pagemap < 0) return false;
    const std::uint64_t page = std::uint64_t(sysconf(_SC_PAGESIZE));
    std::ifstream smaps(dir + "/smaps");
    std::uint64_t begin = 0, end = 0;
    bool visible = true;
    std::vector<std::uint64_t> entries(4096);
    for (std::string line; visible && std::getline(smaps, line);) {
        unsigned long long a = 0, b = 0;
        long long kb = 0;
        if (std::sscanf(line.c_str(), "%llx-%llx ", &a, &b) == 2 && line.find('-') < 17) {
            begin = a, end = b;
            continue;
        }
        // Only areas with resident pages: a browser reserves terabytes it never touches.
        if (std::sscanf(line.c_str(), "Rss: %lld kB", &kb) != 1 || kb == 0) continue;
        for (std::uint64_t at = begin / page; at < end / page && visible;) {
            const std::uint64_t count = std::min<std::uint64_t>(entries.size(), end / page - at);
            ssize_t got = pread(pagemap, entries.data(), count * 8, off_t(at * 8));
            if (got <= 0) break;
            for (ssize_t i = 0; i < got / 8; ++i) {
                const std::uint64_t e = entries[std::size_t(i)];
                if (!(e >> 63)) continue; // not present
                const std::uint64_t frame = e & ((1ULL << 55) - 1);
                if (frame == 0) visible = false; // frame numbers are hidden from us
                frames.insert(frame);
            }
            at += std::uint64_t(got / 8);
        }
    }
    close(pagemap);
    return visible;
}

bool alive(pid_t pid) {
    StatLine stat;
    return read_stat(pid, stat) && stat.state != 'Z';
}

void reap_children() {
    while (waitpid(-1, nullptr, WNOHANG) > 0) {
    }
}

} // namespace

pid_t spawn(const std::vector<std::string>& argv, const std::string& log_path) {
    pid_t pid = fork();
    if (pid != 0) return pid; // parent (or -1)
    setsid(); // own session: the whole tree can be found and stopped by its session id
    int log = open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (log >= 0) {
        dup2(log, STDOUT_FILENO);
        dup2(log, STDERR_FILENO);
        close(log);
    }
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    std::fprintf(stderr, "cannot run %s\n", args[0]);
    _exit(127);
}

std::vector<pid_t> process_tree(pid_t root) {
    const auto processes = all_processes();
    std::set<pid_t> tree{root};
    // Parents have lower pids only until pids wrap, so repeat until nothing is added.
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& [pid, stat] : processes)
            if (!tree.count(pid) && (tree.count(stat.ppid) || stat.session == root)) {
                tree.insert(pid);
                grew = true;
            }
    }
    std::vector<pid_t> out;
    for (pid_t pid : tree)
        if (processes.count(pid)) out.push_back(pid);
    return out;
}

TreeMemory tree_memory(pid_t root) {
    TreeMemory total;
    std::unordered_set<std::uint64_t> frames;
    bool visible = true;
    for (pid_t pid : process_tree(root)) {
        add_memory(pid, total);
        add_memory_by_kind(pid, total);
        visible = add_frames(pid, frames) && visible;
        ++total.processes;
    }
    if (visible) total.unique_mib = double(frames.size() * sysconf(_SC_PAGESIZE)) / (1 << 20);
    return total;
}

std::map<pid_t, long long> tree_cpu_ticks(pid_t root) {
    std::map<pid_t, long long> out;
    for (pid_t pid : process_tree(root)) {
        StatLine stat;
        if (read_stat(pid, stat)) out[pid] = stat.cpu_ticks;
    }
    return out;
}

double cpu_seconds_between(const std::map<pid_t, long long>& before,
                           const std::map<pid_t, long long>& after) {
    long long ticks = 0;
    for (const auto& [pid, now] : after) {
        auto was = before.find(pid);
        ticks += was == before.end() ? now : now - was->second;
    }
    return double(ticks) / double(sysconf(_SC_CLK_TCK));
}

void stop_tree(pid_t root, int grace_ms) {
    const auto tree = process_tree(root);
    for (pid_t pid : tree)
        kill(pid, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(grace_ms);
    while (std::chrono::steady_clock::now() < deadline) {
        reap_children();
        bool any = false;
        for (pid_t pid : tree)
            any = any || alive(pid);
        if (!any) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    for (pid_t pid : tree)
        if (alive(pid)) kill(pid, SIGKILL);
    waitpid(root, nullptr, 0);
    reap_children();
}

} // namespace bk::bench
