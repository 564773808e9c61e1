// What stands between kiosk and hub, or pretends to be the hub, decides nothing: a captive portal's
// 200 deletes no submission, an answer larger than its limit is cut off before it fills memory, a
// correctly signed manifest for another group or past its expiry is not installed, and a kiosk
// that cannot reach its hub backs off instead of knocking many times a second.
#include "flaky_proxy.h"
#include "sync_world.h"

#include "buurtkiosk/protocol/signing.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

using namespace bk;
using namespace bk::test;

namespace {

long max_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // Linux reports KiB
}

// Captures what the code under test writes to std::cerr (the kiosk's log).
class CapturedLog {
public:
    CapturedLog() : old_(std::cerr.rdbuf(text_.rdbuf())) {}
    ~CapturedLog() { std::cerr.rdbuf(old_); }
    int lines_with(const std::string& words) const {
        std::istringstream in(text_.str());
        int count = 0;
        for (std::string line; std::getline(in, line);)
            count += line.find(words) != std::string::npos;
        return count;
    }

private:
    std::ostringstream text_;
    std::streambuf* old_;
};

} // namespace

TEST_CASE("a 200 from a captive portal or a stranger deletes no submission", "[sync]") {
    // Tried: every request answered "200 text/html" by a login page that never reaches the hub;
    // then submissions answered "200 application/json" about another idempotency key.
    SyncWorld world;
    world.publish();
    FlakyProxy proxy(world.hub.url());
    SyncClient client(world.options(proxy.url()), world.clock);
    auto ids = world.enqueue_sign_ups(15);

    proxy.hostile(Hostility::Portal);
    auto portal = client.run_once();
    CHECK(portal.delivered == 0);
    CHECK(portal.content == SyncReport::Content::Failed);
    CHECK(client.status().outbox_depth == 15);
    CHECK(client.status().last_error.find("niet van de centrale server") != std::string::npos);
    CHECK(world.hub_records().empty());

    proxy.hostile(Hostility::StrangerJson);
    auto stranger = client.run_once();
    CHECK(stranger.content == SyncReport::Content::Installed); // the manifest was the hub's
    CHECK(stranger.delivered == 0);
    CHECK(client.status().outbox_depth == 15);
    CHECK(client.status().last_error.find("niet van de centrale server") != std::string::npos);

    proxy.hostile(Hostility::None);
    CHECK(world.drain(client) == 0);
    expect_each_exactly_once(ids, world.hub_records());
}

TEST_CASE("answers larger than their limit are cut off before they fill memory", "[sync]") {
    // Tried: a picture listed as a few KB served as 1 GiB, a manifest that never ends, and a
    // 130 KB gzip manifest that inflates to 128 MiB. Without the limits each one costs the
    // process its full size in memory before any check runs.
    SyncWorld world;
    world.publish();
    FlakyProxy proxy(world.hub.url());
    SyncClient client(world.options(proxy.url()), world.clock);
    const long before = max_rss_mib();

    for (auto hostility :
         {Hostility::HugeFile, Hostility::EndlessManifest, Hostility::GzipManifest}) {
        proxy.hostile(hostility);
        auto report = client.run_once();
        CHECK(report.content == SyncReport::Content::Failed);
        CHECK(client.content().current_version() == 0);
        INFO(client.status().last_error_detail);
        CHECK(client.status().last_error_detail.find("larger than") != std::string::npos);
    }
    CHECK(max_rss_mib() - before < 64);

    proxy.hostile(Hostility::None);
    CHECK(client.run_once().content == SyncReport::Content::Installed);
}

TEST_CASE("a signed manifest for another group is refused, and a moved kiosk takes its new "
          "group's lower version",
          "[sync]") {
    SyncWorld world;
    for (int i = 0; i < 3; ++i)
        world.publish(); // group "demo" at version 3
    auto noord = run_hub({"--data", world.hub.data().string(), "provision", "--kiosk", "kiosk-2",
                          "--group", "noord"});
    REQUIRE(noord.exit_code == 0);
    const std::string noord_token =
        line_after(noord.out, "token (shown once; the hub keeps only its hash): ");
    REQUIRE(run_hub({"--data", world.hub.data().string(), "publish", "--group", "noord", "--key",
                     world.key_file.string(), world.content_dir.string()})
                .exit_code == 0); // group "noord" at version 1

    SECTION("a kiosk of group noord is handed group demo's manifest") {
        // Tried: a kiosk configured for "noord" talking to the hub with demo's token, as a
        // mistaken proxy or a replay would hand it demo's correctly signed manifest.
        auto options = world.options();
        options.config.kiosk_group = "noord";
        SyncClient client(options, world.clock);
        auto report = client.run_once();
        CHECK(report.content == SyncReport::Content::Refused);
        CHECK(client.content().current_version() == 0);
        CHECK(client.status().last_error.find("andere groep") != std::string::npos);
    }
    SECTION("a kiosk moved from demo (version 3) to noord (version 1)") {
        {
            SyncClient demo(world.options(), world.clock);
            REQUIRE(demo.run_once().content == SyncReport::Content::Installed);
            REQUIRE(demo.content().current_version() == 3);
        }
        auto options = world.options();
        options.config.kiosk_group = "noord";
        options.config.token = noord_token;
        SyncClient moved(options, world.clock);
        auto report = moved.run_once();
        INFO(moved.status().last_error_detail);
        CHECK(report.content == SyncReport::Content::Installed);
        CHECK(moved.content().current_version() == 1);
        CHECK(moved.content().highest_accepted() == 1);
        CHECK(moved.status().last_error.empty());
    }
}

TEST_CASE("an expired manifest is not installed on a fresh kiosk", "[sync]") {
    // Tried: the hub's manifest (valid 365 days) offered to a new kiosk whose clock is two years
    // later, as an attacker replaying an old signed manifest would.
    SyncWorld world;
    world.publish();
    ManualClock later(std::chrono::system_clock::now() + std::chrono::hours(24 * 730));
    SyncClient client(world.options(), later);
    auto report = client.run_once();
    CHECK(report.content == SyncReport::Content::Refused);
    CHECK(client.content().current_version() == 0);
    CHECK(client.status().last_error.find("verlopen") != std::string::npos);
}

TEST_CASE("a kiosk that cannot reach its hub backs off and logs the problem once", "[sync]") {
    // Tried: one queued sign-up, the background thread running for 3 s, first against a port
    // where nothing listens (connection refused), then against a captive portal that answers
    // everything with a login page. Before the fix this made about 17 requests a second and logged
    // every one.
    SyncWorld world;
    world.enqueue_sign_ups(1);
    auto options = world.options();
    options.failure_backoff = {std::chrono::milliseconds(100), std::chrono::seconds(2)};

    SECTION("connection refused") {
        world.hub.stop();
        CapturedLog log;
        SyncClient client(options, world.clock);
        client.start();
        std::this_thread::sleep_for(std::chrono::seconds(3));
        client.stop();
        const int cycles = client.status().failed_cycles;
        CHECK(cycles >= 2);
        CHECK(cycles <= 10); // 100, 200, 400, 800, 1600 ms (jitter halves at most): ~5
        CHECK(log.lines_with("sync: ") == 1);
    }
    SECTION("a captive portal that answers every request") {
        FlakyProxy proxy(world.hub.url());
        proxy.hostile(Hostility::Portal);
        SyncOptions slow = world.options(proxy.url());
        slow.failure_backoff = options.failure_backoff;
        SyncClient backing_off(slow, world.clock);
        backing_off.start();
        std::this_thread::sleep_for(std::chrono::seconds(3));
        backing_off.stop();
        CHECK(proxy.connections() <= 10);
        CHECK(world.hub_records().empty());
    }
}

TEST_CASE("a NUL byte or a file/folder clash in a signed manifest is a content refusal", "[sync]") {
    // Tried: correctly signed manifests whose paths hold a NUL byte ("a\u0000b.json"), or name
    // both a file "images" and a file "images/x.png". Before the fix the first cut the name
    // short in a system call and the second failed halfway the install with a storage error.
    TempDir tmp;
    auto keys = generate_signing_keypair();
    ContentStore store(tmp.path(), keys.public_key, "demo");
    const std::string hash = sha256_hex("x");
    auto fetch = [](const std::string&, std::int64_t, const std::filesystem::path& to) {
        std::ofstream(to, std::ios::binary) << "x";
        return std::string();
    };
    for (const std::string& files :
         {R"([{"path":"a\u0000b.json","size":1,"sha256":")" + hash + R"("}])",
          R"([{"path":"images","size":1,"sha256":")" + hash +
              R"("},{"path":"images/x.png","size":1,"sha256":")" + hash + R"("}])"}) {
        std::string manifest =
            R"({"format":1,"kiosk_group":"demo","version":1,"created":"2026-11-24T12:00:00Z",)"
            R"("expires":"2026-12-24T12:00:00Z","files":)" +
            files + "}";
        auto signature = sign_detached(manifest, keys.secret_key);
        REQUIRE(signature);
        InstallOutcome outcome = store.install(manifest, *signature, fetch, "2026-12-01T00:00:00Z");
        CHECK(outcome.kind == InstallOutcome::Kind::Refused);
        CHECK(outcome.detail.find("files[") != std::string::npos);
        CHECK_FALSE(store.current_bundle());
    }
}
