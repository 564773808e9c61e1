// Sync figures against the real hub on 127.0.0.1: first sync of a 1,000-activity, 100-image
// bundle, an unchanged sync (one 304), and outbox drain rate. Prints figures; never fails on time.
// Usage: bench_sync [--hub PATH] [--submissions N] [--folder DIR]
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"
#include "buurtkiosk/sync/sync_client.h"
#include "generated_activities.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;
namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

namespace {

fs::path hub_binary =
    fs::read_symlink("/proc/self/exe").parent_path().parent_path() / "hub" / "buurtkiosk-hub";

// Runs the hub to completion; returns its stdout. Exits the bench when the command fails.
std::string hub(const std::vector<std::string>& args) {
    std::string cmd = hub_binary.string();
    for (const auto& a : args)
        cmd += " '" + a + "'";
    FILE* p = popen(cmd.c_str(), "r");
    std::string out;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        out.append(buf, n);
    if (pclose(p) != 0) {
        std::cerr << "bench_sync: '" << cmd << "' failed\n";
        std::exit(1);
    }
    return out;
}

std::string after(const std::string& text, const std::string& prefix) {
    auto at = text.find(prefix);
    auto end = text.find('\n', at);
    return text.substr(at + prefix.size(), end - at - prefix.size());
}

double ms_since(Steady::time_point t) {
    return std::chrono::duration<double, std::milli>(Steady::now() - t).count();
}

// 1,000 weekly activities, 100 distinct images of ~40 KB each, on top of the demo's other files.
void make_content(const fs::path& dir) {
    fs::copy(fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo", dir,
             fs::copy_options::recursive);
    fs::remove(dir / "manifest.json");
    fs::create_directories(dir / "images" / "bench");
    std::string png;
    {
        std::ifstream in(dir / "images" / "koffie.png", std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        png = ss.str();
    }
    for (int i = 0; i < 100; ++i) {
        std::string bytes = png;
        bytes.resize(40'000, static_cast<char>(i)); // distinct content, distinct hash
        std::ofstream(dir / "images" / "bench" / ("img-" + std::to_string(i) + ".png"),
                      std::ios::binary)
            << bytes;
    }
    nlohmann::json activities = nlohmann::json::array();
    for (int i = 0; i < 1000; ++i) {
        nlohmann::json activity = bk::bench::weekly_activity(i, 6, 16, 60);
        activity["image"] = "images/bench/img-" + std::to_string(i % 100) + ".png";
        activities.push_back(std::move(activity));
    }
    std::ofstream(dir / "activities.json") << nlohmann::json{{"activities", activities}}.dump(1);
}

} // namespace

int main(int argc, char** argv) {
    int submissions = 2000;
    fs::path folder = fs::current_path() / "bench_sync.tmp";
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--hub") hub_binary = argv[i + 1];
        if (a == "--submissions") submissions = std::max(1, std::atoi(argv[i + 1]));
        if (a == "--folder") folder = argv[i + 1];
    }
    fs::remove_all(folder);
    fs::create_directories(folder);
    const fs::path data = folder / "hub";

    std::string keys = hub({"keygen", "--out", (folder / "keys").string()});
    std::string provisioned =
        hub({"--data", data.string(), "provision", "--kiosk", "bench", "--group", "bench"});
    make_content(folder / "content");
    auto t = Steady::now();
    hub({"--data", data.string(), "publish", "--group", "bench", "--key",
         (folder / "keys" / "signing.key").string(), (folder / "content").string()});
    const double publish_ms = ms_since(t);
    std::uintmax_t bundle_bytes = 0;
    for (const auto& e : fs::directory_iterator(data / "files"))
        bundle_bytes += e.file_size();

    // Serve on a free port; the hub prints it on its first line.
    int out_pipe[2];
    if (pipe(out_pipe) != 0) return 1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, (folder / "hub.log").c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::string bin = hub_binary.string(), data_s = data.string();
    std::vector<char*> serve_argv{bin.data(),
                                  const_cast<char*>("--data"),
                                  data_s.data(),
                                  const_cast<char*>("serve"),
                                  const_cast<char*>("--port"),
                                  const_cast<char*>("0"),
                                  nullptr};
    pid_t pid;
    if (posix_spawn(&pid, bin.c_str(), &actions, nullptr, serve_argv.data(), environ) != 0)
        return 1;
    close(out_pipe[1]);
    std::string line;
    char c;
    while (read(out_pipe[0], &c, 1) == 1 && c != '\n')
        line += c;
    const std::string url = "http://127.0.0.1:" + line.substr(line.rfind(':') + 1);

    bk::SystemClock clock;
    bk::SyncOptions options;
    options.config.hub_url = url;
    options.config.token = after(provisioned, "token (shown once; the hub keeps only its hash): ");
    options.config.kiosk_group = "bench";
    options.config.public_key = after(keys, "public key (pin this in every kiosk.json): ");
    options.config.data_dir = folder / "kiosk";
    options.database_file = folder / "kiosk" / "kiosk.db";
    fs::create_directories(options.config.data_dir);
    std::this_thread::sleep_for(std::chrono::milliseconds(100)); // bound, let it start serving

    double first_ms = 0, unchanged_ms = 0, drain_ms = 0;
    int delivered = 0;
    {
        bk::SyncClient client(options, clock);
        t = Steady::now();
        auto first = client.run_once();
        first_ms = ms_since(t);
        if (first.content != bk::SyncReport::Content::Installed)
            std::cerr << "bench_sync: first sync did not install: " << first.error << "\n";

        std::vector<double> unchanged;
        for (int i = 0; i < 21; ++i) {
            t = Steady::now();
            auto r = client.run_once();
            unchanged.push_back(ms_since(t));
            if (r.content != bk::SyncReport::Content::NotModified)
                std::cerr << "bench_sync: expected a 304\n";
        }
        std::sort(unchanged.begin(), unchanged.end());
        unchanged_ms = unchanged[unchanged.size() / 2];

        {
            bk::Database db(options.database_file);
            bk::Transaction tx(db);
            bk::Outbox outbox(db);
            for (int i = 0; i < submissions; ++i)
                outbox.enqueue("sign_up",
                               nlohmann::json{{"activity_id", "activiteit-1"},
                                              {"first_name", "Bench"},
                                              {"people", 1}}
                                   .dump(),
                               clock.now());
            tx.commit();
        }
        t = Steady::now();
        delivered = client.run_once().delivered;
        drain_ms = ms_since(t);
    }
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);

    std::printf(
        "bench_sync (hub on 127.0.0.1, plain HTTP, WAL + synchronous=FULL on both sides)\n");
    std::printf("  %-44s %10s\n", "what", "figure");
    std::printf("  %-44s %8.0f ms\n", "publish (hash, check, sign, copy)", publish_ms);
    std::printf("  %-44s %8.0f ms  (%.1f MB, 1,000 activities, 100 images)\n",
                "first sync: manifest + every file + install", first_ms, bundle_bytes / 1e6);
    std::printf("  %-44s %8.2f ms  (median of 21)\n", "unchanged sync: one 304 + heartbeat",
                unchanged_ms);
    std::printf("  %-44s %8.0f /s  (%d items in %.0f ms)\n", "outbox drain",
                delivered / (drain_ms / 1000), delivered, drain_ms);
    fs::remove_all(folder);
    return delivered == submissions ? 0 : 1;
}
