// Callback requests: stored with an outbox item, double taps, deletion once the hub has it.
#include "buurtkiosk/store/callback_requests.h"

#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace bk;
using namespace std::chrono_literals;

namespace {

const TimePoint t0 = std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + 10h;

CallbackRequest callback(const std::string& phone = "+31 (0)6 1234 5678") {
    return {"sociaal-team", "Mehmet", phone, "morning", make_uuid_v4()};
}

} // namespace

TEST_CASE("a callback request is stored with its outbox item", "[store][callback]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    CallbackRequests callbacks(db);
    Outbox outbox(db);
    auto receipt = callbacks.submit(callback(), t0);
    CHECK(receipt.id.size() == 36);
    CHECK_FALSE(receipt.repeated);
    CHECK(callbacks.pending() == 1);
    auto items = outbox.due(t0, 10);
    REQUIRE(items.size() == 1);
    CHECK(items[0].kind == "callback_request");
    auto body = nlohmann::json::parse(items[0].body);
    CHECK(body["id"] == receipt.id);
    CHECK(body["phone"] == "0612345678");
    CHECK(body["topic_id"] == "sociaal-team");
    CHECK(body["part_of_day"] == "morning");
    CHECK(body["created_at"] == "2026-11-24T10:00:00Z");
}

TEST_CASE("delivery deletes the callback request from the kiosk", "[store][callback]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    CallbackRequests callbacks(db);
    Outbox outbox(db);
    callbacks.submit(callback(), t0);
    auto other = callbacks.submit(callback("0201234567"), t0);
    auto items = outbox.due(t0, 10);
    REQUIRE(items.size() == 2);

    // The sync thread has its own connection.
    Database sync(dir / "kiosk.db");
    Outbox(sync).mark_delivered(items[0].id);
    CHECK(callbacks.pending() == 1);
    CHECK(db.query_text("SELECT id FROM callback_requests") == other.id);
    CHECK(db.query_text("SELECT count(*) FROM callback_requests WHERE phone = '0612345678'") ==
          "0");
    CHECK(db.query_text("SELECT count(*) FROM outbox WHERE body LIKE '%0612345678%'") == "0");

    // A failed delivery keeps it.
    Outbox(sync).mark_failed(items[1].id, "offline", t0 + 1min);
    CHECK(callbacks.pending() == 1);
    Outbox(sync).mark_delivered(items[1].id);
    CHECK(callbacks.pending() == 0);
}

TEST_CASE("a double tap on submit stores one callback request", "[store][callback]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    CallbackRequests callbacks(db);
    CallbackRequest request = callback();
    auto first = callbacks.submit(request, t0);
    auto second = callbacks.submit(request, t0 + 1s);
    CHECK(second.repeated);
    CHECK(second.id == first.id);
    CHECK(callbacks.pending() == 1);
    CHECK(Outbox(db).depth() == 1);
}

TEST_CASE("bad callback requests are refused and store nothing", "[store][callback]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    CallbackRequests callbacks(db);
    CHECK_THROWS_WITH(callbacks.submit(callback("0612"), t0), Catch::Contains("too_short"));
    CHECK_THROWS_WITH(callbacks.submit(callback("+0 470 12 34 56"), t0),
                      Catch::Contains("bad_country_code"));
    CallbackRequest when = callback();
    when.part_of_day = "night";
    CHECK_THROWS_WITH(callbacks.submit(when, t0), Catch::Contains("part of day"));
    CallbackRequest nameless = callback();
    nameless.first_name = " ";
    CHECK_THROWS_WITH(callbacks.submit(nameless, t0), Catch::Contains("first name"));
    CHECK(callbacks.pending() == 0);
    CHECK(Outbox(db).depth() == 0);
}

TEST_CASE("a request passed on by a volunteer leaves the kiosk and is never sent as well",
          "[store][callback]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    CallbackRequests callbacks(db);
    Outbox outbox(db);
    auto first = callbacks.submit(callback(), t0);
    auto second = callbacks.submit(callback("+48 601 234 567"), t0 + 1h);

    auto list = callbacks.waiting();
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == first.id); // oldest first
    CHECK(list[0].first_name == "Mehmet");
    CHECK(list[0].phone == "0612345678");
    CHECK(list[0].part_of_day == "morning");
    CHECK(list[0].topic_id == "sociaal-team");
    CHECK(list[0].created_at == t0);
    CHECK(list[1].phone == "+48601234567");

    CHECK(callbacks.passed_on(first.id));
    CHECK(callbacks.pending() == 1);
    CHECK(outbox.depth() == 1); // its outbox item went with it
    auto due = outbox.due(t0 + 2h, 10);
    REQUIRE(due.size() == 1);
    CHECK(nlohmann::json::parse(due[0].body)["id"] == second.id);
    CHECK(db.query_text("SELECT count(*) FROM callback_requests WHERE first_name = 'Mehmet' AND "
                        "phone = '0612345678'") == "0");

    // A second tap, or a request the hub took meanwhile: nothing to do, nothing else touched.
    CHECK_FALSE(callbacks.passed_on(first.id));
    CHECK_FALSE(callbacks.passed_on("no-such-id"));
    CHECK(callbacks.pending() == 1);
}

TEST_CASE("UTC times read back as written", "[store][callback]") {
    CHECK(parse_utc(format_utc(t0)) == t0);
    CHECK_FALSE(parse_utc("2026-11-24 10:00:00").has_value());
    CHECK_FALSE(parse_utc("2026-11-24T10:00:00Z trailing").has_value());
    CHECK_FALSE(parse_utc("").has_value());
}
