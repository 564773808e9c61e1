// Publish on the hub, sync on the kiosk: the new activity is there, unchanged content costs a 304.
#include "sync_world.h"

#include "buurtkiosk/sync/sync_status_text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace bk;
using namespace bk::test;

TEST_CASE("a published activity reaches the kiosk, and an unchanged manifest is a 304", "[sync]") {
    SyncWorld world;
    world.publish();
    SyncClient client(world.options(), world.clock);
    std::int64_t installed_version = 0;
    std::filesystem::path installed_at;
    client.on_installed([&](const std::filesystem::path& dir, std::int64_t v) {
        installed_version = v;
        installed_at = dir;
    });

    auto first = client.run_once();
    INFO(first.error);
    CHECK(first.content == SyncReport::Content::Installed);
    CHECK(first.heartbeat_sent);
    CHECK(installed_version == 1);
    CHECK(client.status().content_version == 1);
    CHECK(client.status().last_error.empty());
    CHECK(client.status().last_success.has_value());
    CHECK_FALSE(current_has_activity(client, "soep-vandaag"));

    CHECK(client.run_once().content == SyncReport::Content::NotModified);

    world.add_activity("soep-vandaag", "Soep eten");
    world.publish();
    auto second = client.run_once();
    CHECK(second.content == SyncReport::Content::Installed);
    CHECK(installed_version == 2);
    CHECK(current_has_activity(client, "soep-vandaag"));
    CHECK(installed_at == *client.content().current_bundle());

    // The hub saw the heartbeat with the new content version.
    auto kiosks = run_hub({"--data", world.hub.data().string(), "kiosks"});
    CHECK(kiosks.out.find("kiosk-1\tgroup=demo") != std::string::npos);
    CHECK(kiosks.out.find("content=2") != std::string::npos);
}

TEST_CASE("content past its expiry date stays on screen, flagged stale", "[sync]") {
    SyncWorld world;
    world.publish(); // expires a year from now
    ManualClock clock(std::chrono::system_clock::now());
    SyncClient client(world.options(), clock);
    REQUIRE(client.run_once().content == SyncReport::Content::Installed);
    CHECK_FALSE(client.status().content_expired);
    CHECK(client.status().content_expires.size() == 20);

    clock.advance(std::chrono::hours(24 * 400));
    CHECK(client.run_once().content == SyncReport::Content::NotModified);
    auto status = client.status();
    CHECK(status.content_expired);
    CHECK(status.content_version == 1);
    CHECK(current_has_activity(client, "koffieochtend-maandag"));
    auto lines = sync_status_lines(status, clock.now());
    CHECK(std::find(lines.begin(), lines.end(),
                    "De inhoud is verouderd. Vraag de gemeente om nieuwe inhoud.") != lines.end());
}

TEST_CASE("a second publish downloads only the files that changed", "[sync]") {
    SyncWorld world;
    world.publish();
    SyncClient client(world.options(), world.clock);
    REQUIRE(client.run_once().content == SyncReport::Content::Installed);
    // The hub logs one line per request: count the file downloads of the second sync.
    world.add_activity("extra", "Extra middag");
    world.publish();
    auto hub_log_before = std::filesystem::file_size(world.hub.log_file());
    REQUIRE(client.run_once().content == SyncReport::Content::Installed);
    std::ifstream log(world.hub.log_file());
    log.seekg(static_cast<std::streamoff>(hub_log_before));
    std::string line;
    int file_gets = 0;
    while (std::getline(log, line))
        if (line.find("GET /v1/files/") != std::string::npos) ++file_gets;
    CHECK(file_gets == 1); // only the new activities.json
}

TEST_CASE("the background thread syncs on its own and wakes up on request", "[sync]") {
    SyncWorld world;
    world.publish();
    auto options = world.options();
    options.interval = std::chrono::seconds(30); // only a wake-up can make it go again soon
    SyncClient client(options, world.clock);
    client.start();
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (client.status().content_version != 1 && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(client.status().content_version == 1);
    CHECK(client.status().running);

    auto ids = world.enqueue_sign_ups(3);
    client.wake();
    until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (world.hub_records().size() < 3 && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    client.stop();
    CHECK(world.hub_records().size() == 3);
    CHECK_FALSE(client.status().running);
}
