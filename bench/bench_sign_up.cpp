// The visitor's wait after tapping "Meld mij aan": the path the sign-up screen takes on confirm
// (phone check, then the kiosk's StoredRequests::sign_up on <data>/kiosk.sqlite) until the durable
// COMMIT returned. Prints median and p95; never passes or fails on time.
// Usage: bench_sign_up [count] [folder]   (default folder: the current one, i.e. a real disk)
#include "buurtkiosk/domain/phone_number.h"
#include "buurtkiosk/domain/uuid.h"
#include "stored_requests.h" // the kiosk's own store path, without SDL (buurtkiosk_core)

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

namespace {
struct Figures {
    double median, p95, max;
};

Figures figures(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * double(ms.size())))];
    };
    return {at(0.5), at(0.95), ms.back()};
}
} // namespace

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 300;
    const fs::path folder = argc > 2 ? fs::path(argv[2]) : fs::current_path() / "bench_sign_up";
    fs::remove_all(folder);
    fs::create_directories(folder);

    bk::SystemClock clock;
    bk::StoredRequests requests(folder / "kiosk.sqlite", clock);
    if (!requests.available()) return 1;
    const bk::Date first{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};
    std::vector<double> confirm_ms, repeat_ms;
    for (int i = 0; i < count; ++i) {
        std::string token = requests.new_form_token(); // made when the form opened, not on confirm
        bk::Date date = bk::add_days(first, i / 10);
        auto start = Steady::now();
        // What the screen does on confirm: check the phone number, then sign up.
        bk::PhoneCheck phone = bk::check_phone_number("06 1234 5678");
        bk::SignUpRequest request{"digicafe", date, "Bezoeker", 1 + i % 3, phone.number, 8, token};
        requests.sign_up(request);
        confirm_ms.push_back(
            std::chrono::duration<double, std::milli>(Steady::now() - start).count());
        // A second tap on confirm with the same form: stores nothing, answers the same code.
        start = Steady::now();
        requests.sign_up(request);
        repeat_ms.push_back(
            std::chrono::duration<double, std::milli>(Steady::now() - start).count());
    }
    fs::remove_all(folder);

    Figures c = figures(confirm_ms), r = figures(repeat_ms);
    std::printf("bench_sign_up: %d sign-ups through the kiosk's confirm path (StoredRequests, WAL, "
                "synchronous=FULL) in %s\n",
                count, folder.parent_path().c_str());
    std::printf("  confirm -> durable COMMIT: median %.3f ms   p95 %.3f ms   max %.3f ms   "
                "(target < 10 ms)\n",
                c.median, c.p95, c.max);
    std::printf("  repeated confirm (same form token, nothing stored): median %.3f ms   p95 %.3f "
                "ms\n",
                r.median, r.p95);
    return 0;
}
