// The screen's hours: opening hours widened by the margin, across midnight, and the next opening.
#include "buurtkiosk/content/screen_hours.h"

#include <catch2/catch.hpp>

using namespace bk;

namespace {

Date d(const char* iso) {
    return *parse_date(iso);
}
TimeOfDay t(const char* hhmm) {
    return *parse_time(hhmm);
}

// Tuesday 09:00-21:00, Friday 09:00-17:00, Saturday 20:00-23:50 (a late party).
Place place() {
    Place p;
    p.opening_hours = {
        {2, t("09:00"), t("21:00")}, {5, t("09:00"), t("17:00")}, {6, t("20:00"), t("23:50")}};
    return p;
}

} // namespace

TEST_CASE("the screen is on in opening hours widened by the margin", "[content][screen-hours]") {
    const Place p = place();
    // Tuesday 24 November 2026.
    CHECK_FALSE(screen_on(p, 30, d("2026-11-24"), t("08:29")));
    CHECK(screen_on(p, 30, d("2026-11-24"), t("08:30")));
    CHECK(screen_on(p, 30, d("2026-11-24"), t("21:29")));
    CHECK_FALSE(screen_on(p, 30, d("2026-11-24"), t("21:30")));
    CHECK_FALSE(screen_on(p, 0, d("2026-11-24"), t("21:00")));
    CHECK_FALSE(screen_on(p, 30, d("2026-11-25"), t("12:00"))); // Wednesday: closed all day
    // Saturday's late opening with an hour's margin runs to 00:50 on Sunday.
    CHECK(screen_on(p, 60, d("2026-11-29"), t("00:49")));
    CHECK_FALSE(screen_on(p, 60, d("2026-11-29"), t("00:50")));
    // Without opening hours the screen stays on.
    CHECK(screen_on(Place{}, 30, d("2026-11-25"), t("03:00")));
}

TEST_CASE("the next opening is found within a week", "[content][screen-hours]") {
    const Place p = place();
    auto next = next_opening(p, d("2026-11-24"), t("22:00")); // Tuesday night
    REQUIRE(next);
    CHECK(format_date_iso(next->date) == "2026-11-27"); // Friday
    CHECK(format_time(next->time) == "09:00");
    next = next_opening(p, d("2026-11-24"), t("07:00"));
    REQUIRE(next);
    CHECK(format_date_iso(next->date) == "2026-11-24");
    next = next_opening(p, d("2026-11-28"), t("23:55")); // after Saturday: next Tuesday
    REQUIRE(next);
    CHECK(format_date_iso(next->date) == "2026-12-01");
    CHECK_FALSE(next_opening(Place{}, d("2026-11-24"), t("07:00")));
}
