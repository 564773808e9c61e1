// A hub that answers 500, hangs, or cuts its answer short: the kiosk retries, nothing is lost
// and nothing arrives twice (the dangerous case: the hub stored it but the kiosk never heard).
#include "flaky_proxy.h"
#include "sync_world.h"

#include <catch2/catch.hpp>

#include <set>

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
