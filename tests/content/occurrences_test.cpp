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
    a.schedule.dates.push_back(
        {d(date), *parse_time(start), *parse_time(end), d(date), false, false});
    return a;
}

std::vector<std::string> describe(const std::vector<Occurrence>& occurrences) {
    std::vector<std::string> out;
    out.reserve(occurrences.size());
    for (const auto& o : occurrences)
        out.push_back(format_date_iso(o.when.date) + " " +
                      (o.when.all_day ? std::string("all-day") : format_time(o.when.start)) + " " +
                      o.activity->id + (o.when.cancelled ? " cancelled" : ""));
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

TEST_CASE("a weekly activity is cancelled on its excepted dates and takes place the other weeks",
          "[content][occurrences]") {
    Content content;
    Activity koffie = weekly("koffie", "donderdag", "10:00", "11:30");
    koffie.schedule.except = {d("2026-12-24"), d("2026-12-31")}; // sorted, as read
    content.activities.push_back(koffie);
    CHECK(describe(occurrences_between(content, d("2026-12-14"), d("2027-01-10"))) ==
          std::vector<std::string>{"2026-12-17 10:00 koffie", "2026-12-24 10:00 koffie cancelled",
                                   "2026-12-31 10:00 koffie cancelled", "2027-01-07 10:00 koffie"});

    const Activity& a = content.activities[0];
    REQUIRE(occurrence_on(a, d("2026-12-24")));
    CHECK(occurrence_on(a, d("2026-12-24"))->when.cancelled);
    CHECK(occurrence_on(a, d("2026-12-31"))->when.cancelled);
    REQUIRE(occurrence_on(a, d("2026-12-17")));
    CHECK_FALSE(occurrence_on(a, d("2026-12-17"))->when.cancelled);
    REQUIRE(occurrence_on(a, d("2027-01-07")));
    CHECK_FALSE(occurrence_on(a, d("2027-01-07"))->when.cancelled);
    // Still a weekly occurrence with its times, only not taking place.
    CHECK(format_time(occurrence_on(a, d("2026-12-24"))->when.start) == "10:00");
    CHECK_FALSE(occurrence_on(a, d("2026-12-25"))); // not its weekday: nothing to cancel
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
    REQUIRE(day[2].when.end);
    CHECK(format_time(*day[2].when.end) == "20:00");
}

TEST_CASE("dated activities: all-day first, cancelled kept, a multi-day one on each of its days",
          "[content][occurrences]") {
    Content content;
    Activity spreekuur = once("spreekuur", "2026-12-07", "13:00", "15:00");
    DatedTime cancelled = spreekuur.schedule.dates[0];
    cancelled.date = cancelled.end_date = d("2026-12-14");
    cancelled.cancelled = true;
    spreekuur.schedule.dates.push_back(cancelled);
    Activity festival = once("winterfeest", "2026-12-11", "00:00", "00:00");
    festival.schedule.dates[0] = {d("2026-12-11"), {}, std::nullopt, d("2026-12-13"), true, false};
    Activity disco = once("disco", "2026-12-12", "21:00", "01:30");
    disco.schedule.dates[0].end_date = d("2026-12-13");
    content.activities = {spreekuur, festival, disco};

    CHECK(describe(occurrences_between(content, d("2026-12-07"), d("2026-12-20"))) ==
          std::vector<std::string>{"2026-12-07 13:00 spreekuur", "2026-12-11 all-day winterfeest",
                                   "2026-12-12 21:00 disco",
                                   "2026-12-14 13:00 spreekuur cancelled"});
    // On the festival's last day it is still there, before the day's timed ones; the disco
    // that ran past midnight too.
    CHECK(describe(occurrences_between(content, d("2026-12-13"), d("2026-12-13"))) ==
          std::vector<std::string>{"2026-12-11 all-day winterfeest", "2026-12-12 21:00 disco"});

    auto on = [&](const Activity& a, const char* day) { return occurrence_on(a, d(day)); };
    REQUIRE(on(content.activities[0], "2026-12-14"));
    CHECK(on(content.activities[0], "2026-12-14")->when.cancelled);
    CHECK_FALSE(on(content.activities[0], "2026-12-21"));
    CHECK_FALSE(on(content.activities[1], "2026-12-12")); // it starts on the 11th only
    Activity koffie = weekly("koffie", "maandag", "10:00", "11:30");
    koffie.schedule.until = d("2026-12-14");
    CHECK(on(koffie, "2026-12-14"));
    CHECK_FALSE(on(koffie, "2026-12-15"));
    CHECK_FALSE(on(koffie, "2026-12-21"));
}

TEST_CASE("an occurrence has ended after its end, its start without an end, its last day all day",
          "[content][occurrences]") {
    Activity disco = once("disco", "2026-12-12", "21:00", "01:30");
    disco.schedule.dates[0].end_date = d("2026-12-13");
    Occurrence o{&disco, disco.schedule.dates[0]};
    auto t = [](const char* hhmm) { return *parse_time(hhmm); };
    CHECK_FALSE(has_ended(o, d("2026-12-12"), t("23:59")));
    CHECK_FALSE(has_ended(o, d("2026-12-13"), t("01:29")));
    CHECK(has_ended(o, d("2026-12-13"), t("01:30")));
    CHECK(has_ended(o, d("2026-12-14"), t("00:00")));

    o.when = {d("2026-12-12"), t("20:00"), std::nullopt, d("2026-12-12"), false, false};
    CHECK_FALSE(has_ended(o, d("2026-12-12"), t("20:00")));
    CHECK(has_ended(o, d("2026-12-12"), t("20:01")));

    o.when = {d("2026-12-11"), {}, std::nullopt, d("2026-12-13"), true, false};
    CHECK_FALSE(has_ended(o, d("2026-12-10"), t("12:00")));
    CHECK_FALSE(has_ended(o, d("2026-12-13"), t("23:59")));
    CHECK(has_ended(o, d("2026-12-14"), t("00:00")));
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
