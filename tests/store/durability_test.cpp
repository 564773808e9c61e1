// Durability: a sign-up that returned survives the process dying right after; a full disk gives
// a clear error and stores nothing half.
#include "buurtkiosk/store/sign_ups.h"

#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/outbox.h"
#include "buurtkiosk/store/store_error.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace bk;
using namespace std::chrono_literals;

namespace {

const TimePoint t0 = std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + 10h;
const Date monday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{30}};

SignUpRequest request(const std::string& token, const std::string& name = "Anna") {
    return {"koffieochtend", monday, name, 2, std::nullopt, 10, token};
}

// Runs `body` in a child process that dies the way `how` says, without closing anything.
void in_child_that_dies(int how, const std::function<void()>& body) {
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            body();
        } catch (...) {
            _exit(3);
        }
        if (how == SIGKILL) kill(getpid(), SIGKILL);
        _exit(0);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    if (how == SIGKILL) {
        REQUIRE(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == SIGKILL);
    } else {
        REQUIRE(WIFEXITED(status));
        REQUIRE(WEXITSTATUS(status) == 0);
    }
}

} // namespace

TEST_CASE("a sign-up that returned is there after the process dies", "[store][durability]") {
    const int how = GENERATE(0, SIGKILL);
    test::TempDir dir;
    const std::string token = make_uuid_v4();
    in_child_that_dies(how, [&] {
        // Deliberately leaked: the connection is never closed, the WAL never checkpointed.
        auto* db = new Database(dir / "kiosk.db");
        SignUps(*db).sign_up(request(token), t0);
    });

    Database db(dir / "kiosk.db");
    SignUps sign_ups(db);
    auto list = sign_ups.list_for("koffieochtend", monday);
    REQUIRE(list.size() == 1);
    CHECK(list[0].first_name == "Anna");
    CHECK(Outbox(db).depth() == 1);
    // The same form token again (the visitor tapped twice before the crash) stores nothing new.
    CHECK(sign_ups.sign_up(request(token), t0).repeated);
    CHECK(sign_ups.list_for("koffieochtend", monday).size() == 1);
}

TEST_CASE("a full disk gives a clear error and stores nothing half", "[store][durability]") {
    test::TempDir dir;
    Database db(dir / "kiosk.db");
    SignUps sign_ups(db);
    Outbox outbox(db);
    // Simulate a full disk: this connection may not grow the file past its current size.
    const std::string pages = db.query_text("PRAGMA page_count");
    db.query_text("PRAGMA max_page_count = " + pages);

    const std::string long_name(90, 'x'); // fills pages quickly
    int stored = 0;
    std::optional<StoreError> failure;
    for (int i = 0; i < 1000 && !failure; ++i) {
        try {
            sign_ups.sign_up(request(make_uuid_v4(), long_name), t0);
            ++stored;
        } catch (const StoreError& error) {
            failure = error;
        }
    }
    REQUIRE(failure.has_value());
    CHECK(failure->disk_full());
    CHECK_THAT(failure->what(), Catch::Contains("database or disk is full"));
    CHECK_FALSE(db.in_transaction());
    // Every sign-up that returned has its outbox item; the failed one has neither.
    CHECK(db.query_text("SELECT count(*) FROM sign_ups") == std::to_string(stored));
    CHECK(outbox.depth() == stored);

    // Once there is room again, the store simply works.
    db.query_text("PRAGMA max_page_count = 1073741823");
    CHECK_NOTHROW(sign_ups.sign_up(request(make_uuid_v4()), t0));
    CHECK(outbox.depth() == stored + 1);
}
