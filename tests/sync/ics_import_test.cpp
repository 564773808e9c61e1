// `buurtkiosk-hub import-ics`: recurring and one-off events become activities the kiosk loads.
#include "support/hub_process.h"
#include "support/temp_dir.h"

#include "buurtkiosk/content/bundle.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace bk;
using namespace bk::test;

namespace {

// Folded lines (RFC 5545 3.1), escaped commas, CRLF endings, a TZID and a UTC time.
const char* kAgenda =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Gemeente Voorbeeld//Agenda//NL\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:taalcafe-2026@gemeente.example\r\n"
    "DTSTART;TZID=Europe/Amsterdam:20261130T140000\r\n"
    "DTEND;TZID=Europe/Amsterdam:20261130T153000\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270630T120000Z\r\n"
    "SUMMARY:Taalcafé\r\n"
    "DESCRIPTION:Oefen Nederlands met buren\\, bij een kop koffie. Iedereen is \r\n"
    " welkom.\r\n"
    "LOCATION:Grote zaal\r\n"
    "CATEGORIES:Ontmoeting\r\n"
    "BEGIN:VALARM\r\n"
    "ACTION:DISPLAY\r\n"
    "DESCRIPTION:Herinnering\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:kerstdiner@gemeente.example\r\n"
    "DTSTART;TZID=Europe/Amsterdam:20261219T170000\r\n"
    "DURATION:PT2H\r\n"
    "SUMMARY:Kerstdiner\r\n"
    "CATEGORIES:Eten\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:yoga@gemeente.example\r\n"
    "DTSTART:20261201T090000\r\n"
    "DTEND:20261201T100000\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=10\r\n"
    "SUMMARY:Stoelyoga\r\n"
    "CATEGORIES:sport,Bewegen\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:markt@gemeente.example\r\n"
    "DTSTART:20261205T100000\r\n"
    "DTEND:20261205T120000\r\n"
    "RRULE:FREQ=MONTHLY;BYDAY=1SA\r\n"
    "SUMMARY:Ruilmarkt\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:feestdag@gemeente.example\r\n"
    "DTSTART;VALUE=DATE:20261225\r\n"
    "SUMMARY:Eerste Kerstdag\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";

const nlohmann::json* find(const nlohmann::json& activities, const std::string& id) {
    for (const auto& a : activities)
        if (a["id"] == id) return &a;
    return nullptr;
}

} // namespace

TEST_CASE("an .ics with recurring events imports into activities the kiosk can load", "[sync]") {
    TempDir tmp;
    fs::path content = tmp / "content";
    fs::copy(fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo", content,
             fs::copy_options::recursive);
    tmp.write("agenda.ics", kAgenda);
    auto r = run_hub({"import-ics", (tmp / "agenda.ics").string(), content.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("imported 5 activities (3 weekly, 2 once)") != std::string::npos);
    CHECK(r.err.find("Ruilmarkt") != std::string::npos);       // monthly: imported once, said so
    CHECK(r.err.find("Eerste Kerstdag") != std::string::npos); // all-day: skipped, said so

    std::ifstream in(content / "activities.json");
    auto activities = nlohmann::json::parse(in)["activities"];
    const auto* monday = find(activities, "taalcafe-2026-gemeente-example-ma");
    const auto* wednesday = find(activities, "taalcafe-2026-gemeente-example-wo");
    REQUIRE(monday);
    REQUIRE(wednesday);
    CHECK((*monday)["weekly"]["weekday"] == "maandag");
    CHECK((*wednesday)["weekly"]["weekday"] == "woensdag");
    CHECK((*monday)["weekly"]["start"] == "14:00");
    CHECK((*monday)["weekly"]["end"] == "15:30");
    CHECK((*monday)["weekly"]["from"] == "2026-11-30");
    CHECK((*monday)["weekly"]["until"] == "2027-06-30"); // a UTC time, read as local date
    CHECK((*monday)["title"]["nl"] == "Taalcafé");
    CHECK((*monday)["description"]["nl"] ==
          "Oefen Nederlands met buren, bij een kop koffie. Iedereen is welkom.");
    CHECK((*monday)["place"] == "Grote zaal");
    CHECK((*monday)["category"] == "ontmoeting");

    const auto* dinner = find(activities, "kerstdiner-gemeente-example");
    REQUIRE(dinner);
    CHECK((*dinner)["once"]["date"] == "2026-12-19");
    CHECK((*dinner)["once"]["end"] == "19:00");
    CHECK((*dinner)["category"] == "eten");

    const auto* yoga = find(activities, "yoga-gemeente-example");
    REQUIRE(yoga);
    CHECK((*yoga)["weekly"]["weekday"] == "dinsdag");
    CHECK((*yoga)["weekly"]["until"] == "2027-02-08"); // ten Tuesdays from 1 December
    CHECK((*yoga)["category"] == "bewegen");

    const auto* market = find(activities, "markt-gemeente-example");
    REQUIRE(market);
    CHECK((*market)["once"]["date"] == "2026-12-05");
    CHECK_FALSE(find(activities, "feestdag-gemeente-example"));

    // The demo's own activities are still there, and the folder is a bundle the kiosk accepts.
    CHECK(find(activities, "koffieochtend-maandag"));
    TempDir hub;
    REQUIRE(run_hub({"keygen", "--out", (hub / "keys").string()}).exit_code == 0);
    auto published = run_hub({"--data", hub.path().string(), "publish", "--group", "demo", "--key",
                              (hub / "keys" / "signing.key").string(), content.string()});
    INFO(published.err);
    CHECK(published.exit_code == 0);

    // Importing again replaces instead of duplicating.
    auto again = run_hub({"import-ics", (tmp / "agenda.ics").string(), content.string()});
    CHECK(again.out.find("0 new, 5 replaced") != std::string::npos);
}

TEST_CASE("import-ics refuses a file that is not iCalendar and changes nothing", "[sync]") {
    TempDir tmp;
    tmp.write("content/activities.json", "{\"activities\": []}\n");
    tmp.write("not.ics", "hello");
    auto r = run_hub({"import-ics", (tmp / "not.ics").string(), (tmp / "content").string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("not an iCalendar file") != std::string::npos);
    std::ifstream in(tmp / "content" / "activities.json");
    CHECK(nlohmann::json::parse(in)["activities"].empty());
}

TEST_CASE("import-ics skips an event dated before 1678 with a problem message", "[sync]") {
    // Tried: DTSTART:16000101T100000Z. Converting that UTC time to the clock's nanoseconds
    // overflowed (undefined behaviour) and imported an event on a made-up date.
    TempDir tmp;
    tmp.write("content/activities.json", "{\"activities\": []}\n");
    tmp.write("old.ics", "BEGIN:VCALENDAR\r\n"
                         "BEGIN:VEVENT\r\n"
                         "UID:old@example\r\n"
                         "DTSTART:16000101T100000Z\r\n"
                         "SUMMARY:Heel oud\r\n"
                         "END:VEVENT\r\n"
                         "BEGIN:VEVENT\r\n"
                         "UID:soep@example\r\n"
                         "DTSTART:20261201T120000\r\n"
                         "DTEND:20261201T130000\r\n"
                         "RRULE:FREQ=WEEKLY;UNTIL=99991231T100000Z\r\n"
                         "SUMMARY:Soep\r\n"
                         "END:VEVENT\r\n"
                         "END:VCALENDAR\r\n");
    auto r = run_hub({"import-ics", (tmp / "old.ics").string(), (tmp / "content").string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("imported 1 activities") != std::string::npos);
    CHECK(r.err.find("event 'Heel oud': date-time '16000101T100000Z' is not between the years "
                     "1900 and 2200, skipped") != std::string::npos);
    CHECK(r.err.find("event 'Soep': UNTIL: date-time '99991231T100000Z' is not between") !=
          std::string::npos);
    std::ifstream in(tmp / "content" / "activities.json");
    auto activities = nlohmann::json::parse(in)["activities"];
    REQUIRE(activities.size() == 1);
    CHECK(activities[0]["id"] == "soep-example");
    CHECK_FALSE(activities[0]["weekly"].contains("until"));
}
