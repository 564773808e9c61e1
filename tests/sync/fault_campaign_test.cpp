// The fault campaign: sign-ups go to the hub through a proxy that, at random, answers 500 or 409,
// hangs before or after forwarding, resets the connection, cuts the answer short or answers 200
// about another key, while the hub itself is killed with SIGKILL in the middle of a cycle. Every
// submission must arrive exactly once. BUURTKIOSK_FAULT_ROUNDS sets the rounds (default 3;
// scripts/fault-campaign.sh runs many and prints the figures for docs/reliability.md).
#include "flaky_proxy.h"
#include "sync_world.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <random>
#include <set>
#include <thread>

using namespace bk;
using namespace bk::test;

namespace {

int rounds_wanted() {
    const char* env = std::getenv("BUURTKIOSK_FAULT_ROUNDS");
    return env ? std::max(1, std::atoi(env)) : 3;
}

} // namespace

TEST_CASE("through random faults and hub kills every submission arrives exactly once", "[sync]") {
    SyncWorld world;
    world.publish();
    FlakyProxy proxy(world.hub.url());
    SyncClient client(world.options(proxy.url()), world.clock);
    std::mt19937 random(std::random_device{}());
    const std::vector<Misbehaviour> kinds{Misbehaviour::Pass,
                                          Misbehaviour::Answer500,
                                          Misbehaviour::Answer409,
                                          Misbehaviour::HangBeforeForward,
                                          Misbehaviour::HangAfterForward,
                                          Misbehaviour::CutAfterForward,
                                          Misbehaviour::ResetBeforeForward,
                                          Misbehaviour::StrangerOk};
    std::uniform_int_distribution<std::size_t> pick(0, kinds.size() - 1);
    std::uniform_int_distribution<int> kill_after_ms(0, 60);
    std::vector<std::string> sent;
    int faults = 0, kills = 0;

    for (int round = 0; round < rounds_wanted(); ++round) {
        auto ids = world.enqueue_sign_ups(10);
        sent.insert(sent.end(), ids.begin(), ids.end());
        std::deque<Misbehaviour> script;
        for (int i = 0; i < 10; ++i) {
            script.push_back(kinds[pick(random)]);
            faults += script.back() != Misbehaviour::Pass;
        }
        proxy.script(script);
        // The hub dies at a random moment of this cycle, as in a power cut.
        std::thread killer([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(kill_after_ms(random)));
            world.hub.kill_hard();
        });
        client.run_once();
        killer.join();
        ++kills;
        world.hub.start();
        REQUIRE(world.drain(client, 60) == 0);
    }

    auto stored = world.hub_records();
    expect_each_exactly_once(sent, stored);
    std::multiset<std::string> counted(stored.begin(), stored.end());
    int lost = 0, duplicated = 0;
    for (const auto& id : sent) {
        lost += counted.count(id) == 0;
        duplicated += counted.count(id) > 1;
    }
    std::cout << "fault campaign: " << rounds_wanted() << " rounds, " << sent.size()
              << " submissions, " << faults << " proxy faults, " << kills << " hub kills, " << lost
              << " lost, " << duplicated << " duplicated\n";
}
