// export-callbacks removes callback requests (names, phone numbers) from the hub only after the
// CSV is safely written; when writing fails, nothing is removed and nothing half-written stays.
#include "hub_world.h"

#include "buurtkiosk/protocol/wire.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using namespace bk;
using namespace bk::test;

namespace {

CommandResult export_to(const HubWorld& world, const fs::path& csv) {
    return run_hub(
        {"--data", world.hub.data().string(), "export-callbacks", "--out", csv.string()});
}

} // namespace

TEST_CASE("a failed callback export names the file and the reason and removes nothing", "[hub]") {
    HubWorld world;
    std::string token = world.provision("kiosk-1", "demo");
    std::string body =
        nlohmann::json{{"id", "cb-1"},
                       {"kind", "callback_request"},
                       {"created_at", "2026-11-24T10:00:00Z"},
                       {"payload", {{"first_name", "Fatma"}, {"phone", "0612345678"}}}}
            .dump();
    REQUIRE(world.post(wire::kSubmissionsPath, token, body, "cb-1").status == 201);

    // Tried: --out in a folder that does not exist.
    fs::path missing = world.tmp / "no-such-folder" / "terugbellen.csv";
    auto r = export_to(world, missing);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(missing.string() + ".tmp: No such file or directory") != std::string::npos);
    CHECK(r.err.find("nothing was removed from the hub") != std::string::npos);

    // Tried: --out naming an existing folder. The temp file is written, the rename fails; the
    // hub used to leave the temp file (with the phone numbers) behind.
    fs::path folder = world.tmp / "a-folder";
    fs::create_directories(folder / "inside");
    r = export_to(world, folder);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(folder.string() + ": Is a directory") != std::string::npos);
    CHECK_FALSE(fs::exists(folder.string() + ".tmp"));

    // The request is still on the hub: the next export that can write gets it.
    fs::path csv = world.tmp / "terugbellen.csv";
    r = export_to(world, csv);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("exported 1 callback requests") != std::string::npos);
    CHECK(read_text(csv).find("\"0612345678\"") != std::string::npos);
    CHECK((fs::status(csv).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
          fs::perms::none);
    CHECK(export_to(world, world.tmp / "again.csv").out.find("exported 0 callback requests") !=
          std::string::npos);
    // Exported means gone from the hub's files too: the deleted row was still readable in
    // hub.db-wal until the export checkpointed it.
    const fs::path db = world.hub.data() / "hub.db";
    CHECK(read_text(db).find("0612345678") == std::string::npos);
    if (fs::exists(db.string() + "-wal"))
        CHECK(read_text(db.string() + "-wal").find("0612345678") == std::string::npos);
}
