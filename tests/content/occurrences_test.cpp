// Expanding weekly and one-off activities into dated occurrences, and current announcements.
#include "buurtkiosk/content/occurrences.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace std::chrono;

namespace {

Date d(const char* iso) {
    return *parse_date(iso);
}

Activity weekly(const char* id, const char* weekday, const char* start, const char* end) {
    Activity a;
    a.id = id;
    a.title.by_language["nl"] = id;
    a.schedule.weekday = parse_weekday(weekday);
    a.schedule.start = *parse_time(start);
    a.schedule.end = *parse_time(end);
    return a;
}

Activity once(const char* id, const char* date, const char* start, const char* end) {
    Activity a = weekly(id, "maandag", start, end);
    a.schedule.weekday.reset();
    a.schedule.date = d(date);
    return a;
}

std::vector<std::string> describe(const std::vector<Occurrence>& occurrences) {
    std::vector<std::string> out;
    out.reserve(occurrences.size());
    for (const auto& o : occurrences)
        out.push_back(format_date_iso(o.date) + " " + format_time(o.start) + " " + o.activity->id);
    return out;
}

} // namespace

TEST_CASE("weekly activities repeat every week across daylight saving changes",
          "[content][occurrences]") {
    Content content;
    content.activities.push_back(weekly("koffie", "maandag", "10:00", "11:30"));
    content.activities.push_back(weekly("zondagsoep", "sunday", "12:00", "13:00"));

    // Summer time starts on Sunday 2026-03-29 and ends on Sunday 2026-10-25 in Amsterdam.
    auto spring = occurrences_between(content, d("2026-03-22"), d("2026-04-06"));
    CHECK(describe(spring) ==
          std::vector<std::string>{"2026-03-22 12:00 zondagsoep", "2026-03-23 10:00 koffie",
                                   "2026-03-29 12:00 zondagsoep", "2026-03-30 10:00 koffie",
                                   "2026-04-05 12:00 zondagsoep", "2026-04-06 10:00 koffie"});
    auto autumn = occurrences_between(content, d("2026-10-24"), d("2026-10-26"));
    CHECK(describe(autumn) ==
          std::vector<std::string>{"2026-10-25 12:00 zondagsoep", "2026-10-26 10:00 koffie"});
    // Over the turn of the year, too.
    auto new_year = occurrences_between(content, d("2026-12-28"), d("2027-01-11"));
    CHECK(describe(new_year) ==
          std::vector<std::string>{"2026-12-28 10:00 koffie", "2027-01-03 12:00 zondagsoep",
                                   "2027-01-04 10:00 koffie", "2027-01-10 12:00 zondagsoep",
                                   "2027-01-11 10:00 koffie"});
}

TEST_CASE("weekly activities respect from and until", "[content][occurrences]") {
    Content content;
    Activity a = weekly("cursus", "dinsdag", "19:00", "21:00");
    a.schedule.from = d("2026-12-01");
    a.schedule.until = d("2026-12-15");
    content.activities.push_back(a);
    CHECK(describe(occurrences_between(content, d("2026-11-01"), d("2027-01-31"))) ==
          std::vector<std::string>{"2026-12-01 19:00 cursus", "2026-12-08 19:00 cursus",
                                   "2026-12-15 19:00 cursus"});
    CHECK(occurrences_between(content, d("2026-12-16"), d("2027-01-31")).empty());
    CHECK(occurrences_between(content, d("2026-11-01"), d("2026-11-30")).empty());
    CHECK(occurrences_between(content, d("2026-12-08"), d("2026-12-01")).empty()); // reversed
}

TEST_CASE("one-off activities appear only on their date, sorted with the rest",
          "[content][occurrences]") {
    Content content;
    content.activities.push_back(once("kerstdiner", "2026-12-20", "17:00", "20:00"));
    content.activities.push_back(weekly("zondagsoep", "zondag", "12:00", "13:00"));
    content.activities.push_back(once("appeltaart", "2026-12-20", "12:00", "13:00"));
    auto day = occurrences_between(content, d("2026-12-20"), d("2026-12-20"));
    // Same date and start: by title.
    CHECK(describe(day) == std::vector<std::string>{"2026-12-20 12:00 appeltaart",
                                                    "2026-12-20 12:00 zondagsoep",
                                                    "2026-12-20 17:00 kerstdiner"});
    CHECK(occurrences_between(content, d("2026-12-21"), d("2026-12-26")).empty());
    REQUIRE(day[2].activity == &content.activities[0]);
    CHECK(format_time(day[2].end) == "20:00");
}

TEST_CASE("announcements are current between from and until, inclusive", "[content][occurrences]") {
    Content content;
    Announcement kerst;
    kerst.id = "kerst";
    kerst.from = d("2026-12-01");
    kerst.until = d("2026-12-31");
    Announcement always;
    always.id = "altijd";
    Announcement until_only;
    until_only.id = "tot";
    until_only.until = d("2026-11-30");
    content.announcements = {kerst, always, until_only};

    auto ids = [&](const char* day) {
        std::vector<std::string> out;
        for (const Announcement* a : current_announcements(content, d(day)))
            out.push_back(a->id);
        return out;
    };
    CHECK(ids("2026-11-30") == std::vector<std::string>{"altijd", "tot"});
    CHECK(ids("2026-12-01") == std::vector<std::string>{"kerst", "altijd"});
    CHECK(ids("2026-12-31") == std::vector<std::string>{"kerst", "altijd"});
    CHECK(ids("2027-01-01") == std::vector<std::string>{"altijd"});
}
