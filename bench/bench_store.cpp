// How long a visitor waits for a durable sign-up: from calling sign_up() until COMMIT returned
// (WAL, synchronous=FULL), on a real file. Usage: bench_store [count] [folder]
#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/sign_ups.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 500;
    // The default folder is the build tree, i.e. the real disk, not a tmpfs /tmp.
    const fs::path folder = argc > 2 ? fs::path(argv[2]) : fs::current_path();
    const fs::path file = folder / "bench_store.db";
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(file.string() + suffix);

    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(count));
    {
        bk::Database db(file);
        bk::SignUps sign_ups(db);
        const bk::Date first{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{30}};
        for (int i = 0; i < count; ++i) {
            bk::SignUpRequest request{"koffieochtend",   bk::add_days(first, (i / 20) * 7),
                                      "Bezoeker",        1 + i % 3,
                                      "06 1234 5678",    20,
                                      bk::make_uuid_v4()};
            const auto now = std::chrono::system_clock::now();
            const auto start = Clock::now();
            sign_ups.sign_up(request, now);
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
    }
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(file.string() + suffix);

    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    auto at = [&](double q) {
        return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(q * sorted.size()))];
    };
    std::printf("bench_store: %d durable sign-ups (sign_up() call to COMMIT returned) in %s\n",
                count, folder.c_str());
    std::printf("  median %.3f ms   p95 %.3f ms   max %.3f ms   (target < 10 ms)\n", at(0.5),
                at(0.95), sorted.back());
    return 0;
}
