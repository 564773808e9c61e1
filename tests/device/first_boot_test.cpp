// The device image's first boot (kiosk-images/device/buurtkiosk-firstboot, the real script with
// the real kiosk binary): IT puts kiosk.json and volunteer-pin.txt on the boot partition; good
// files are installed for the kiosk and deleted from there, bad ones stay with the reason beside
// them. Also `buurtkiosk --check-config`, which the script asks.
#include "support/hub_process.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <pwd.h>
#include <string>

using namespace bk;

namespace {

const std::string kScript =
    std::string(BUURTKIOSK_SOURCE_DIR) + "/kiosk-images/device/buurtkiosk-firstboot";

const char* kGoodConfig = R"({"hub_url": "https://buurtkiosk.gemeente.example",
 "token": "abc123", "kiosk_group": "noord",
 "public_key": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
 "data_dir": "/var/lib/buurtkiosk"})";

struct Device {
    test::TempDir dir;
    std::filesystem::path boot = dir / "boot";
    std::filesystem::path etc = dir / "etc";
    std::filesystem::path data = dir / "data";

    Device() {
        std::filesystem::create_directories(boot);
        std::filesystem::create_directories(data);
    }

    // The script as the unit runs it, with the kiosk built here first on the PATH and the test's
    // own user in the role of the kiosk's.
    test::CommandResult first_boot() const {
        std::string bin = std::filesystem::path(BUURTKIOSK_KIOSK_BINARY).parent_path().string();
        std::string user = getpwuid(geteuid())->pw_name;
        return test::run_command(
            {"/usr/bin/env", "PATH=" + bin + ":/usr/sbin:/usr/bin:/sbin:/bin",
             "BUURTKIOSK_BOOT_DIR=" + boot.string(), "BUURTKIOSK_ETC=" + etc.string(),
             "BUURTKIOSK_DATA=" + data.string(), "BUURTKIOSK_USER=" + user, kScript});
    }
};

} // namespace

TEST_CASE("first boot takes a good kiosk.json off the boot partition for the kiosk alone") {
    Device device;
    device.dir.write("boot/kiosk.json", kGoodConfig);
    auto result = device.first_boot();
    INFO(result.out << result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("kiosk.json taken from the boot partition") != std::string::npos);
    CHECK(test::read_text(device.etc / "kiosk.json") == kGoodConfig);
    struct stat info {};
    REQUIRE(stat((device.etc / "kiosk.json").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(info.st_uid == geteuid());
    // The token must not stay where anyone holding the card can read it.
    CHECK(!std::filesystem::exists(device.boot / "kiosk.json"));
    CHECK(!std::filesystem::exists(device.boot / "buurtkiosk-error.txt"));
    CHECK(!std::filesystem::exists(device.etc / "kiosk.json.new"));
}

TEST_CASE("first boot leaves a bad kiosk.json where it was and says why beside it") {
    Device device;
    // Tried: plain http to a host that is not this machine, and a file that is not JSON.
    device.dir.write("etc/kiosk.json", kGoodConfig); // what the kiosk had before stays
    device.dir.write("boot/kiosk.json",
                     R"({"hub_url": "http://hub.example", "token": "a", "kiosk_group": "n",
                         "public_key": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                         "data_dir": "/var/lib/buurtkiosk"})");
    auto result = device.first_boot();
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0); // the kiosk still starts, on what it had
    std::string why = test::read_text(device.boot / "buurtkiosk-error.txt");
    CHECK(why.find("kiosk.json not taken: kiosk.json: hub_url: alleen https:// is toegestaan") !=
          std::string::npos);
    CHECK(std::filesystem::exists(device.boot / "kiosk.json"));
    CHECK(test::read_text(device.etc / "kiosk.json") == kGoodConfig);

    device.dir.write("boot/kiosk.json", "{\"hub_url\": ");
    result = device.first_boot();
    why = test::read_text(device.boot / "buurtkiosk-error.txt");
    CHECK(why.find("geen geldige JSON") != std::string::npos);
    CHECK(test::read_text(device.etc / "kiosk.json") == kGoodConfig);
}

TEST_CASE("first boot stores the volunteers' PIN as a hash and deletes the file") {
    Device device;
    device.dir.write("boot/volunteer-pin.txt", "2468\n");
    auto result = device.first_boot();
    INFO(result.out << result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("volunteer PIN set from the boot partition") != std::string::npos);
    CHECK(!std::filesystem::exists(device.boot / "volunteer-pin.txt"));
    std::string hash = test::read_text(device.data / "volunteer-pin");
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(hash.find("2468") == std::string::npos);
}

TEST_CASE("first boot refuses a PIN with letters and keeps the file with the reason") {
    Device device;
    device.dir.write("boot/volunteer-pin.txt", "12ab\n");
    auto result = device.first_boot();
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(std::filesystem::exists(device.boot / "volunteer-pin.txt"));
    CHECK(!std::filesystem::exists(device.data / "volunteer-pin"));
    CHECK(test::read_text(device.boot / "buurtkiosk-error.txt")
              .find("volunteer-pin.txt not taken: buurtkiosk: a volunteer PIN is 4 to 8 digits") !=
          std::string::npos);
}

TEST_CASE("first boot with nothing on the boot partition changes nothing") {
    Device device;
    auto result = device.first_boot();
    CHECK(result.exit_code == 0);
    CHECK(result.out.empty());
    CHECK(!std::filesystem::exists(device.etc));
}

TEST_CASE("check-config says what is wrong with a kiosk.json and exits 2") {
    test::TempDir dir;
    dir.write("kiosk.json", R"({"hub_url": "https://hub.example", "token": "a b"})");
    auto result = test::run_command(
        {BUURTKIOSK_KIOSK_BINARY, "--check-config", (dir / "kiosk.json").string()});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("kiosk.json: kiosk_group: ontbreekt") != std::string::npos);
    dir.write("good.json", kGoodConfig);
    result = test::run_command(
        {BUURTKIOSK_KIOSK_BINARY, "--check-config", (dir / "good.json").string()});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("good: hub https://buurtkiosk.gemeente.example, group noord") !=
          std::string::npos);
    result = test::run_command(
        {BUURTKIOSK_KIOSK_BINARY, "--check-config", (dir / "missing.json").string()});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("kan niet worden gelezen") != std::string::npos);
}
