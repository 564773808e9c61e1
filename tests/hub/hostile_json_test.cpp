// JSON from outside that is nested absurdly deep: the hub refuses it with a clear message and
// keeps running (before bounded_json, serialising such a payload overflowed the stack).
#include "hub_world.h"

#include "buurtkiosk/protocol/wire.h"

#include <catch2/catch.hpp>

#include <fstream>

namespace fs = std::filesystem;
using namespace bk;
using namespace bk::test;

namespace {

// `levels` arrays inside each other: about 2 bytes per level.
std::string nested_arrays(int levels) {
    return std::string(static_cast<size_t>(levels), '[') +
           std::string(static_cast<size_t>(levels), ']');
}

} // namespace

TEST_CASE("a submission nested 100,000 levels deep is refused and the hub keeps serving", "[hub]") {
    // Tried: a valid kiosk token and Idempotency-Key with a ~200 KB payload of 100,000 nested
    // arrays. The hub used to parse it, then crash (SIGSEGV) while serialising it for hub.db.
    HubWorld world;
    std::string token = world.provision("kiosk-1", "demo");
    std::string body = R"({"id":"deep-1","kind":"sign_up","created_at":"2026-11-24T10:00:00Z",)"
                       R"("payload":{"people":)" +
                       nested_arrays(100'000) + "}}";
    REQUIRE(body.size() > 200'000);
    auto r = world.post(wire::kSubmissionsPath, token, body, "deep-1");
    REQUIRE(r.status == 400);
    CHECK(wire::error_message(r.body) ==
          "submission body: body is not accepted JSON: nested deeper than 32 levels");

    // Tried: the same depth as a heartbeat.
    auto h =
        world.post(wire::kHeartbeatPath, token, "{\"last_error\":" + nested_arrays(100'000) + "}");
    CHECK(h.status == 400);
    CHECK(wire::error_message(h.body).find("nested deeper than 32 levels") != std::string::npos);

    CHECK(world.get(wire::kHealthPath).status == 200);
    auto fine = world.post(wire::kSubmissionsPath, token, HubWorld::sign_up_body("ok-1"), "ok-1");
    CHECK(fine.status == 201);
}

TEST_CASE("the content tools refuse deeply nested JSON files with the file's name", "[hub]") {
    // Tried: an activities.json (import-ics merges into it) and a content folder's manifest.json
    // (publish takes its settings) nested 100,000 levels deep. import-ics used to crash writing
    // the merged file back.
    HubWorld world;
    fs::path content = world.copy_demo_content("content");
    std::ofstream(content / "activities.json", std::ios::trunc)
        << "{\"activities\":[" << nested_arrays(100'000) << "]}";
    world.tmp.write("agenda.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    auto imported = run_hub({"import-ics", (world.tmp / "agenda.ics").string(), content.string()});
    CHECK(imported.exit_code == 1);
    CHECK(imported.err.find("activities.json") != std::string::npos);
    CHECK(imported.err.find("nested deeper than 32 levels") != std::string::npos);

    fs::path other = world.copy_demo_content("other");
    std::ofstream(other / "manifest.json", std::ios::trunc)
        << "{\"settings\":" << nested_arrays(100'000) << "}";
    auto published = run_hub({"--data", world.hub.data().string(), "publish", "--group", "demo",
                              "--key", world.key_file.string(), other.string()});
    CHECK(published.exit_code == 2);
    CHECK(published.err.find("manifest.json") != std::string::npos);
    CHECK(published.err.find("nested deeper than 32 levels") != std::string::npos);
}
