// Quick activities in the kiosk's store: one a volunteer makes is stored with its outbox item in
// one transaction, a bad one leaves no trace, the hub's ones are kept once, past ones go.
#include "buurtkiosk/store/local_activities.h"

#include "buurtkiosk/protocol/wire.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace bk;

namespace {
const Date kToday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};
const TimePoint kNow = std::chrono::sys_days{std::chrono::year{2026} / 11 / 24};

LocalActivity soup(const std::string& title = "Vandaag soep") {
    LocalActivity a;
    a.title = title;
    a.date = kToday;
    a.start = TimeOfDay{12 * 60};
    a.end = TimeOfDay{13 * 60};
    a.capacity = 12;
    a.category = Category::Eten;
    return a;
}

// As another kiosk of the group made it, the way GET /v1/local-activities brings it.
LocalActivity from_hub(const std::string& id, Date date, const std::string& title) {
    LocalActivity a = soup(title);
    a.id = id;
    a.date = date;
    a.created_at = "2026-11-24T08:00:00Z";
    return a;
}

int rows(Database& db) {
    Statement s = db.prepare("SELECT COUNT(*) FROM local_activities");
    s.step();
    return static_cast<int>(s.column_int(0));
}
} // namespace

TEST_CASE("a quick activity is stored with one local_activity outbox item carrying its wire form",
          "[store]") {
    // Tried: a volunteer adds "Vandaag soep" for today, 12:00-13:00, 12 places.
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    const LocalActivity added = LocalActivities(db).add(soup(), kNow);

    CHECK(added.id.rfind("lokaal-", 0) == 0);
    CHECK(added.created_at == format_utc(kNow));
    auto stored = LocalActivities(db).from(kToday);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0] == added);

    auto items = Outbox(db).due(kNow + std::chrono::hours(1), 10);
    REQUIRE(items.size() == 1);
    CHECK(items[0].kind == "local_activity");
    CHECK(nlohmann::json::parse(items[0].body) == wire::to_json(added));
    std::string error;
    auto sent = wire::read_local_activity(nlohmann::json::parse(items[0].body), error);
    INFO(error);
    REQUIRE(sent);
    CHECK(*sent == added);
}

TEST_CASE("a bad quick activity throws and leaves neither a row nor an outbox item", "[store]") {
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    LocalActivity ends_before_start = soup();
    ends_before_start.end = TimeOfDay{11 * 60};
    LocalActivity no_places = soup();
    no_places.capacity = 0;
    // Tried: an empty title, a title of spaces, one that ends before it starts, capacity 0, and
    // a title with a control character.
    for (const LocalActivity& bad : {soup(""), soup("   "), ends_before_start, no_places,
                                     soup("Soep\nmet brood"), soup(std::string("Soep\x1b", 5))}) {
        INFO("title: " << bad.title);
        CHECK_THROWS_AS(LocalActivities(db).add(bad, kNow), std::invalid_argument);
    }
    CHECK(rows(db) == 0);
    CHECK(Outbox(db).depth() == 0);
}

TEST_CASE("the hub's quick activities are kept once and a known one is left as it is", "[store]") {
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    LocalActivities local(db);
    const LocalActivity own = local.add(soup(), kNow);

    // Tried: the hub lists this kiosk's own one with another title (it must stay as made here),
    // another kiosk's new one, and a broken one (which is skipped).
    LocalActivity changed = own;
    changed.title = "Iets anders";
    LocalActivity broken = from_hub("niet-lokaal", kToday, "Zonder goed id");
    const LocalActivity other = from_hub("lokaal-other", kToday, "Samen koken");
    local.keep_from_hub({changed, other, broken});
    auto list = local.from(kToday);
    REQUIRE(list.size() == 2);
    CHECK(list[0] == own);
    CHECK(list[1] == other);

    // Tried: the same list again: nothing doubles.
    local.keep_from_hub({changed, other});
    CHECK(rows(db) == 2);
    CHECK(Outbox(db).depth() == 1); // only the own one goes to the hub
}

TEST_CASE("past quick activities are purged, today's and later ones stay", "[store]") {
    // Tried: one yesterday, one today, one tomorrow; purge older than today.
    test::TempDir dir;
    Database db(dir / "kiosk.sqlite");
    LocalActivities local(db);
    local.keep_from_hub({from_hub("lokaal-yesterday", add_days(kToday, -1), "Gisteren"),
                         from_hub("lokaal-today", kToday, "Vandaag"),
                         from_hub("lokaal-tomorrow", add_days(kToday, 1), "Morgen")});
    CHECK(local.purge_older_than(kToday) == 1);
    auto list = local.from(add_days(kToday, -7));
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == "lokaal-today");
    CHECK(list[1].id == "lokaal-tomorrow");
    CHECK(local.purge_older_than(kToday) == 0);
}
