// The hub counts places per kiosk group (docs/protocol.md, "Places shared with the hub"): two
// kiosks of one group fill one occurrence together, the hub decides in the order it receives
// them, and GET /v1/places tells every kiosk of the group the same count.
#include "hub_world.h"

#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/protocol/wire.h"

#include "hub_places.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <optional>

using namespace bk;
using namespace bk::test;
using bk::hub::cut_to_fit;

namespace {

const std::string kActivity = "digicafe";

// The hub lists dates from its UTC yesterday on, so the tests' dates move with the clock.
std::string utc_date_in_days(int days) {
    return format_utc(std::chrono::system_clock::now() + std::chrono::hours(24 * days))
        .substr(0, 10);
}

// A sign_up submission whose key is "key-<id>"; without capacity as a kiosk from before shared
// places sends it.
// A walk-in as a volunteer adds it: `over_capacity` after "toch toevoegen".
struct WalkIn {
    bool over_capacity = false;
};

std::string sign_up(const std::string& id, const std::string& date, std::optional<int> capacity = 3,
                    std::optional<WalkIn> walk_in = {}) {
    nlohmann::json payload{
        {"id", id},    {"activity_id", kActivity}, {"date", date},         {"first_name", "Test"},
        {"people", 1}, {"code", "ABCD"},           {"status", "confirmed"}};
    if (capacity) payload["capacity"] = *capacity;
    if (walk_in) {
        payload["walk_in"] = true;
        payload["checked_in_at"] = "2026-11-24T10:00:00Z";
        payload["over_capacity"] = walk_in->over_capacity;
    }
    return wire::to_body(wire::Submission{"key-" + id, "sign_up", "2026-11-24T10:00:00Z", payload});
}

std::string cancellation(const std::string& key, const std::string& sign_up_id,
                         const std::vector<std::string>& promoted) {
    return wire::to_body(wire::Submission{key,
                                          "cancellation",
                                          "2026-11-24T11:00:00Z",
                                          {{"sign_up_id", sign_up_id},
                                           {"cancelled_at", "2026-11-24T11:00:00Z"},
                                           {"promoted", promoted}}});
}

HttpResponse post_sign_up(const HubWorld& world, const std::string& token, const std::string& id,
                          const std::string& date) {
    return world.post(wire::kSubmissionsPath, token, sign_up(id, date), "key-" + id);
}

wire::SignUpOutcome outcome_of(const HttpResponse& r) {
    INFO(r.body);
    std::string error;
    auto outcome = wire::parse_sign_up_outcome(r.body, error);
    INFO(error);
    REQUIRE(outcome);
    return *outcome;
}

std::vector<wire::PlaceCount> places_of(const HubWorld& world, const std::string& token) {
    auto r = world.get(wire::kPlacesPath, token);
    INFO(r.body);
    REQUIRE(r.status == 200);
    std::string error;
    auto places = wire::parse_places(r.body, error);
    INFO(error);
    REQUIRE(places);
    CHECK(parse_utc(places->as_of));
    return places->places;
}

void check_count(const wire::PlaceCount& count, const std::string& date, int taken, int waiting) {
    CHECK(count.activity_id == kActivity);
    CHECK(count.date == date);
    CHECK(count.taken == taken);
    CHECK(count.waiting == waiting);
}

} // namespace

TEST_CASE("two kiosks of a group share an occurrence's places, in the order the hub receives "
          "them",
          "[hub]") {
    HubWorld world;
    const std::string noord_1 = world.provision("noord-1", "noord");
    const std::string noord_2 = world.provision("noord-2", "noord");
    const std::string zuid_1 = world.provision("zuid-1", "zuid");
    const std::string date = utc_date_in_days(7);

    // (a) Capacity 3, one person each, the two kiosks taking turns. Each kiosk is told the
    // other's people only: it counts its own itself.
    struct Expected {
        std::string token;
        std::string id;
        std::string status;
        int taken;
        int waiting;
    };
    const std::vector<Expected> sent{{noord_1, "n1-a", "confirmed", 0, 0},
                                     {noord_2, "n2-a", "confirmed", 1, 0},
                                     {noord_1, "n1-b", "confirmed", 1, 0},
                                     {noord_2, "n2-b", "waiting_list", 2, 0},
                                     {noord_1, "n1-c", "waiting_list", 1, 1}};
    std::string first_answer_n1_b;
    for (const Expected& e : sent) {
        auto r = post_sign_up(world, e.token, e.id, date);
        INFO(e.id << ": " << r.body);
        REQUIRE(r.status == 201);
        auto outcome = outcome_of(r);
        CHECK(outcome.id == e.id);
        CHECK(outcome.status == e.status);
        check_count(outcome.count, date, e.taken, e.waiting);
        if (e.id == "n1-b") first_answer_n1_b = r.body;
    }
    auto places = places_of(world, noord_1); // noord-2's: n2-a, and n2-b waiting
    REQUIRE(places.size() == 1);
    check_count(places[0], date, 1, 1);
    places = places_of(world, noord_2); // noord-1's: n1-a and n1-b, and n1-c waiting
    REQUIRE(places.size() == 1);
    check_count(places[0], date, 2, 1);

    // (b) A replay gets the stored answer, word for word, and counts nothing again.
    auto replay = post_sign_up(world, noord_1, "n1-b", date);
    CHECK(replay.status == 200);
    CHECK(replay.body == first_answer_n1_b);
    places = places_of(world, noord_2);
    REQUIRE(places.size() == 1);
    check_count(places[0], date, 2, 1);

    // (c) noord-1 cancels a confirmed sign-up; its volunteer moved its own waiting one up.
    auto cancelled = world.post(wire::kSubmissionsPath, noord_1,
                                cancellation("cancel-1", "n1-a", {"n1-c"}), "cancel-1");
    REQUIRE(cancelled.status == 201);
    auto outcome = outcome_of(cancelled);
    CHECK(outcome.id == "n1-a");
    CHECK(outcome.status == "cancelled");
    check_count(outcome.count, date, 1, 1); // noord-2's, unchanged
    places = places_of(world, noord_2);     // noord-1's: n1-b and n1-c
    REQUIRE(places.size() == 1);
    check_count(places[0], date, 2, 0);

    // (d) Another group sees none of it, and counts its own places from zero.
    CHECK(places_of(world, zuid_1).empty());
    auto zuid = post_sign_up(world, zuid_1, "z1-a", date);
    REQUIRE(zuid.status == 201);
    CHECK(outcome_of(zuid).status == "confirmed");
    check_count(outcome_of(zuid).count, date, 0, 0);
    places = places_of(world, noord_1);
    REQUIRE(places.size() == 1);
    check_count(places[0], date, 1, 1);
}

TEST_CASE("GET /v1/places lists from the hub's UTC yesterday on, soonest first", "[hub]") {
    HubWorld world;
    const std::string token = world.provision("noord-1", "noord");
    const std::string other = world.provision("noord-2", "noord");
    REQUIRE(post_sign_up(world, token, "later", utc_date_in_days(14)).status == 201);
    REQUIRE(post_sign_up(world, token, "yesterday", utc_date_in_days(-1)).status == 201);
    REQUIRE(post_sign_up(world, token, "long-ago", utc_date_in_days(-3)).status == 201);
    CHECK(places_of(world, token).empty()); // its own people are its own to count
    auto places = places_of(world, other);
    REQUIRE(places.size() == 2);
    check_count(places[0], utc_date_in_days(-1), 1, 0);
    check_count(places[1], utc_date_in_days(14), 1, 0);
}

TEST_CASE("a very busy group gets the soonest counts that fit in a kiosk's answer limit", "[hub]") {
    // Tried: more booked occurrences than a kiosk takes in one answer. Filling a real hub past
    // 1 MiB of counts takes thousands of fsynced submissions, so the cut is tried on its own.
    wire::Places answer{"2026-11-24T10:00:00Z", {}};
    for (int i = 0; i < 100; ++i)
        answer.places.push_back({"activity-" + std::to_string(i), "2026-12-01", 1, 0});
    const std::size_t limit = wire::to_body(answer).size() / 2;
    const std::size_t dropped = cut_to_fit(answer, limit);
    CHECK(dropped > 0);
    CHECK(answer.places.size() + dropped == 100);
    CHECK(wire::to_body(answer).size() <= limit);
    CHECK(wire::to_body(answer).size() > limit / 3);          // not cut to nothing
    CHECK(answer.places.front().activity_id == "activity-0"); // the soonest stay

    wire::Places small{"2026-11-24T10:00:00Z", {{"digicafe", "2026-12-01", 3, 1}}};
    CHECK(cut_to_fit(small, wire::kPlacesMaxBytes) == 0);
    CHECK(small.places.size() == 1);
}

TEST_CASE("GET /v1/places without a valid token is 401", "[hub]") {
    HubWorld world;
    world.provision("noord-1", "noord");
    CHECK(world.get(wire::kPlacesPath).status == 401);
    CHECK(world.get(wire::kPlacesPath, std::string(64, 'a')).status == 401);
}

TEST_CASE("a sign-up from a kiosk that sends no capacity is stored as before, uncounted", "[hub]") {
    HubWorld world;
    const std::string token = world.provision("noord-1", "noord");
    const std::string date = utc_date_in_days(7);

    // (f) Older kiosks: no "capacity" in the payload.
    auto r =
        world.post(wire::kSubmissionsPath, token, sign_up("old", date, std::nullopt), "key-old");
    INFO(r.body);
    REQUIRE(r.status == 201);
    auto answer = nlohmann::json::parse(r.body);
    CHECK(answer["status"] == "accepted");
    CHECK_FALSE(answer.contains("sign_up"));
    CHECK(places_of(world, token).empty());
    auto listed = run_hub({"--data", world.hub.data().string(), "submissions"});
    CHECK(listed.out.find("key-old\tsign_up") != std::string::npos);

    // A cancellation of a sign-up the hub never counted is accepted as before.
    auto c = world.post(wire::kSubmissionsPath, token, cancellation("cancel-old", "old", {}),
                        "cancel-old");
    INFO(c.body);
    REQUIRE(c.status == 201);
    CHECK_FALSE(nlohmann::json::parse(c.body).contains("sign_up"));
}

TEST_CASE("a volunteer's move-up confirms a waiting sign-up at the hub, once", "[hub]") {
    // Tried: a place freed, the volunteer moved the first waiting person up; then the same
    // move-up again (a replay), and a move-up of a cancelled sign-up.
    HubWorld world;
    const std::string token = world.provision("noord-1", "noord");
    const std::string other = world.provision("noord-2", "noord"); // reads the hub's count
    const std::string day = utc_date_in_days(3);
    for (const char* id : {"a", "b", "c", "d"})
        REQUIRE(post_sign_up(world, token, id, day).status == 201); // d waits (capacity 3)
    REQUIRE(world
                .post(wire::kSubmissionsPath, token, cancellation("key-cancel-a", "a", {}),
                      "key-cancel-a")
                .status == 201);
    auto move_up = [&](const std::string& key, const std::string& id) {
        return world.post(wire::kSubmissionsPath, token,
                          wire::to_body(wire::Submission{
                              key,
                              "move_up",
                              "2026-11-24T12:00:00Z",
                              {{"sign_up_id", id}, {"moved_up_at", "2026-11-24T12:00:00Z"}}}),
                          key);
    };
    auto first = move_up("key-move-d", "d");
    REQUIRE(first.status == 201);
    wire::SignUpOutcome moved = outcome_of(first);
    CHECK(moved.id == "d");
    CHECK(moved.status == "confirmed");
    CHECK(moved.count.taken == 0); // the other kiosks': none
    CHECK(moved.count.waiting == 0);
    auto replay = move_up("key-move-d", "d");
    CHECK(replay.status == 200);
    CHECK(replay.body == first.body);
    // A cancelled sign-up stays cancelled.
    CHECK(outcome_of(move_up("key-move-a", "a")).status == "cancelled");
    auto places = places_of(world, other);
    REQUIRE(places.size() == 1);
    check_count(places[0], day, 3, 0);
}

TEST_CASE("the attendance export counts people per occurrence, without names", "[hub]") {
    // Tried: four sign-ups for three places, one checked in, one marked "niet gekomen"; then
    // two walk-ins while the places are full, one of them added after "toch toevoegen".
    HubWorld world;
    const std::string token = world.provision("noord-1", "noord");
    const std::string day = utc_date_in_days(2);
    for (const char* id : {"a", "b", "c", "d"})
        REQUIRE(post_sign_up(world, token, id, day).status == 201);
    // Both are confirmed although the places are gone: they are in the room.
    for (auto [id, over] : {std::pair{"w1", false}, std::pair{"w2", true}}) {
        auto r = world.post(wire::kSubmissionsPath, token, sign_up(id, day, 3, WalkIn{over}),
                            std::string("key-") + id);
        REQUIRE(r.status == 201);
        CHECK(outcome_of(r).status == "confirmed");
    }
    auto event = [&](const std::string& kind, const std::string& id) {
        const std::string key = kind + "-" + id;
        return world
            .post(
                wire::kSubmissionsPath, token,
                wire::to_body(wire::Submission{
                    key, kind, "2026-11-24T16:00:00Z", {{"sign_up_id", id}, {kind + "_at", "x"}}}),
                key)
            .status;
    };
    REQUIRE(event("check_in", "a") == 201);
    REQUIRE(event("no_show", "b") == 201);
    const auto csv = world.tmp / "attendance.csv";
    auto r =
        run_hub({"--data", world.hub.data().string(), "export-attendance", "--out", csv.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::string text = read_text(csv);
    CHECK(text.find("date,activity_id,kiosk_group,signed_up,waiting,checked_in,no_shows,walk_ins,"
                    "over_capacity\r\n") == 0);
    INFO(text);
    CHECK(text.find("\"" + day + "\",\"digicafe\",\"noord\",5,1,3,1,2,1\r\n") != std::string::npos);
    CHECK(text.find("Test") == std::string::npos); // the first names stay out
}
