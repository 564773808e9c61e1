// Outbox: enqueue, due order, failure backoff bookkeeping, delivery, quarantine.
#include "buurtkiosk/store/outbox.h"

#include "buurtkiosk/store/database.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace std::chrono_literals;

namespace {
const TimePoint t0 = std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + 10h;
}

TEST_CASE("enqueued items are due at once, oldest first, with their data", "[store][outbox]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    Outbox outbox(db);
    CHECK(outbox.depth() == 0);
    CHECK_FALSE(outbox.next_attempt().has_value());

    std::string first = outbox.enqueue("sign_up", R"({"n":1})", t0);
    std::string second = outbox.enqueue("check_in", R"({"n":2})", t0 + 1s);
    CHECK(first.size() == 36);
    CHECK(first != second);
    CHECK(outbox.depth() == 2);
    CHECK(outbox.next_attempt() == t0);

    auto due = outbox.due(t0 + 1s, 10);
    REQUIRE(due.size() == 2);
    CHECK(due[0].id == first);
    CHECK(due[0].kind == "sign_up");
    CHECK(due[0].body == R"({"n":1})");
    CHECK(due[0].created_at == "2026-11-24T10:00:00Z");
    CHECK(due[0].attempts == 0);
    CHECK(due[1].id == second);
    CHECK(outbox.due(t0, 10).size() == 1); // the second is not created yet at t0
    CHECK(outbox.due(t0 + 1s, 1).size() == 1);
}

TEST_CASE("a failed item waits until its next attempt and counts attempts", "[store][outbox]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    Outbox outbox(db);
    std::string a = outbox.enqueue("sign_up", "{}", t0);
    std::string b = outbox.enqueue("sign_up", "{}", t0);

    outbox.mark_failed(a, "HTTP 503", t0 + 30s);
    auto due = outbox.due(t0 + 10s, 10);
    REQUIRE(due.size() == 1);
    CHECK(due[0].id == b);
    CHECK(outbox.depth() == 2); // still waiting, just later
    CHECK(outbox.next_attempt() == t0);

    outbox.mark_failed(b, "timeout", t0 + 60s);
    CHECK(outbox.next_attempt() == t0 + 30s);
    outbox.mark_failed(a, "HTTP 503 again", t0 + 120s);
    due = outbox.due(t0 + 60s, 10);
    REQUIRE(due.size() == 1);
    CHECK(due[0].id == b);
    due = outbox.due(t0 + 120s, 10);
    REQUIRE(due.size() == 2);
    CHECK(due[0].id == a); // order stays creation order
    CHECK(due[0].attempts == 2);
    CHECK(due[0].last_error == "HTTP 503 again");
}

TEST_CASE("a delivered item leaves the outbox, and delivering twice is harmless",
          "[store][outbox]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    Outbox outbox(db);
    std::string a = outbox.enqueue("sign_up", "{}", t0);
    outbox.mark_delivered(a);
    CHECK(outbox.depth() == 0);
    CHECK(outbox.due(t0 + 1h, 10).empty());
    CHECK_NOTHROW(outbox.mark_delivered(a));
    CHECK(db.query_text("SELECT count(*) FROM outbox") == "0");
}

TEST_CASE("a quarantined item is never due but stays for the report", "[store][outbox]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    Outbox outbox(db);
    std::string a = outbox.enqueue("sign_up", "{}", t0);
    std::string b = outbox.enqueue("sign_up", "{}", t0);
    outbox.quarantine(a, "HTTP 422: body differs for this Idempotency-Key");
    CHECK(outbox.depth() == 1);
    CHECK(outbox.quarantined_count() == 1);
    auto due = outbox.due(t0 + 24h, 10);
    REQUIRE(due.size() == 1);
    CHECK(due[0].id == b);
    auto aside = outbox.quarantined_items();
    REQUIRE(aside.size() == 1);
    CHECK(aside[0].id == a);
    CHECK(aside[0].last_error == "HTTP 422: body differs for this Idempotency-Key");
    outbox.mark_delivered(b);
    CHECK_FALSE(outbox.next_attempt().has_value());
}

TEST_CASE("enqueue inside a transaction that rolls back leaves nothing", "[store][outbox]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    Outbox outbox(db);
    {
        Transaction transaction(db);
        outbox.enqueue("sign_up", "{}", t0);
    }
    CHECK(outbox.depth() == 0);
}
