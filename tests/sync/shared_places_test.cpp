// Places shared with the hub, kiosk and hub both real: two kiosks of one group take sign-ups
// offline past an activity's capacity; after syncing, the hub put exactly the surplus on the
// waiting list and both kiosks show the same count.
#include "sync_world.h"

#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/protocol/wire.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/sign_ups.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace bk::test;

namespace {

// The demo's Digicafé has 8 places; any date from tomorrow on is counted by the hub.
const Date kDay = add_days(to_local(std::chrono::system_clock::now()).date, 2);

SignUpResult sign_up(Database& db, const std::string& name, int people) {
    SignUpRequest request{"digicafe", kDay, name, people, std::nullopt, 8, make_uuid_v4()};
    return SignUps(db).sign_up(request, std::chrono::system_clock::now());
}

} // namespace

TEST_CASE("two kiosks past capacity offline: the hub waits the surplus, both show its count",
          "[sync]") {
    // Tried: kiosk 1 confirmed Ans (3) and Bert (2), kiosk 2 confirmed Cor (3) and Dirk (2),
    // none of them reaching the hub: 10 people for 8 places, each kiosk sure of its own 5.
    SyncWorld world;
    world.publish();
    const SyncOptions second = world.second_kiosk();

    Database one(world.database_file());
    Database two(second.database_file);
    REQUIRE(sign_up(one, "Ans", 3).status == SignUpStatus::Confirmed);
    REQUIRE(sign_up(one, "Bert", 2).status == SignUpStatus::Confirmed);
    REQUIRE(sign_up(two, "Cor", 3).status == SignUpStatus::Confirmed);
    SignUpResult dirk = sign_up(two, "Dirk", 2);
    REQUIRE(dirk.status == SignUpStatus::Confirmed);
    CHECK(SignUps(one).places_taken("digicafe", kDay) == 5); // each kiosk's own count
    CHECK_FALSE(SignUps(one).counted_by_hub("digicafe", kDay));

    SyncClient kiosk_one(world.options(), world.clock);
    SyncClient kiosk_two(second, world.clock);
    CHECK(world.drain(kiosk_one) == 0); // Ans and Bert first: 5 of 8
    CHECK(world.drain(kiosk_two) == 0); // Cor fits (8 of 8), Dirk does not
    kiosk_one.run_once();               // kiosk 1 hears of kiosk 2's sign-ups

    for (Database* kiosk : {&one, &two}) {
        CHECK(SignUps(*kiosk).counted_by_hub("digicafe", kDay));
        CHECK(SignUps(*kiosk).places_taken("digicafe", kDay) == 8);
    }
    // Exactly the surplus waits: Dirk, on kiosk 2, marked for its volunteers.
    auto list = SignUps(two).list_for("digicafe", kDay);
    REQUIRE(list.size() == 2);
    CHECK(list[0].first_name == "Cor");
    CHECK(list[0].status == SignUpStatus::Confirmed);
    CHECK_FALSE(list[0].moved_by_hub);
    CHECK(list[1].first_name == "Dirk");
    CHECK(list[1].status == SignUpStatus::WaitingList);
    CHECK(list[1].moved_by_hub);
    for (const SignUp& s : SignUps(one).list_for("digicafe", kDay))
        CHECK(s.status == SignUpStatus::Confirmed);

    // The hub's own answer to kiosk 1: kiosk 2's people (Cor, and Dirk waiting), not its own.
    HttpClient http(HttpTimeouts{});
    HttpRequest places;
    places.method = "GET";
    places.url = world.hub.url() + wire::kPlacesPath;
    places.headers.emplace_back("Authorization", "Bearer " + world.token);
    HttpResponse r = http.perform(places);
    REQUIRE(r.status == 200);
    std::string why;
    auto counted = wire::parse_places(r.body, why);
    INFO(why);
    REQUIRE(counted);
    bool found = false;
    for (const wire::PlaceCount& c : counted->places) {
        if (c.activity_id != "digicafe" || c.date != format_date_iso(kDay)) continue;
        found = true;
        CHECK(c.taken == 3);
        CHECK(c.waiting == 2);
    }
    CHECK(found);

    // Nothing went back and forth twice: four sign-ups, four records at the hub.
    CHECK(world.hub_records().size() == 4);
}
