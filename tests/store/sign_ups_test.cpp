// Sign-ups: capacity and waiting list, codes, double taps, cancellation with promotion, purge.
#include "buurtkiosk/store/sign_ups.h"

#include "buurtkiosk/domain/sign_up_code.h"
#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace bk;
using namespace std::chrono_literals;

namespace {

const TimePoint t0 = std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + 10h;
const Date monday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{30}};

SignUpRequest request(const std::string& name, int people, int capacity = 10) {
    SignUpRequest r;
    r.activity_id = "koffieochtend";
    r.date = monday;
    r.first_name = name;
    r.people = people;
    r.capacity = capacity;
    r.form_token = make_uuid_v4();
    return r;
}

struct Store {
    test::TempDir dir;
    Database db{dir / "kiosk.db"};
    SignUps sign_ups{db};
    Outbox outbox{db};
};

} // namespace

TEST_CASE("sign-ups are confirmed while people fit, then go to the waiting list",
          "[store][sign_ups]") {
    Store s;
    auto anna = s.sign_ups.sign_up(request("Anna", 4, 6), t0);
    CHECK(anna.status == SignUpStatus::Confirmed);
    CHECK(s.sign_ups.places_taken("koffieochtend", monday) == 4);
    auto bram = s.sign_ups.sign_up(request("Bram", 3, 6), t0);
    CHECK(bram.status == SignUpStatus::WaitingList); // 4 + 3 > 6
    auto cor = s.sign_ups.sign_up(request("Cor", 2, 6), t0);
    CHECK(cor.status == SignUpStatus::Confirmed); // 4 + 2 = 6 fits exactly
    CHECK(s.sign_ups.places_taken("koffieochtend", monday) == 6);
    // Another date is another occurrence.
    CHECK(s.sign_ups.places_taken("koffieochtend", add_days(monday, 7)) == 0);

    auto list = s.sign_ups.list_for("koffieochtend", monday);
    REQUIRE(list.size() == 3);
    CHECK(list[0].first_name == "Anna");
    CHECK(list[1].first_name == "Cor");
    CHECK(list[2].first_name == "Bram");
    CHECK(list[2].status == SignUpStatus::WaitingList);
    CHECK(list[0].created_at == "2026-11-24T10:00:00Z");
}

TEST_CASE("each sign-up stores one outbox item with what the hub needs", "[store][sign_ups]") {
    Store s;
    SignUpRequest r = request("  Fatima ", 2);
    r.phone = "06-1234 5678";
    auto result = s.sign_ups.sign_up(r, t0);
    REQUIRE(s.outbox.depth() == 1);
    auto item = s.outbox.due(t0, 10).at(0);
    CHECK(item.kind == "sign_up");
    auto body = nlohmann::json::parse(item.body);
    CHECK(body["id"] == result.id);
    CHECK(body["activity_id"] == "koffieochtend");
    CHECK(body["date"] == "2026-11-30");
    CHECK(body["first_name"] == "Fatima");
    CHECK(body["people"] == 2);
    CHECK(body["phone"] == "0612345678");
    CHECK(body["code"] == result.code);
    CHECK(body["status"] == "confirmed");
    CHECK(s.sign_ups.find_by_code(result.code)->phone == "0612345678");
}

TEST_CASE("codes are short, unambiguous and unique among active sign-ups", "[store][sign_ups]") {
    Store s;
    std::set<std::string> codes;
    const std::string alphabet = kSignUpCodeAlphabet;
    for (int i = 0; i < 300; ++i) {
        auto result = s.sign_ups.sign_up(request("P" + std::to_string(i), 1, 1000), t0);
        REQUIRE(result.code.size() == 4);
        for (char c : result.code)
            REQUIRE(alphabet.find(c) != std::string::npos);
        codes.insert(result.code);
    }
    CHECK(codes.size() == 300);
    for (char ambiguous : std::string("0O1IL2Z5S8B"))
        CHECK(alphabet.find(ambiguous) == std::string::npos);
    // The schema refuses a duplicate active code even if the generator were to repeat one.
    auto first = s.sign_ups.find_by_code(*codes.begin());
    REQUIRE(first);
    CHECK_THROWS(s.db.prepare("UPDATE sign_ups SET code = ? WHERE id <> ? AND rowid = "
                              "(SELECT min(rowid) FROM sign_ups WHERE id <> ?)")
                     .bind(1, first->code)
                     .bind(2, first->id)
                     .bind(3, first->id)
                     .run());
}

TEST_CASE("a second tap with the same form token returns the first result", "[store][sign_ups]") {
    Store s;
    SignUpRequest r = request("Anna", 2);
    auto first = s.sign_ups.sign_up(r, t0);
    auto second = s.sign_ups.sign_up(r, t0 + 1s);
    CHECK_FALSE(first.repeated);
    CHECK(second.repeated);
    CHECK(second.id == first.id);
    CHECK(second.code == first.code);
    CHECK(second.status == first.status);
    CHECK(s.sign_ups.list_for("koffieochtend", monday).size() == 1);
    CHECK(s.outbox.depth() == 1);
    CHECK(s.sign_ups.places_taken("koffieochtend", monday) == 2);
}

TEST_CASE("cancelling by code frees places, and a volunteer, not the kiosk, moves someone up",
          "[store][sign_ups]") {
    Store s;
    auto anna = s.sign_ups.sign_up(request("Anna", 4, 6), t0);
    auto bram = s.sign_ups.sign_up(request("Bram", 2, 6), t0);
    auto cor = s.sign_ups.sign_up(request("Cor", 5, 6), t0);   // waiting
    auto dirk = s.sign_ups.sign_up(request("Dirk", 3, 6), t0); // waiting
    REQUIRE(cor.status == SignUpStatus::WaitingList);
    REQUIRE(dirk.status == SignUpStatus::WaitingList);

    // Anna's 4 places free up; nobody is moved silently.
    std::string typed = anna.code;
    typed.insert(2, " ");
    for (char& c : typed)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto cancelled = s.sign_ups.cancel_by_code(typed, t0 + 1h);
    REQUIRE(cancelled.found);
    CHECK(cancelled.cancelled.first_name == "Anna");
    CHECK(s.sign_ups.places_taken("koffieochtend", monday) == 2);
    CHECK(s.sign_ups.find_by_code(dirk.code)->status == SignUpStatus::WaitingList);
    CHECK_FALSE(s.sign_ups.find_by_code(anna.code).has_value());
    auto items = s.outbox.due(t0 + 1h, 10);
    REQUIRE(items.size() == 5);
    CHECK(items[4].kind == "cancellation");
    auto body = nlohmann::json::parse(items[4].body);
    CHECK(body["sign_up_id"] == anna.id);
    CHECK(body["cancelled_at"] == "2026-11-24T11:00:00Z");
    CHECK(body["promoted"] == nlohmann::json::array());

    // The volunteer gives Dirk (3) a place: stored with its own outbox item.
    CHECK(s.sign_ups.move_up(dirk.id, t0 + 2h));
    CHECK(s.sign_ups.find_by_code(dirk.code)->status == SignUpStatus::Confirmed);
    CHECK(s.sign_ups.places_taken("koffieochtend", monday) == 5);
    items = s.outbox.due(t0 + 2h, 10);
    REQUIRE(items.size() == 6);
    CHECK(items[5].kind == "move_up");
    CHECK(nlohmann::json::parse(items[5].body)["sign_up_id"] == dirk.id);
    // Twice, or someone not waiting: nothing changes.
    CHECK_FALSE(s.sign_ups.move_up(dirk.id, t0 + 2h));
    CHECK_FALSE(s.sign_ups.move_up(anna.id, t0 + 2h));
    CHECK_FALSE(s.sign_ups.move_up(bram.id, t0 + 2h));
    CHECK(s.outbox.depth() == 6);

    // Cancelling again, or an unknown code: nothing found, nothing changed.
    CHECK_FALSE(s.sign_ups.cancel_by_code(anna.code, t0 + 2h).found);
    CHECK_FALSE(s.sign_ups.cancel_by_code("XXXX", t0 + 2h).found);
    CHECK(s.outbox.depth() == 6);
    (void)cor;
}

TEST_CASE("cancelling a waiting-list entry moves nobody", "[store][sign_ups]") {
    Store s;
    s.sign_ups.sign_up(request("Anna", 2, 2), t0);
    auto bram = s.sign_ups.sign_up(request("Bram", 1, 2), t0);
    auto cor = s.sign_ups.sign_up(request("Cor", 1, 2), t0);
    REQUIRE(bram.status == SignUpStatus::WaitingList);
    auto result = s.sign_ups.cancel_by_code(bram.code, t0);
    CHECK(result.found);
    CHECK(s.sign_ups.find_by_code(cor.code)->status == SignUpStatus::WaitingList);
}

TEST_CASE("a cancelled code can be handed out again", "[store][sign_ups]") {
    Store s;
    auto anna = s.sign_ups.sign_up(request("Anna", 1), t0);
    s.sign_ups.cancel_by_code(anna.code, t0);
    // The partial unique index only covers active sign-ups.
    s.db.prepare("UPDATE sign_ups SET code = 'TEST' WHERE id = ?").bind(1, anna.id).run();
    auto bram = s.sign_ups.sign_up(request("Bram", 1), t0);
    CHECK_NOTHROW(
        s.db.prepare("UPDATE sign_ups SET code = 'TEST' WHERE id = ?").bind(1, bram.id).run());
    CHECK(s.sign_ups.find_by_code("TEST")->first_name == "Bram");
}

TEST_CASE("bad sign-up requests are refused and store nothing", "[store][sign_ups]") {
    Store s;
    auto refuse = [&](const SignUpRequest& r, const char* words) {
        CHECK_THROWS_WITH(s.sign_ups.sign_up(r, t0), Catch::Contains(words));
    };
    refuse(request("Anna", 0), "1 to 6");
    refuse(request("Anna", 7), "1 to 6");
    refuse(request("   ", 1), "first name is empty");
    refuse(request("Anna", 1, 0), "no places");
    SignUpRequest no_token = request("Anna", 1);
    no_token.form_token.clear();
    refuse(no_token, "form token");
    SignUpRequest bad_phone = request("Anna", 1);
    bad_phone.phone = "06-abc";
    refuse(bad_phone, "contains_letters");
    CHECK(s.sign_ups.list_for("koffieochtend", monday).empty());
    CHECK(s.outbox.depth() == 0);
}

TEST_CASE("purge deletes sign-ups of occurrences before a date", "[store][sign_ups]") {
    Store s;
    SignUpRequest old_one = request("Anna", 1);
    old_one.date = add_days(monday, -7);
    s.sign_ups.sign_up(old_one, t0);
    s.sign_ups.sign_up(request("Bram", 1), t0);
    SignUpRequest later = request("Cor", 1);
    later.date = add_days(monday, 7);
    s.sign_ups.sign_up(later, t0);

    CHECK(s.sign_ups.purge_older_than(monday) == 1);
    CHECK(s.sign_ups.list_for("koffieochtend", add_days(monday, -7)).empty());
    CHECK(s.sign_ups.list_for("koffieochtend", monday).size() == 1);
    CHECK(s.sign_ups.purge_older_than(monday) == 0);
    CHECK(s.sign_ups.purge_older_than(add_days(monday, 8)) == 2);
    CHECK(s.db.query_text("SELECT count(*) FROM sign_ups") == "0");
}

TEST_CASE("a volunteer checks in a confirmed sign-up once", "[store][sign_ups]") {
    Store s;
    auto anna = s.sign_ups.sign_up(request("Anna", 2, 2), t0);
    auto bram = s.sign_ups.sign_up(request("Bram", 1, 2), t0); // waiting list
    CHECK(s.sign_ups.check_in(anna.id, t0 + 30min));
    CHECK_FALSE(s.sign_ups.check_in(anna.id, t0 + 31min)); // twice: nothing new
    CHECK_FALSE(s.sign_ups.check_in(bram.id, t0 + 31min)); // not confirmed
    CHECK_FALSE(s.sign_ups.check_in("no-such-id", t0 + 31min));
    CHECK(s.sign_ups.find_by_code(anna.code)->checked_in_at == "2026-11-24T10:30:00Z");
    CHECK_FALSE(s.sign_ups.find_by_code(bram.code)->checked_in_at.has_value());
    auto items = s.outbox.due(t0 + 1h, 10);
    REQUIRE(items.size() == 3);
    CHECK(items[2].kind == "check_in");
    CHECK(nlohmann::json::parse(items[2].body)["sign_up_id"] == anna.id);
}

TEST_CASE("a no-show is marked once, only for a confirmed sign-up nobody checked in",
          "[store][sign_ups]") {
    Store s;
    auto anna = s.sign_ups.sign_up(request("Anna", 2, 2), t0);
    auto bram = s.sign_ups.sign_up(request("Bram", 1, 2), t0); // waiting
    auto cor = s.sign_ups.sign_up(request("Cor", 1, 3), t0);
    REQUIRE(s.sign_ups.check_in(cor.id, t0));
    CHECK(s.sign_ups.mark_no_show(anna.id, t0 + 3h));
    CHECK_FALSE(s.sign_ups.mark_no_show(anna.id, t0 + 3h)); // once
    CHECK_FALSE(s.sign_ups.mark_no_show(bram.id, t0 + 3h)); // had no place
    CHECK_FALSE(s.sign_ups.mark_no_show(cor.id, t0 + 3h));  // came
    CHECK_FALSE(s.sign_ups.check_in(anna.id, t0 + 3h));     // marked: no late check-in
    CHECK(s.sign_ups.find_by_code(anna.code)->no_show_at == "2026-11-24T13:00:00Z");
    auto items = s.outbox.due(t0 + 3h, 10);
    REQUIRE(items.size() == 5); // 3 sign-ups, 1 check-in, 1 no-show
    CHECK(items[4].kind == "no_show");
    CHECK(nlohmann::json::parse(items[4].body)["sign_up_id"] == anna.id);
}
