// The device's update guard (kiosk-images/device/buurtkiosk-update), the real script: when a new
// kiosk version is kept and when the previous one is put back. The rollback itself, with dpkg
// and an apt repository, runs in kiosk-images/test-packages.sh.
#include "support/hub_process.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

using namespace bk;

namespace {

const std::string kScript =
    std::string(BUURTKIOSK_SOURCE_DIR) + "/kiosk-images/device/buurtkiosk-update";

// The guard's decision for a candidate installed at second 1000, with a grace of 1800 s.
std::string verdict(const std::string& candidate, const std::string& healthy_version,
                    const std::string& healthy_at, long now) {
    auto result =
        test::run_command({"/usr/bin/env", "BUURTKIOSK_UPDATE_GRACE=1800", kScript, "verdict",
                           candidate, "1000", healthy_version, healthy_at, std::to_string(now)});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return result.out.substr(0, result.out.find('\n'));
}

} // namespace

TEST_CASE("a new version that reported healthy after its install is kept") {
    CHECK(verdict("0.2.0", "0.2.0", "1130", 1200) == "healthy");
    // Also when it reports at the last moment, or after the grace time: the report counts.
    CHECK(verdict("0.2.0", "0.2.0", "2790", 2799) == "healthy");
    CHECK(verdict("0.2.0", "0.2.0", "1000", 5000) == "healthy");
}

TEST_CASE("a new version gets its grace time before anything is decided") {
    CHECK(verdict("0.2.0", "", "", 1001) == "wait");
    CHECK(verdict("0.2.0", "", "", 2799) == "wait");
}

TEST_CASE("a new version without a health report within the grace time is rolled back") {
    CHECK(verdict("0.2.0", "", "", 2800) == "rollback");
    CHECK(verdict("0.2.0", "", "", 90000) == "rollback");
}

TEST_CASE("the previous version's health report does not count for the new one") {
    // The old kiosk's file names the old version...
    CHECK(verdict("0.2.0", "0.1.0", "1500", 2000) == "wait");
    CHECK(verdict("0.2.0", "0.1.0", "1500", 2800) == "rollback");
    // ...and a file from before the install says nothing about the new binary.
    CHECK(verdict("0.2.0", "0.2.0", "999", 2800) == "rollback");
}

TEST_CASE("a clock set back before the install does not keep a bad version forever") {
    // A device without a real-time clock boots in 1970 until time sync: no report means back.
    CHECK(verdict("0.2.0", "", "", 5) == "rollback");
}

TEST_CASE("without a candidate the guard has nothing to decide") {
    CHECK(verdict("", "", "", 2000) == "none");
}

TEST_CASE("the guard's check with no update pending changes nothing") {
    test::TempDir dir;
    auto state = dir / "update";
    std::filesystem::create_directories(state / "known-good");
    std::ofstream(state / "known-good" / "buurtkiosk_0.1.0_amd64.deb") << "package";
    auto result = test::run_command({"/usr/bin/env", "BUURTKIOSK_UPDATE_STATE=" + state.string(),
                                     "BUURTKIOSK_HEALTHY_FILE=" + (dir / "healthy").string(),
                                     kScript, "check"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(std::filesystem::exists(state / "known-good" / "buurtkiosk_0.1.0_amd64.deb"));
    CHECK(!std::filesystem::exists(state / "candidate"));
}

TEST_CASE("a candidate that is no longer installed is forgotten, not rolled back") {
    // Someone installed another version by hand (here: buurtkiosk is not installed at all).
    test::TempDir dir;
    auto state = dir / "update";
    std::filesystem::create_directories(state / "known-good");
    std::ofstream(state / "candidate") << "candidate=0.2.0\ninstalled_at=1000\nprevious=0.1.0\n";
    auto result = test::run_command({"/usr/bin/env", "BUURTKIOSK_UPDATE_STATE=" + state.string(),
                                     "BUURTKIOSK_HEALTHY_FILE=" + (dir / "healthy").string(),
                                     kScript, "check"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("not the candidate 0.2.0: nothing to guard") != std::string::npos);
    CHECK(!std::filesystem::exists(state / "candidate"));
}

TEST_CASE("the guard refuses what it does not know") {
    auto result = test::run_command({kScript, "downgrade"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("usage: buurtkiosk-update") != std::string::npos);
    result = test::run_command({kScript, "verdict", "0.2.0"});
    CHECK(result.exit_code == 2);
}
