// SyncWorld: the hub, its keys and a kiosk, set up for one test.
#include "sync_world.h"

#include "buurtkiosk/content/bundle.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace bk::test {
SyncWorld::SyncWorld() : hub(tmp / "hub") {
    auto keys = run_hub({"keygen", "--out", (tmp / "keys").string()});
    REQUIRE(keys.exit_code == 0);
    key_file = tmp / "keys" / "signing.key";
    public_key = line_after(keys.out, "public key (pin this in every kiosk.json): ");
    REQUIRE(!public_key.empty());
    token = provision("kiosk-1");
    REQUIRE(token.size() == 64);
    content_dir = tmp / "content";
    fs::copy(fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo", content_dir,
             fs::copy_options::recursive);
    kiosk_dir = tmp / "kiosk";
    fs::create_directories(kiosk_dir);
    hub.start();
}

std::string SyncWorld::publish(const fs::path& key) {
    auto r = run_hub({"--data", hub.data().string(), "publish", "--group", "demo", "--key",
                      (key.empty() ? key_file : key).string(), content_dir.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
}

SyncOptions SyncWorld::options(const std::string& hub_url) const {
    SyncOptions o;
    o.config.hub_url = hub_url.empty() ? hub.url() : hub_url;
    o.config.token = token;
    o.config.kiosk_group = "demo";
    o.config.public_key = public_key;
    o.config.data_dir = kiosk_dir;
    o.database_file = database_file();
    o.timeouts.connect = std::chrono::milliseconds(1000);
    o.timeouts.low_speed_bytes_per_second = 1;
    o.timeouts.low_speed_time = std::chrono::seconds(2);
    o.timeouts.manifest = std::chrono::milliseconds(2000);
    o.timeouts.file = std::chrono::milliseconds(2000);
    o.timeouts.submission = std::chrono::milliseconds(1000);
    o.timeouts.heartbeat = std::chrono::milliseconds(1000);
    o.retry.first = std::chrono::milliseconds(5);
    o.retry.max = std::chrono::milliseconds(40);
    o.interval = std::chrono::milliseconds(200);
    return o;
}

void SyncWorld::add_activity(const std::string& id, const std::string& title,
                             std::optional<int> capacity, int days_from_today) const {
    std::ifstream in(content_dir / "activities.json");
    auto doc = nlohmann::ordered_json::parse(in);
    auto today = to_local(std::chrono::system_clock::now()).date;
    doc["activities"].push_back({{"id", id},
                                 {"title", {{"nl", title}}},
                                 {"category", "eten"},
                                 {"place", "Keuken"},
                                 {"once",
                                  {{"date", format_date_iso(add_days(today, days_from_today))},
                                   {"start", "12:00"},
                                   {"end", "13:00"}}}});
    if (capacity) doc["activities"].back()["capacity"] = *capacity;
    std::ofstream(content_dir / "activities.json", std::ios::trunc) << doc.dump(2);
}

std::vector<std::string> SyncWorld::enqueue_sign_ups(int count) const {
    Database db(database_file());
    Transaction tx(db);
    Outbox outbox(db);
    std::vector<std::string> ids;
    for (int i = 0; i < count; ++i) {
        nlohmann::json body{{"activity_id", "koffieochtend-maandag"},
                            {"date", "2026-11-30"},
                            {"first_name", "Test" + std::to_string(i)},
                            {"people", 1}};
        ids.push_back(outbox.enqueue("sign_up", body.dump(), clock.now()));
    }
    tx.commit();
    return ids;
}

std::string SyncWorld::provision(const std::string& kiosk) const {
    auto provisioned =
        run_hub({"--data", hub.data().string(), "provision", "--kiosk", kiosk, "--group", "demo"});
    REQUIRE(provisioned.exit_code == 0);
    return line_after(provisioned.out, "token (shown once; the hub keeps only its hash): ");
}

SyncOptions SyncWorld::second_kiosk() const {
    SyncOptions second = options();
    second.config.token = provision("kiosk-2");
    second.config.data_dir = tmp / "kiosk-2";
    second.database_file = tmp / "kiosk-2" / "kiosk.db";
    fs::create_directories(second.config.data_dir);
    return second;
}

std::vector<std::string> SyncWorld::hub_records() const {
    auto r = run_hub({"--data", hub.data().string(), "submissions"});
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> ids;
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line)) {
        auto first = line.find('\t');
        auto second = line.find('\t', first + 1);
        ids.push_back(line.substr(first + 1, second - first - 1));
    }
    return ids;
}

int SyncWorld::drain(SyncClient& client, int seconds) const {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    for (;;) {
        client.run_once();
        int depth = client.status().outbox_depth;
        if (depth == 0 || std::chrono::steady_clock::now() > deadline) return depth;
        std::this_thread::sleep_for(std::chrono::milliseconds(45)); // past retry.max
    }
}

void expect_each_exactly_once(const std::vector<std::string>& sent,
                              const std::vector<std::string>& stored) {
    CHECK(stored.size() == sent.size());
    std::multiset<std::string> counted(stored.begin(), stored.end());
    for (const auto& id : sent)
        CHECK(counted.count(id) == 1);
}

bool current_has_activity(const SyncClient& client, const std::string& id) {
    auto dir = client.content().current_bundle();
    if (!dir) return false;
    auto loaded = load_bundle(*dir, true);
    return loaded.ok() && loaded.content->find_activity(id) != nullptr;
}

} // namespace bk::test
