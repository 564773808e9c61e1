// Two connections to one store file at once, as the UI thread and the sync thread have them.
#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"
#include "buurtkiosk/store/sign_ups.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace bk;
using namespace std::chrono_literals;

namespace {
const TimePoint t0 = std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + 10h;
const Date monday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{30}};
} // namespace

TEST_CASE("two writers never overbook an occurrence and never see 'database is locked'",
          "[store][concurrency]") {
    test::TempDir dir;
    { Database create(dir / "kiosk.db"); }
    std::atomic<int> errors{0};
    auto sign_up_many = [&](const char* who) {
        try {
            Database db(dir / "kiosk.db");
            SignUps sign_ups(db);
            for (int i = 0; i < 15; ++i)
                sign_ups.sign_up(
                    {"koffieochtend", monday, who, 1, std::nullopt, 10, make_uuid_v4()}, t0);
        } catch (const std::exception& error) {
            UNSCOPED_INFO(error.what());
            ++errors;
        }
    };
    std::thread a(sign_up_many, "A");
    std::thread b(sign_up_many, "B");
    a.join();
    b.join();
    REQUIRE(errors == 0);
    Database db(dir / "kiosk.db");
    SignUps sign_ups(db);
    CHECK(sign_ups.places_taken("koffieochtend", monday) == 10);
    CHECK(sign_ups.list_for("koffieochtend", monday).size() == 30);
    CHECK(Outbox(db).depth() == 30);
}

TEST_CASE("the sync thread delivers while the UI thread signs up", "[store][concurrency]") {
    test::TempDir dir;
    { Database create(dir / "kiosk.db"); }
    std::atomic<bool> done{false};
    std::atomic<int> delivered{0}, errors{0};
    std::thread sync([&] {
        try {
            Database db(dir / "kiosk.db");
            Outbox outbox(db);
            while (!done || outbox.depth() > 0) {
                for (const OutboxItem& item : outbox.due(t0 + 1h, 5)) {
                    outbox.mark_delivered(item.id);
                    ++delivered;
                }
                std::this_thread::sleep_for(1ms);
            }
        } catch (const std::exception& error) {
            UNSCOPED_INFO(error.what());
            ++errors;
        }
    });
    try {
        Database db(dir / "kiosk.db");
        SignUps sign_ups(db);
        for (int i = 0; i < 40; ++i)
            sign_ups.sign_up({"koffieochtend", monday, "A", 1, std::nullopt, 100, make_uuid_v4()},
                             t0);
    } catch (const std::exception& error) {
        UNSCOPED_INFO(error.what());
        ++errors;
    }
    done = true;
    sync.join();
    CHECK(errors == 0);
    CHECK(delivered == 40);
}
