// The kill -9 loop: the real kiosk signs visitors up, one after another, and is killed from
// outside at a random moment (typing, committing, showing the code). After every kill the store
// must be whole, every sign-up whose code was shown must be there exactly once, and every sign-up
// must have exactly one outbox item. BUURTKIOSK_KILL_RUNS sets the number of kills (default 4;
// scripts/kill-loop.sh runs hundreds and prints the figures for docs/reliability.md).
#include "buurtkiosk/store/outbox.h"
#include "buurtkiosk/store/sign_ups.h"
#include "ui/visitor_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>

using namespace bk;
using namespace bk::test;

namespace {

// Letters only: the name field takes any text, and letters keep the typing short.
std::string visitor_name(int run, int i) {
    return std::string("Gast") + char('a' + run / 26 % 26) + char('a' + run % 26) + char('a' + i);
}

std::string sign_up_script(int run, int per_run) {
    std::string s;
    for (int i = 0; i < per_run; ++i) {
        s += std::string("tap card-") + kActivity + "-" + kToday + "\n";
        s += "tap sign-up\ntype " + visitor_name(run, i) + "\ntap confirm\n";
        s += "expect-screen sign-up-done\nsay shown " + visitor_name(run, i) + "\n";
        s += "tap done\nexpect-screen home\n";
    }
    return s + "quit\n";
}

std::set<std::string> shown_names(const std::string& output) {
    std::set<std::string> names;
    std::istringstream in(output);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("say: shown ", 0) == 0) names.insert(line.substr(11));
    return names;
}

int runs_wanted() {
    const char* env = std::getenv("BUURTKIOSK_KILL_RUNS");
    return env ? std::max(1, std::atoi(env)) : 4;
}

} // namespace

TEST_CASE("kill -9 at random moments during sign-ups loses and doubles nothing", "[ui]") {
    VisitorFixture kiosk;
    kiosk.run("quit\n"); // creates the store
    std::mt19937 random(std::random_device{}());
    std::uniform_int_distribution<int> moment_ms(300, 4500);
    const int per_run = 3;
    std::set<std::string> ever_shown;
    int kills = 0, finished = 0;

    for (int run = 0; run < runs_wanted(); ++run) {
        KioskLaunch launch;
        launch.binary = BUURTKIOSK_KIOSK_BINARY;
        launch.data_dir = kiosk.store_file().parent_path();
        launch.script = sign_up_script(run, per_run);
        launch.kill_after = std::chrono::milliseconds(moment_ms(random));
        KioskRun r = run_kiosk(launch);
        INFO("run " << run << ", killed after " << launch.kill_after.count() << " ms\n"
                    << r.output);
        REQUIRE_FALSE(r.timed_out);
        REQUIRE((r.signal == SIGKILL || r.exit_code == 0));
        (r.signal == SIGKILL ? kills : finished) += 1;
        for (const auto& name : shown_names(r.output))
            ever_shown.insert(name);

        auto db = kiosk.store();
        REQUIRE(db->query_text("PRAGMA integrity_check") == "ok");
        auto list = SignUps(*db).list_for(kActivity, VisitorFixture::today());
        std::map<std::string, int> by_name;
        std::set<std::string> codes;
        for (const auto& s : list) {
            ++by_name[s.first_name];
            CHECK(codes.insert(s.code).second); // every code is unique
        }
        for (const auto& name : ever_shown) {
            INFO(name << " was shown a code");
            CHECK(by_name[name] == 1);
        }
        for (const auto& [name, count] : by_name)
            CHECK(count == 1);
        // Outbox 1:1: each stored sign-up has exactly one sign_up item, and no item is orphaned.
        std::map<std::string, int> items_per_sign_up;
        for (const auto& item :
             Outbox(*db).due(std::chrono::system_clock::now() + std::chrono::hours(24), 100000)) {
            if (item.kind != "sign_up") continue;
            auto body = nlohmann::json::parse(item.body);
            ++items_per_sign_up[body.value("id", std::string())];
        }
        CHECK(items_per_sign_up.size() == list.size());
        for (const auto& s : list)
            CHECK(items_per_sign_up[s.id] == 1);
    }
    std::cout << "kill loop: " << runs_wanted() << " runs, " << kills << " kills, " << finished
              << " finished, " << ever_shown.size() << " codes shown, 0 lost, 0 duplicated\n";
}
