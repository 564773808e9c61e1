// The counts and lists the screens read every frame: from the store once per change, stale
// never longer than until the next refresh(), and never after this connection's own write.
#include "buurtkiosk/store/cached_sign_ups.h"

#include "buurtkiosk/domain/uuid.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace bk;

namespace {
const Date kMonday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{30}};

SignUpRequest ans(int people) {
    return {"koffieochtend", kMonday, "Ans", people, std::nullopt, 10, make_uuid_v4()};
}
} // namespace

TEST_CASE("cached places follow this connection at once and others after refresh", "[store]") {
    test::TempDir dir;
    Database ui(dir / "kiosk.sqlite");
    Database sync(dir / "kiosk.sqlite"); // the sync thread's own connection
    CachedSignUps seen(ui);
    seen.refresh();
    CHECK(seen.places_taken("koffieochtend", kMonday) == 0);
    CHECK(seen.list_for("koffieochtend", kMonday).empty());

    // Another connection's commit: the frame's answer stays what it was until the next frame.
    SignUps(sync).sign_up(ans(2), std::chrono::system_clock::now());
    CHECK(seen.places_taken("koffieochtend", kMonday) == 0);
    CHECK(seen.list_for("koffieochtend", kMonday).empty());
    seen.refresh();
    CHECK(seen.places_taken("koffieochtend", kMonday) == 2);
    CHECK(seen.list_for("koffieochtend", kMonday).size() == 1);

    // This connection's own write (a visitor's sign-up on the UI thread) shows without refresh.
    SignUps(ui).sign_up(ans(3), std::chrono::system_clock::now());
    CHECK(seen.places_taken("koffieochtend", kMonday) == 5);
    CHECK(seen.list_for("koffieochtend", kMonday).size() == 2);

    // Nothing changed: refresh keeps what it has (a read does not move the stamp).
    seen.refresh();
    CHECK(seen.places_taken("koffieochtend", kMonday) == 5);
}
