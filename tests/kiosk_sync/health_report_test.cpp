// The kiosk's health report for the device's update guard (kiosk/core/health_report.h): a version
// is healthy once it has run for --healthy-after seconds and, with a hub, once a sync cycle with
// the real hub on 127.0.0.1 went through, heartbeat included. A kiosk that cannot reach its hub,
// or has not run long enough, writes nothing (the guard would then put the previous version back).
#include "support/kiosk_runner.h"
#include "sync_world.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace bk;

namespace {

test::KioskRun run_for(const std::filesystem::path& data, double seconds,
                       std::vector<std::string> args) {
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = data;
    launch.extra_args = std::move(args);
    launch.script = "sleep " + std::to_string(seconds) + "\nquit\n";
    return test::run_kiosk(launch);
}

std::filesystem::path write_config(const std::filesystem::path& folder, const std::string& hub_url,
                                   const test::SyncWorld& world) {
    nlohmann::json config{{"hub_url", hub_url},
                          {"token", world.token},
                          {"kiosk_group", "demo"},
                          {"public_key", world.public_key},
                          {"data_dir", world.kiosk_dir.string()},
                          {"sync_interval_seconds", 1}};
    auto file = folder / "kiosk.json";
    std::ofstream(file) << config.dump(2);
    return file;
}

} // namespace

TEST_CASE("a kiosk without a hub reports its version healthy once it has run long enough") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto early = run_for(dir / "early", 1.5, {"--healthy-after", "60"});
    INFO(early.output);
    REQUIRE(early.exit_code == 0);
    CHECK(!std::filesystem::exists(dir / "early" / "healthy"));

    auto run = run_for(dir / "data", 2.5, {"--healthy-after", "1"});
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK(test::read_text(dir / "data" / "healthy") == std::string(BUURTKIOSK_VERSION) + "\n");
    CHECK(run.output.find("is healthy") != std::string::npos);
}

TEST_CASE("a kiosk synced with its hub reports healthy, one that cannot reach it does not") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::SyncWorld world;
    world.publish();
    auto good = write_config(world.tmp.path(), world.hub.url(), world);
    auto run = run_for(world.kiosk_dir, 6, {"--healthy-after", "1", "--config", good.string()});
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK(test::read_text(world.kiosk_dir / "healthy") == std::string(BUURTKIOSK_VERSION) + "\n");
    // The hub saw the heartbeat that made it healthy.
    auto kiosks = test::run_hub({"--data", world.hub.data().string(), "kiosks"});
    CHECK(kiosks.out.find("version=" + std::string(BUURTKIOSK_VERSION)) != std::string::npos);

    // Tried: the same kiosk (a new version) whose hub is gone; it runs, but is not healthy.
    std::filesystem::remove(world.kiosk_dir / "healthy");
    world.hub.stop();
    run = run_for(world.kiosk_dir, 4, {"--healthy-after", "1", "--config", good.string()});
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK(!std::filesystem::exists(world.kiosk_dir / "healthy"));
}
