// Bad bundles are refused and the kiosk keeps showing its last good content: a tampered
// manifest, a manifest signed with another key, an older version, a file that is not what the
// manifest says.
#include "support/temp_dir.h"
#include "sync_world.h"

#include "buurtkiosk/protocol/signing.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace bk;
using namespace bk::test;

namespace {

void write(const fs::path& file, const std::string& text) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

// Version 1 installed on the kiosk, version 2 (with activity "nieuw") published on the hub.
struct Installed {
    SyncWorld world;
    SyncClient client{world.options(), world.clock};
    Installed() {
        world.publish();
        REQUIRE(client.run_once().content == SyncReport::Content::Installed);
        REQUIRE(client.status().content_version == 1);
    }
    void publish_v2(const fs::path& key = {}) {
        world.add_activity("nieuw", "Nieuwe activiteit");
        world.publish(key);
    }
    fs::path group() const { return world.hub.data() / "groups" / "demo"; }
    void expect_old_content_kept(const SyncReport& report, const std::string& words) {
        CHECK(report.content == SyncReport::Content::Refused);
        CHECK(client.status().content_version == 1);
        CHECK(client.content().current_version() == 1);
        CHECK_FALSE(current_has_activity(client, "nieuw"));
        CHECK(current_has_activity(client, "koffieochtend-maandag"));
        auto status = client.status();
        INFO(status.last_error);
        CHECK(status.last_error.find(words) != std::string::npos);
        CHECK(status.last_error.find("vorige inhoud") != std::string::npos);
        CHECK_FALSE(status.last_error_detail.empty());
    }
};

} // namespace

TEST_CASE("a tampered manifest is refused and keeps being reported", "[sync]") {
    Installed k;
    k.publish_v2();
    std::string manifest = read_text(k.group() / "2.json");
    auto at = manifest.find("\"version\": 2");
    REQUIRE(at != std::string::npos);
    write(k.group() / "2.json", manifest.replace(at, 12, "\"version\": 9"));
    k.expect_old_content_kept(k.client.run_once(), "handtekening");
    // Asked again, the hub says 304 for the same refused manifest: still an error, no download.
    k.expect_old_content_kept(k.client.run_once(), "handtekening");
    CHECK(k.client.content().highest_accepted() == 1);
}

TEST_CASE("a manifest signed with another key is refused", "[sync]") {
    Installed k;
    auto other = run_hub({"keygen", "--out", (k.world.tmp / "other-keys").string()});
    REQUIRE(other.exit_code == 0);
    k.publish_v2(k.world.tmp / "other-keys" / "signing.key");
    k.expect_old_content_kept(k.client.run_once(), "handtekening");
}

TEST_CASE("an older version is refused even when it is properly signed", "[sync]") {
    Installed k;
    k.world.add_activity("nieuw", "Nieuwe activiteit");
    k.world.publish(); // version 2
    REQUIRE(k.client.run_once().content == SyncReport::Content::Installed);
    REQUIRE(current_has_activity(k.client, "nieuw"));
    write(k.group() / "current", "1\n"); // the hub (or an attacker) serves version 1 again
    auto report = k.client.run_once();
    CHECK(report.content == SyncReport::Content::Refused);
    CHECK(k.client.content().current_version() == 2);
    CHECK(current_has_activity(k.client, "nieuw"));
    CHECK(k.client.status().last_error.find("ouder") != std::string::npos);

    // The highest accepted version survives a restart of the kiosk.
    SyncClient restarted(k.world.options(), k.world.clock);
    CHECK(restarted.content().highest_accepted() == 2);
    CHECK(restarted.run_once().content == SyncReport::Content::Refused);
}

TEST_CASE("a file whose hash does not match is refused and not cached", "[sync]") {
    Installed k;
    k.publish_v2();
    auto sha = sha256_hex(read_text(k.world.content_dir / "activities.json"));
    fs::path on_hub = k.world.hub.data() / "files" / sha;
    REQUIRE(fs::exists(on_hub));
    std::string bytes = read_text(on_hub);
    bytes[bytes.size() / 2] = bytes[bytes.size() / 2] == 'a' ? 'b' : 'a';
    write(on_hub, bytes);
    k.expect_old_content_kept(k.client.run_once(), "beschadigd");
    CHECK_FALSE(k.client.content().has_file(sha));
}

TEST_CASE("a kiosk without content refuses a bad first bundle and shows nothing new", "[sync]") {
    SyncWorld world;
    world.publish();
    auto options = world.options();
    options.config.public_key = generate_signing_keypair().public_key; // pinned to another key
    SyncClient client(options, world.clock);
    CHECK(client.run_once().content == SyncReport::Content::Refused);
    CHECK_FALSE(client.content().current_bundle());
    CHECK(client.status().content_version == 0);
}
