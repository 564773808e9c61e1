// The hub's data folder holds names, phone numbers and token hashes: whoever starts the hub,
// with whatever umask, what it creates there is for its own user only.
#include "hub_world.h"

#include "buurtkiosk/protocol/wire.h"
#include "support/temp_dir.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using namespace bk;
using namespace bk::test;

namespace {

unsigned mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

// Sets the umask for one test and puts the old one back.
struct Umask {
    explicit Umask(mode_t mask) : old(::umask(mask)) {}
    ~Umask() { ::umask(old); }
    mode_t old;
};

} // namespace

TEST_CASE("a fresh data folder and everything in it is private to the hub's user", "[hub]") {
    // Tried: the hub started by hand (no systemd UMask) with the common umask 022 on a data
    // folder that does not exist yet. hub.db came out 0644 in a 0755 folder.
    Umask common(022);
    TempDir tmp;
    fs::path data = tmp / "new" / "hub-data";
    auto provisioned =
        run_hub({"--data", data.string(), "provision", "--kiosk", "kiosk-1", "--group", "demo"});
    REQUIRE(provisioned.exit_code == 0);
    REQUIRE(run_hub({"keygen", "--out", (tmp / "keys").string()}).exit_code == 0);
    fs::path content = tmp / "content";
    fs::copy(fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo", content,
             fs::copy_options::recursive);
    REQUIRE(run_hub({"--data", data.string(), "publish", "--group", "demo", "--key",
                     (tmp / "keys" / "signing.key").string(), content.string()})
                .exit_code == 0);
    {
        HubProcess hub(data); // serve opens hub.db too (WAL files)
        hub.start();
        hub.stop();
    }

    CHECK(mode_of(tmp / "new") == 0700);
    CHECK(mode_of(data) == 0700);
    CHECK(mode_of(tmp / "keys") == 0700);
    for (const auto& entry : fs::recursive_directory_iterator(data)) {
        if (entry.path().filename() == "hub.log") continue; // written by the test, not the hub
        INFO(entry.path().string());
        CHECK(mode_of(entry.path()) == (entry.is_directory() ? 0700u : 0600u));
    }
}
