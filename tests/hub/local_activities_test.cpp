// Quick activities on the hub (docs/protocol.md, "Quick activities"): a kiosk's one is kept for
// its group and listed to the group's kiosks only, once however often it is sent, and a hostile
// payload is refused with 422 and leaves nothing behind.
#include "hub_world.h"

#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/protocol/wire.h"

#include "hub_local_activities.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace bk;
using namespace bk::test;

namespace {

// The hub lists from its UTC yesterday on, so the tests' dates move with the clock.
Date utc_date_in_days(int days) {
    return *parse_date(
        format_utc(std::chrono::system_clock::now() + std::chrono::hours(24 * days)).substr(0, 10));
}

LocalActivity soup(const std::string& id, Date date, int start_hour = 12) {
    LocalActivity a;
    a.id = id;
    a.title = "Vandaag soep";
    a.date = date;
    a.start = TimeOfDay{start_hour * 60};
    a.end = TimeOfDay{(start_hour + 1) * 60};
    a.capacity = 12;
    a.category = Category::Eten;
    a.created_at = "2026-11-24T08:00:00Z";
    return a;
}

HttpResponse submit(const HubWorld& world, const std::string& token, const std::string& key,
                    const nlohmann::json& payload) {
    return world.post(
        wire::kSubmissionsPath, token,
        wire::to_body(wire::Submission{key, "local_activity", "2026-11-24T08:00:00Z", payload}),
        key);
}

std::vector<LocalActivity> listed(const HubWorld& world, const std::string& token) {
    auto r = world.get(wire::kLocalActivitiesPath, token);
    INFO(r.body);
    REQUIRE(r.status == 200);
    std::string error;
    auto list = wire::parse_local_activities(r.body, error);
    INFO(error);
    REQUIRE(list);
    return *list;
}

std::string submissions(const HubWorld& world) {
    auto r = run_hub({"--data", world.hub.data().string(), "submissions"});
    REQUIRE(r.exit_code == 0);
    return r.out;
}

} // namespace

TEST_CASE("a quick activity is listed to the kiosks of its group only, and kept once", "[hub]") {
    HubWorld world;
    const std::string noord_1 = world.provision("noord-1", "noord");
    const std::string noord_2 = world.provision("noord-2", "noord");
    const std::string zuid_1 = world.provision("zuid-1", "zuid");
    const LocalActivity today = soup("lokaal-today", utc_date_in_days(0));
    const LocalActivity early = soup("lokaal-early", utc_date_in_days(0), 9);

    // Tried: noord-1 sends one at 12:00 and then one at 9:00 the same day.
    auto first = submit(world, noord_1, "key-today", wire::to_json(today));
    INFO(first.body);
    REQUIRE(first.status == 201);
    REQUIRE(submit(world, noord_1, "key-early", wire::to_json(early)).status == 201);
    // Both kiosks of noord get them, by start; zuid gets none.
    for (const std::string& token : {noord_1, noord_2}) {
        auto list = listed(world, token);
        REQUIRE(list.size() == 2);
        CHECK(list[0] == early);
        CHECK(list[1] == today);
    }
    CHECK(listed(world, zuid_1).empty());

    // Tried: the same key and body again (a lost answer), and the same quick activity under a
    // new key (an outbox rebuilt): the replay gets the stored answer, and it is listed once.
    auto replay = submit(world, noord_1, "key-today", wire::to_json(today));
    CHECK(replay.status == 200);
    CHECK(replay.body == first.body);
    CHECK(submit(world, noord_1, "key-today-again", wire::to_json(today)).status == 201);
    CHECK(listed(world, noord_2).size() == 2);

    // The municipality's list shows it with its kiosk and group.
    auto shown = run_hub({"--data", world.hub.data().string(), "local-activities"});
    REQUIRE(shown.exit_code == 0);
    CHECK(
        shown.out.find("\t09:00-10:00\tVandaag soep\tkiosk=noord-1\tgroup=noord\tcapacity=12\n") !=
        std::string::npos);
}

TEST_CASE("quick activities from before the hub's yesterday are not listed", "[hub]") {
    HubWorld world;
    const std::string token = world.provision("noord-1", "noord");
    // Tried: one two days ago, one yesterday (a kiosk west of UTC may still be on that date),
    // and one next week.
    REQUIRE(submit(world, token, "k1", wire::to_json(soup("lokaal-old", utc_date_in_days(-2))))
                .status == 201);
    REQUIRE(submit(world, token, "k2", wire::to_json(soup("lokaal-yday", utc_date_in_days(-1))))
                .status == 201);
    REQUIRE(submit(world, token, "k3", wire::to_json(soup("lokaal-week", utc_date_in_days(7))))
                .status == 201);
    auto list = listed(world, token);
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == "lokaal-yday");
    CHECK(list[1].id == "lokaal-week");
}

TEST_CASE("a hostile quick activity gets 422 and is neither kept nor listed", "[hub]") {
    HubWorld world;
    const std::string token = world.provision("noord-1", "noord");
    const nlohmann::json good = wire::to_json(soup("lokaal-1", utc_date_in_days(1)));
    struct Hostile {
        std::string what;
        nlohmann::json payload;
        std::string says;
    };
    std::vector<Hostile> tried{
        {"missing title", good, "title"},
        {"a 10 kB title", good, "title is longer than 80 bytes"},
        {"a date that does not exist", good, "date"},
        {"a date in words", good, "date"},
        {"an id without lokaal-", good, "lokaal-"},
        {"capacity 0", good, "capacity must be 1 to 200"},
        {"a title that is a number", good, "local activity"},
    };
    tried[0].payload.erase("title");
    tried[1].payload["title"] = std::string(10 * 1024, 'x');
    tried[2].payload["date"] = "2026-02-30";
    tried[3].payload["date"] = "morgen";
    tried[4].payload["id"] = "koffieochtend-maandag";
    tried[5].payload["capacity"] = 0;
    tried[6].payload["title"] = 42;
    int n = 0;
    for (const Hostile& h : tried) {
        const std::string key = "hostile-" + std::to_string(++n);
        auto r = submit(world, token, key, h.payload);
        INFO(h.what << ": " << r.body);
        CHECK(r.status == 422);
        CHECK(r.header("content-type").rfind("application/json", 0) == 0);
        CHECK(wire::error_message(r.body).find(h.says) != std::string::npos);
    }
    CHECK(listed(world, token).empty());
    // Nothing was stored as accepted: no record, and not even the keys.
    CHECK(submissions(world).find("hostile-") == std::string::npos);
    auto fixed = submit(world, token, "hostile-1", good);
    INFO(fixed.body);
    CHECK(fixed.status == 201);
    CHECK(listed(world, token).size() == 1);
}

TEST_CASE("the quick activities answer keeps the soonest ones within the kiosks' limit", "[hub]") {
    // Tried: three quick activities against a limit that holds only the first two.
    std::vector<LocalActivity> answer{soup("lokaal-1", utc_date_in_days(0), 9),
                                      soup("lokaal-2", utc_date_in_days(0), 10),
                                      soup("lokaal-3", utc_date_in_days(0), 11)};
    const std::size_t two = wire::to_body(std::vector<LocalActivity>{answer[0], answer[1]}).size();
    CHECK(hub::cut_to_fit(answer, two + 1) == 1);
    REQUIRE(answer.size() == 2);
    CHECK(answer[1].id == "lokaal-2");
    CHECK(wire::to_body(answer).size() <= two + 1);
    CHECK(hub::cut_to_fit(answer, wire::kLocalActivitiesMaxBytes) == 0);
}
