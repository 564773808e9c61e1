// The kiosk app against the real hub on 127.0.0.1: content published while the kiosk runs
// appears on its home screen without a restart, and a bad config leaves the kiosk offline on
// its own content instead of stopping it.
#include "support/kiosk_runner.h"
#include "sync_world.h"

#include "buurtkiosk/protocol/wire.h"
#include "buurtkiosk/sync/http_client.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <future>

using namespace bk;

namespace {
// add_activity() puts the new activity on the real date of tomorrow; the kiosk's clock is set to
// that morning so it is "today" on the home screen.
std::string tomorrow_morning() {
    Date tomorrow = add_days(to_local(std::chrono::system_clock::now()).date, 1);
    return format_date_iso(tomorrow) + "T09:00";
}

std::filesystem::path write_config(const test::SyncWorld& world, int interval_seconds = 1) {
    nlohmann::json config{{"hub_url", world.hub.url()},
                          {"token", world.token},
                          {"kiosk_group", "demo"},
                          {"public_key", world.public_key},
                          {"data_dir", world.kiosk_dir.string()},
                          {"sync_interval_seconds", interval_seconds}};
    auto file = world.tmp / "kiosk.json";
    std::ofstream(file) << config.dump(2);
    return file;
}
} // namespace

TEST_CASE("content published while the kiosk runs shows on its home screen without a restart") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::SyncWorld world;
    world.add_activity("soep-extra", "Extra soepmiddag");
    Date tomorrow = add_days(to_local(std::chrono::system_clock::now()).date, 1);
    std::string card = "card-soep-extra-" + format_date_iso(tomorrow);
    auto started = world.tmp / "started.png";

    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = world.kiosk_dir;
    launch.now = tomorrow_morning();
    launch.extra_args = {"--config", write_config(world).string()};
    // The kiosk shows its own content first (the screenshot tells the test it got there); only
    // then is the new bundle published, and the running kiosk must pick it up.
    launch.script = "expect-not-visible " + card + "\nscreenshot " + started.string() +
                    "\nwait-for " + card + "\nquit\n";
    auto kiosk = std::async(std::launch::async, [&launch] { return test::run_kiosk(launch); });
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!std::filesystem::exists(started) && std::chrono::steady_clock::now() < deadline &&
           kiosk.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
    }
    REQUIRE(std::filesystem::exists(started));
    world.publish();
    auto run = kiosk.get();
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("content version") != std::string::npos);
}

TEST_CASE("a kiosk.json the kiosk cannot use leaves it running offline on its own content") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    std::ofstream(dir.path() / "kiosk.json")
        << R"({"hub_url": "http://example.org", "token": "x"})";
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = dir.path() / "data";
    launch.extra_args = {"--config", (dir.path() / "kiosk.json").string()};
    launch.script = "expect-visible tile-agenda\nquit\n";
    auto run = test::run_kiosk(launch);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("running offline") != std::string::npos);
}

TEST_CASE("a sign-up made on screen reaches the hub at once, not at the next sync cycle") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::SyncWorld world;
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = world.kiosk_dir;
    // A cycle every 10 minutes: only the wake-up after the commit can deliver within the test.
    launch.extra_args = {"--config", write_config(world, 600).string()};
    // The first cycle at start fetches the hub's counts: then the place is sure and said so.
    launch.script = "sleep 2\ntap card-digicafe-2026-11-24\ntap sign-up\ntype Ans\ntap confirm\n"
                    "expect-screen sign-up-done\nexpect-visible Kunt u toch niet komen\n"
                    "expect-not-visible andere kiosks\nsleep 3\nquit\n";
    auto run = test::run_kiosk(launch);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK(world.hub_records().size() == 1);
}

TEST_CASE("with the hub out of reach a sign-up is not promised a place other kiosks may have") {
    // Tried: the hub down, a visitor signs up. The kiosk counted only its own sign-ups and said
    // "U staat op de lijst" as a sure thing, though the hub may put the sign-up on the waiting
    // list once it hears of other kiosks' sign-ups.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::SyncWorld world;
    world.hub.stop();
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = world.kiosk_dir;
    launch.extra_args = {"--config", write_config(world, 600).string()};
    launch.script = "tap card-digicafe-2026-11-24\ntap sign-up\ntype Ans\ntap confirm\n"
                    "expect-screen sign-up-done\n"
                    "expect-visible kon de aanmeldingen bij de andere kiosks nog niet nakijken\n"
                    "quit\n";
    auto run = test::run_kiosk(launch);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
}

TEST_CASE("another kiosk's sign-ups count on this kiosk's cards once the hub has counted them") {
    // Tried: 3 of the 4 places taken at another kiosk of the group. This kiosk used to count
    // only its own sign-ups and showed "4 plaatsen vrij" to the next visitor.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::SyncWorld world;
    world.add_activity("soep-extra", "Extra soepmiddag", 4);
    world.publish();
    const std::string other = world.provision("kiosk-2");
    const std::string tomorrow =
        format_date_iso(add_days(to_local(std::chrono::system_clock::now()).date, 1));
    HttpClient http(HttpTimeouts{});
    for (int i = 0; i < 3; ++i) {
        const std::string id = "other-" + std::to_string(i);
        nlohmann::json payload{{"id", id},         {"activity_id", "soep-extra"},
                               {"date", tomorrow}, {"first_name", "Buur"},
                               {"people", 1},      {"capacity", 4}};
        HttpRequest post;
        post.method = "POST";
        post.url = world.hub.url() + wire::kSubmissionsPath;
        post.headers = {{"Authorization", "Bearer " + other},
                        {wire::kIdempotencyKey, id},
                        {"Content-Type", "application/json"}};
        post.body = wire::to_body(wire::Submission{id, "sign_up", "2026-11-24T10:00:00Z", payload});
        REQUIRE(http.perform(post).status == 201);
    }

    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = world.kiosk_dir;
    launch.now = tomorrow_morning();
    launch.extra_args = {"--config", write_config(world).string()};
    launch.script = "wait-for 1 plaats vrij\nexpect-not-visible 4 plaatsen vrij\nquit\n";
    auto run = test::run_kiosk(launch);
    INFO(run.output);
    CHECK(run.exit_code == 0);
}
