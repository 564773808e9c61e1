// A hub that answers 500, hangs, or cuts its answer short: the kiosk retries, nothing is lost
// and nothing arrives twice (the dangerous case: the hub stored it but the kiosk never heard).
#include "flaky_proxy.h"
#include "sync_world.h"

#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"

#include <catch2/catch.hpp>

#include <set>
#include <thread>

using namespace bk;
using namespace bk::test;

TEST_CASE("500s, hangs and cut-off answers are retried without duplicates or loss", "[sync]") {
    SyncWorld world;
    world.publish();
    FlakyProxy proxy(world.hub.url());
    proxy.script({Misbehaviour::Answer500, Misbehaviour::HangAfterForward,
                  Misbehaviour::CutAfterForward, Misbehaviour::Answer409,
                  Misbehaviour::HangBeforeForward, Misbehaviour::CutAfterForward,
                  Misbehaviour::Answer500});
    SyncClient client(world.options(proxy.url()), world.clock);
    auto ids = world.enqueue_sign_ups(8);

    auto first = client.run_once();
    CHECK(first.content == SyncReport::Content::Installed); // manifest and files pass through
    CHECK(first.retry_later >= 1);
    CHECK_FALSE(client.status().last_error.empty());

    CHECK(world.drain(client, 20) == 0);
    CHECK(proxy.script_left() == 0);
    CHECK(proxy.submissions_seen() == 8 + 7); // every misbehaviour cost exactly one retry
    auto stored = world.hub_records();
    CHECK(stored.size() == 8);
    std::multiset<std::string> counted(stored.begin(), stored.end());
    for (const auto& id : ids)
        CHECK(counted.count(id) == 1);
    CHECK(client.status().last_error.empty());
    CHECK(client.status().quarantined == 0);
}

TEST_CASE("a hub that never answers costs one timeout, not a stuck kiosk", "[sync]") {
    SyncWorld world;
    FlakyProxy proxy(world.hub.url());
    proxy.script({Misbehaviour::HangBeforeForward});
    SyncClient client(world.options(proxy.url()), world.clock);
    world.enqueue_sign_ups(3);
    auto started = std::chrono::steady_clock::now();
    auto report = client.run_once();
    auto took = std::chrono::steady_clock::now() - started;
    CHECK(report.delivered == 0);
    CHECK(report.retry_later == 1); // the rest waits: no answer means the hub is in trouble
    CHECK(took < std::chrono::seconds(3));
    CHECK(client.status().last_error.find("niet op tijd") != std::string::npos);
    CHECK(world.drain(client) == 0);
    CHECK(world.hub_records().size() == 3);
}

TEST_CASE("stop() cuts off a request to a hanging hub instead of waiting for its timeout",
          "[sync]") {
    SyncWorld world;
    FlakyProxy proxy(world.hub.url());
    proxy.script({Misbehaviour::HangBeforeForward});
    auto options = world.options(proxy.url());
    options.timeouts.submission = std::chrono::seconds(60);
    SyncClient client(options, world.clock);
    world.enqueue_sign_ups(1);
    client.start();
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (proxy.submissions_seen() == 0 && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(proxy.submissions_seen() == 1);
    auto started = std::chrono::steady_clock::now();
    client.stop();
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(3));
    // The item was not counted as failed: it is due again at once.
    Database db(world.database_file());
    auto due = Outbox(db).due(world.clock.now(), 10);
    REQUIRE(due.size() == 1);
    CHECK(due[0].attempts == 0);
}
