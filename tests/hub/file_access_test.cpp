// Content files are stored by hash for all groups together; a kiosk may download only the files
// its own group's manifests list.
#include "hub_world.h"

#include "buurtkiosk/protocol/signing.h"
#include "buurtkiosk/protocol/wire.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <fstream>

namespace fs = std::filesystem;
using namespace bk;
using namespace bk::test;

TEST_CASE("a kiosk cannot download another group's files by hash", "[hub]") {
    // Tried: kiosk-zuid asking GET /v1/files/<sha256> for a file only group noord published.
    // The hub served any stored file to any kiosk with a valid token.
    HubWorld world;
    std::string noord = world.provision("kiosk-noord", "noord");
    std::string zuid = world.provision("kiosk-zuid", "zuid");
    fs::path noord_content = world.copy_demo_content("noord");
    fs::path zuid_content = world.copy_demo_content("zuid");
    std::ofstream(zuid_content / "activities.json", std::ios::app) << "\n"; // zuid's own bytes
    world.publish("noord", noord_content);
    world.publish("zuid", zuid_content);
    const std::string noord_file = sha256_hex(read_text(noord_content / "activities.json"));
    const std::string zuid_file = sha256_hex(read_text(zuid_content / "activities.json"));
    REQUIRE(noord_file != zuid_file);

    CHECK(world.get("/v1/files/" + noord_file, noord).status == 200);
    CHECK(world.get("/v1/files/" + zuid_file, zuid).status == 200);
    auto other = world.get("/v1/files/" + noord_file, zuid);
    CHECK(other.status == 404);
    // Word for word what a hash nobody published gets, so the answer reveals nothing.
    const std::string nobody = std::string(64, 'f');
    auto missing = world.get("/v1/files/" + nobody, zuid);
    CHECK(missing.status == 404);
    CHECK(wire::error_message(other.body) == "no file with sha256 " + noord_file);
    CHECK(wire::error_message(missing.body) == "no file with sha256 " + nobody);

    // Once zuid publishes that same file, zuid may have it; its older version stays fetchable
    // for kiosks still on it.
    world.publish("zuid", noord_content);
    CHECK(world.get("/v1/files/" + noord_file, zuid).status == 200);
    CHECK(world.get("/v1/files/" + zuid_file, zuid).status == 200);
    CHECK(world.get("/v1/files/" + zuid_file, noord).status == 404);
}
