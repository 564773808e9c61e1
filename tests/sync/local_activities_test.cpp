// Quick activities, kiosk and hub both real: one a volunteer makes on one kiosk reaches the
// other kiosks of its group through the hub, and a hub that fails the first tries still ends
// up with it once.
#include "flaky_proxy.h"
#include "sync_world.h"

#include "buurtkiosk/protocol/wire.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/local_activities.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace bk::test;

namespace {

LocalActivity soup() {
    LocalActivity a;
    a.title = "Vandaag soep";
    a.date = to_local(std::chrono::system_clock::now()).date;
    a.start = TimeOfDay{12 * 60};
    a.end = TimeOfDay{13 * 60};
    a.capacity = 12;
    a.category = Category::Eten;
    return a;
}

// GET /v1/local-activities as kiosk-1 sees it.
std::vector<LocalActivity> at_hub(const SyncWorld& world) {
    HttpClient http(HttpTimeouts{});
    HttpRequest get;
    get.url = world.hub.url() + wire::kLocalActivitiesPath;
    get.headers.emplace_back("Authorization", "Bearer " + world.token);
    HttpResponse r = http.perform(get);
    INFO(r.body);
    REQUIRE(r.status == 200);
    std::string why;
    auto list = wire::parse_local_activities(r.body, why);
    INFO(why);
    REQUIRE(list);
    return *list;
}

} // namespace

TEST_CASE("a quick activity made on one kiosk reaches another kiosk of its group", "[sync]") {
    SyncWorld world;
    const SyncOptions second = world.second_kiosk();

    // Tried: kiosk 1's volunteer adds "Vandaag soep" for today; kiosk 1 syncs, then kiosk 2.
    Database one(world.database_file());
    const LocalActivity made = LocalActivities(one).add(soup(), world.clock.now());
    SyncClient kiosk_one(world.options(), world.clock);
    CHECK(world.drain(kiosk_one) == 0);
    SyncClient kiosk_two(second, world.clock);
    auto report = kiosk_two.run_once();
    INFO(report.error);
    CHECK(report.error.empty());

    Database two(second.database_file);
    auto shown = LocalActivities(two).from(made.date);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0] == made);
    // Kiosk 1 hears its own one back and keeps the one it has; kiosk 2 sends nothing.
    kiosk_one.run_once();
    CHECK(LocalActivities(one).from(made.date).size() == 1);
    CHECK(kiosk_two.status().outbox_depth == 0);
    CHECK(world.hub_records().size() == 1);
}

TEST_CASE("a quick activity survives a hub that fails the first tries and is kept there once",
          "[sync]") {
    SyncWorld world;
    FlakyProxy proxy(world.hub.url());
    // Tried: a 500, then the hub storing it but the kiosk never hearing back (a hang, then an
    // answer cut short), then an honest answer.
    proxy.script(
        {Misbehaviour::Answer500, Misbehaviour::HangAfterForward, Misbehaviour::CutAfterForward});
    Database db(world.database_file());
    const LocalActivity made = LocalActivities(db).add(soup(), world.clock.now());
    SyncClient client(world.options(proxy.url()), world.clock);

    CHECK(world.drain(client, 10) == 0);
    CHECK(proxy.script_left() == 0);
    CHECK(proxy.submissions_seen() == 4);
    CHECK(client.status().quarantined == 0);
    CHECK(world.hub_records().size() == 1);
    auto listed = at_hub(world);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0] == made);
    CHECK(LocalActivities(db).from(made.date).size() == 1);
}
