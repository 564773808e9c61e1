// The places a kiosk shows once the hub counts them: the other kiosks' people as the hub counted
// them plus this kiosk's own, never a sign-up twice; a sign-up the hub put on the waiting list
// moves there.
#include "buurtkiosk/store/hub_places.h"

#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"
#include "buurtkiosk/store/sign_ups.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace bk;

namespace {
const Date kMonday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{30}};
const TimePoint kNow = std::chrono::sys_days{std::chrono::year{2026} / 11 / 24};

SignUpRequest visitor(const std::string& name, int people) {
    return {"koffieochtend", kMonday, name, people, std::nullopt, 8, make_uuid_v4()};
}

wire::PlaceCount count(int taken, int waiting) {
    return {"koffieochtend", "2026-11-30", taken, waiting};
}

// The hub answered the item that carries `record_id` with `status` and `after`.
void hub_answers(Database& db, const std::string& kind, const std::string& record_id,
                 const std::string& status, wire::PlaceCount after) {
    Outbox outbox(db);
    for (const OutboxItem& item : outbox.due(kNow + std::chrono::hours(1), 100))
        if (item.kind == kind && item.body.find(record_id) != std::string::npos)
            outbox.mark_delivered(item.id, [&] {
                HubPlaces(db).apply({record_id, status, after}, kNow);
            });
}
} // namespace

TEST_CASE("the other kiosks' count from the hub plus this kiosk's own, never twice", "[store]") {
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    SignUps sign_ups(db);
    std::string ans = sign_ups.sign_up(visitor("Ans", 2), kNow).id;
    // No count from the hub yet: this kiosk's own.
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 2);
    CHECK_FALSE(sign_ups.counted_by_hub("koffieochtend", kMonday));

    // Other kiosks took 5. Ans is still in the outbox; whether the hub has her already (an
    // answer lost on the way) or not, she counts once.
    HubPlaces(db).replace({"2026-11-24T09:00:00Z", {count(5, 0)}});
    CHECK(sign_ups.counted_by_hub("koffieochtend", kMonday));
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 7);

    // The hub confirms Ans; the others still have 5. She leaves the outbox meanwhile.
    hub_answers(db, "sign_up", ans, "confirmed", count(5, 0));
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 7);
    CHECK(Outbox(db).depth() == 0);

    // Ans cancels here: her place is free at once.
    std::string code = sign_ups.list_for("koffieochtend", kMonday).at(0).code;
    sign_ups.cancel_by_code(code, kNow);
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 5);
    hub_answers(db, "cancellation", ans, "cancelled", count(5, 0));
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 5);
}

TEST_CASE("a sign-up the hub put on the waiting list moves there, marked for volunteers",
          "[store]") {
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    SignUps sign_ups(db);
    // Offline, this kiosk confirmed Bert: it knew of no one else.
    SignUpResult bert = sign_ups.sign_up(visitor("Bert", 3), kNow);
    REQUIRE(bert.status == SignUpStatus::Confirmed);
    // Other kiosks had filled all 8 places first.
    hub_answers(db, "sign_up", bert.id, "waiting_list", count(8, 0));
    auto list = sign_ups.list_for("koffieochtend", kMonday);
    REQUIRE(list.size() == 1);
    CHECK(list[0].status == SignUpStatus::WaitingList);
    CHECK(list[0].moved_by_hub);
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 8);
    // Nothing goes back to the hub for the move: it already knows.
    CHECK(Outbox(db).depth() == 0);

    // A place frees at the hub and the volunteer moves Bert up: counted at once, and once
    // more the hub's answer is in, never twice.
    HubPlaces(db).replace({"2026-11-24T09:05:00Z", {count(5, 0)}});
    REQUIRE(sign_ups.move_up(bert.id, kNow));
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 8);
    hub_answers(db, "move_up", bert.id, "confirmed", count(5, 0));
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 8);
    CHECK(Outbox(db).depth() == 0);
}

TEST_CASE("a replayed answer of the hub changes nothing more", "[store]") {
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    SignUps sign_ups(db);
    SignUpResult bert = sign_ups.sign_up(visitor("Bert", 3), kNow);
    hub_answers(db, "sign_up", bert.id, "waiting_list", count(8, 0));
    // The same answer again (a replay after a crash) changes nothing more.
    Transaction again(db);
    HubPlaces(db).apply({bert.id, "waiting_list", count(8, 0)}, kNow);
    again.commit();
    CHECK(sign_ups.list_for("koffieochtend", kMonday).size() == 1);
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 8);
}

TEST_CASE("the hub's list replaces the one kept, and what it does not list has nobody there",
          "[store]") {
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    SignUps sign_ups(db);
    HubPlaces(db).replace({"2026-11-24T09:00:00Z", {count(6, 0)}});
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 6);
    sign_ups.sign_up(visitor("Ans", 2), kNow); // not sent yet
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 8);
    // Everyone else cancelled at the hub: the list no longer names the occurrence.
    HubPlaces(db).replace({"2026-11-24T09:01:00Z", {}});
    CHECK(sign_ups.counted_by_hub("koffieochtend", kMonday));
    CHECK(sign_ups.places_taken("koffieochtend", kMonday) == 2);
}
