// The hub's command line: callback export then purge, provisioning, and publish refusing bad
// content without changing what is published.
#include "support/temp_dir.h"
#include "sync_world.h"

#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace bk;
using namespace bk::test;

namespace {} // namespace

TEST_CASE("callback requests export to CSV once and are then gone from the hub", "[sync]") {
    SyncWorld world;
    {
        Database db(world.database_file());
        Transaction tx(db);
        nlohmann::json body{{"topic_id", "geldzaken"},
                            {"first_name", "Fatma, \"Fa\""},
                            {"phone", "0612345678"},
                            {"part_of_day", "ochtend"}};
        Outbox(db).enqueue("callback_request", body.dump(), world.clock.now());
        tx.commit();
    }
    world.enqueue_sign_ups(1);
    SyncClient client(world.options(), world.clock);
    REQUIRE(client.run_once().delivered == 2);

    fs::path csv = world.tmp / "terugbellen.csv";
    auto exported =
        run_hub({"--data", world.hub.data().string(), "export-callbacks", "--out", csv.string()});
    REQUIRE(exported.exit_code == 0);
    CHECK(exported.out.find("exported 1 callback requests") != std::string::npos);
    std::string text = read_text(csv);
    CHECK(text.rfind("received_at,kiosk,created_at,first_name,phone,topic,part_of_day,id\r\n", 0) ==
          0);
    CHECK(text.find("\"Fatma, \"\"Fa\"\"\",\"0612345678\",\"geldzaken\",\"ochtend\"") !=
          std::string::npos);
    CHECK((fs::status(csv).permissions() & fs::perms::others_read) == fs::perms::none);

    // Purged: a second export is empty, the sign-up stays, and no phone number is left anywhere
    // the hub lists.
    auto again = run_hub({"--data", world.hub.data().string(), "export-callbacks", "--out",
                          (world.tmp / "again.csv").string()});
    CHECK(again.out.find("exported 0 callback requests") != std::string::npos);
    CHECK(world.hub_records().size() == 1);
    // The hub log has paths and status codes only.
    CHECK(read_text(world.hub.log_file()).find("0612345678") == std::string::npos);
}

TEST_CASE("provisioning refuses a name twice and bad names", "[sync]") {
    SyncWorld world;
    auto twice = run_hub({"--data", world.hub.data().string(), "provision", "--kiosk", "kiosk-1",
                          "--group", "demo"});
    CHECK(twice.exit_code == 1);
    CHECK(twice.err.find("kiosk 'kiosk-1' already exists") != std::string::npos);
    auto bad = run_hub(
        {"--data", world.hub.data().string(), "provision", "--kiosk", "../x", "--group", "demo"});
    CHECK(bad.exit_code == 2);
    CHECK(run_hub({"--data", world.hub.data().string(), "kiosks"}).out.find("../x") ==
          std::string::npos);
}

TEST_CASE("publish names a translation's bad text by file and key and publishes nothing",
          "[sync]") {
    SyncWorld world;
    world.publish(); // version 1
    // Tried: a Polish catalogue whose "volume_step" has a placeholder the kiosk never fills in.
    fs::create_directories(world.content_dir / "ui");
    std::ofstream(world.content_dir / "ui" / "pl.json", std::ios::trunc)
        << R"({"language":"pl","texts":{"back":"Wstecz","volume_step":"Głośność {level}"}})";
    auto r = run_hub({"--data", world.hub.data().string(), "publish", "--group", "demo", "--key",
                      world.key_file.string(), world.content_dir.string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("translations have problems") != std::string::npos);
    CHECK(r.err.find("ui/pl.json: texts.volume_step: has the placeholder {level}") !=
          std::string::npos);
    CHECK(read_text(world.hub.data() / "groups" / "demo" / "current") == "1\n");
}

TEST_CASE("publish names the problem in bad content and publishes nothing", "[sync]") {
    SyncWorld world;
    world.publish(); // version 1
    std::ofstream(world.content_dir / "activities.json", std::ios::trunc)
        << R"({"activities":[{"id":"x","title":"X","category":"feest","weekly":{"weekday":"maandag","start":"10:00","end":"11:00"}}]})";
    auto r = run_hub({"--data", world.hub.data().string(), "publish", "--group", "demo", "--key",
                      world.key_file.string(), world.content_dir.string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("activities.json: activities[0].category") != std::string::npos);
    CHECK(read_text(world.hub.data() / "groups" / "demo" / "current") == "1\n");
    CHECK_FALSE(fs::exists(world.hub.data() / "groups" / "demo" / "2.json"));

    auto wrong_key = run_hub({"--data", world.hub.data().string(), "publish", "--group", "demo",
                              "--key", (world.tmp / "keys" / "signing.pub").string(),
                              (fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo").string()});
    CHECK(wrong_key.exit_code == 2);
    CHECK(wrong_key.err.find("is not a secret key") != std::string::npos);
    CHECK(read_text(world.hub.data() / "groups" / "demo" / "current") == "1\n");
}
