// Deleted personal data is gone from the files, not only from the tables: an attack campaign read
// name and phone number of a delivered callback request back out of kiosk.sqlite-wal (and free
// pages of kiosk.sqlite) after the kiosk had deleted the row.
#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/callback_requests.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"
#include "buurtkiosk/store/sign_ups.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace std::chrono_literals;

namespace {

const TimePoint t0 = std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + 10h;

// Every byte the store keeps on disk: the database file and, when present, its WAL.
std::string store_bytes(const test::TempDir& dir) {
    return test::read_text(dir / "kiosk.sqlite") + test::read_text(dir / "kiosk.sqlite-wal");
}

// The sync client delivers everything that is due, on its own connection, and checkpoints once
// after the batch (SyncClient::drain_outbox).
void deliver_all(const test::TempDir& dir) {
    Database sync(dir / "kiosk.sqlite");
    Outbox outbox(sync);
    for (const OutboxItem& item : outbox.due(t0 + 1h, 100))
        outbox.mark_delivered(item.id);
    sync.checkpoint();
}

} // namespace

TEST_CASE("a delivered callback request leaves no name or phone number in the store files",
          "[store][privacy]") {
    // Tried: submit a callback request with a name and number found nowhere else, deliver it as
    // the sync client does (second connection, mark_delivered), then search the raw bytes of
    // kiosk.sqlite and kiosk.sqlite-wal while the UI's connection is still open.
    test::TempDir dir;
    Database ui(dir / "kiosk.sqlite");
    CallbackRequests(ui).submit(
        {"sociaal-team", "Zwaantjeskruid", "06 1357 2468", "morning", make_uuid_v4()}, t0);
    REQUIRE(store_bytes(dir).find("Zwaantjeskruid") != std::string::npos); // the search works

    deliver_all(dir);
    CHECK(CallbackRequests(ui).pending() == 0);
    const std::string bytes = store_bytes(dir);
    CHECK(bytes.find("Zwaantjeskruid") == std::string::npos);
    CHECK(bytes.find("0613572468") == std::string::npos);
}

TEST_CASE("purged sign-ups leave no name or phone number in the store files", "[store][privacy]") {
    // Tried: sign up with a rare name and number, deliver the outbox item, purge the sign-up as
    // the retention does, then search the raw bytes of both files.
    test::TempDir dir;
    Database ui(dir / "kiosk.sqlite");
    SignUpRequest request;
    request.activity_id = "koffieochtend";
    request.date = Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};
    request.first_name = "Klaprozenveld";
    request.phone = "06 2468 1357";
    request.capacity = 8;
    request.form_token = make_uuid_v4();
    SignUps(ui).sign_up(request, t0);
    REQUIRE(store_bytes(dir).find("Klaprozenveld") != std::string::npos);

    deliver_all(dir);
    CHECK(SignUps(ui).purge_older_than(add_days(request.date, 2)) == 1);
    const std::string bytes = store_bytes(dir);
    CHECK(bytes.find("Klaprozenveld") == std::string::npos);
    CHECK(bytes.find("0624681357") == std::string::npos);
}
