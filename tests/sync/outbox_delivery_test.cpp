// Submissions reach the hub exactly once: through an outage, in bulk, and never with a bad token;
// a key reused with another body is quarantined instead of retried forever.
#include "sync_world.h"

#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/protocol/wire.h"
#include "buurtkiosk/store/callback_requests.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace bk;
using namespace bk::test;

TEST_CASE("sign-ups queued while the hub is down arrive exactly once after it returns", "[sync]") {
    SyncWorld world;
    world.publish();
    SyncClient client(world.options(), world.clock);
    auto ids = world.enqueue_sign_ups(10);
    REQUIRE(client.run_once().delivered == 10);

    world.hub.stop();
    auto more = world.enqueue_sign_ups(15);
    auto report = client.run_once();
    CHECK(report.delivered == 0);
    CHECK(report.content == SyncReport::Content::Failed);
    CHECK(client.status().outbox_depth == 15);
    CHECK(client.status().last_error.find("Geen verbinding") != std::string::npos);
    CHECK(client.run_once().delivered == 0); // still down: nothing lost, nothing sent
    auto even_more = world.enqueue_sign_ups(5);

    world.hub.start(); // same port, same data
    CHECK(world.drain(client) == 0);
    CHECK(client.status().last_error.empty());
    ids.insert(ids.end(), more.begin(), more.end());
    ids.insert(ids.end(), even_more.begin(), even_more.end());
    expect_each_exactly_once(ids, world.hub_records());
}

TEST_CASE("1,000 submissions arrive exactly once", "[sync]") {
    SyncWorld world;
    SyncClient client(world.options(), world.clock);
    auto ids = world.enqueue_sign_ups(1000);
    auto report = client.run_once();
    CHECK(report.content == SyncReport::Content::NothingPublished);
    CHECK(report.delivered == 1000);
    CHECK(client.status().outbox_depth == 0);
    expect_each_exactly_once(ids, world.hub_records());
    CHECK(client.run_once().delivered == 0);
}

TEST_CASE("a wrong token gets a clear error and leaves the outbox alone", "[sync]") {
    SyncWorld world;
    world.publish();
    auto options = world.options();
    options.config.token = std::string(64, '0');
    SyncClient client(options, world.clock);
    world.enqueue_sign_ups(2);
    auto report = client.run_once();
    CHECK(report.content == SyncReport::Content::Failed);
    CHECK(report.delivered == 0);
    auto status = client.status();
    CHECK(status.last_error.find("toegangscode klopt niet") != std::string::npos);
    CHECK(status.last_error_detail.find("401") != std::string::npos);
    CHECK(status.last_error_detail.find("not provisioned") != std::string::npos);
    CHECK(status.outbox_depth == 2);
    Database db(world.database_file());
    for (const auto& item : Outbox(db).due(world.clock.now(), 10))
        CHECK(item.attempts == 0);
    CHECK(world.hub_records().empty());
}

TEST_CASE("the same key with another body is quarantined, not retried", "[sync]") {
    SyncWorld world;
    SyncClient client(world.options(), world.clock);
    auto ids = world.enqueue_sign_ups(2);
    // Something else already used the first key with a different body.
    HttpClient http(HttpTimeouts{});
    HttpRequest r;
    r.method = "POST";
    r.url = world.hub.url() + wire::kSubmissionsPath;
    r.headers = {{"Authorization", "Bearer " + world.token}, {wire::kIdempotencyKey, ids[0]}};
    r.body = wire::to_body({ids[0], "sign_up", "2026-01-01T00:00:00Z", {{"other", true}}});
    REQUIRE(http.perform(r).status == 201);

    auto report = client.run_once();
    CHECK(report.quarantined == 1);
    CHECK(report.delivered == 1);
    auto status = client.status();
    CHECK(status.quarantined == 1);
    CHECK(status.outbox_depth == 0);
    CHECK(status.last_error.find("apart gezet") != std::string::npos);
    CHECK(client.run_once().quarantined == 0); // never tried again
    Database db(world.database_file());
    auto aside = Outbox(db).quarantined_items();
    REQUIRE(aside.size() == 1);
    CHECK(aside[0].id == ids[0]);
}

TEST_CASE("a callback request the sync client delivered leaves no name or number in the files",
          "[sync]") {
    // Tried: a callback request with a name and number found nowhere else, delivered to the real
    // hub by one sync cycle while the kiosk's UI connection stays open; then the raw bytes of
    // the store and its WAL are searched. Before secure_delete and the checkpoint after a
    // delivery, both were still readable in kiosk.db-wal.
    SyncWorld world;
    Database ui(world.database_file());
    CallbackRequests(ui).submit(
        {"sociaal-team", "Zwaluwstaart", "06 2468 1357", "morning", make_uuid_v4()},
        world.clock.now());
    auto bytes = [&] {
        return read_text(world.database_file()) + read_text(world.kiosk_dir / "kiosk.db-wal");
    };
    REQUIRE(bytes().find("Zwaluwstaart") != std::string::npos); // the search works
    SyncClient client(world.options(), world.clock);
    REQUIRE(client.run_once().delivered == 1);
    CHECK(CallbackRequests(ui).pending() == 0);
    CHECK(bytes().find("Zwaluwstaart") == std::string::npos);
    CHECK(bytes().find("0624681357") == std::string::npos);
}
