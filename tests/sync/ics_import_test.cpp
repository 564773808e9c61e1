// `buurtkiosk-hub import-ics`: a calendar becomes dated activities the kiosk loads; re-imports
// replace exactly what the same calendar gave; bad input changes nothing.
#include "support/hub_process.h"
#include "support/temp_dir.h"

#include "buurtkiosk/content/bundle.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;
using namespace bk;
using namespace bk::test;
using nlohmann::json;

namespace {

// Folded lines (RFC 5545 3.1), escaped commas, CRLF endings, TZIDs, a floating time, DURATION,
// an alarm inside an event, a monthly rule, an all-day event.
const char* kAgenda =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Gemeente Voorbeeld//Agenda//NL\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:taalcafe-2026@gemeente.example\r\n"
    "DTSTART;TZID=Europe/Amsterdam:20261130T140000\r\n"
    "DTEND;TZID=Europe/Amsterdam:20261130T153000\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261209T235959Z\r\n"
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
    "SUMMARY:Samen eten met kerst\r\n"
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

const json* titled(const json& activities, const std::string& title) {
    for (const auto& a : activities)
        if (a["title"] == title || (a["title"].is_object() && a["title"]["nl"] == title)) return &a;
    return nullptr;
}

json activities_in(const fs::path& content) {
    return json::parse(read_text(content / "activities.json"))["activities"];
}

std::vector<std::string> dates_of(const json& activity) {
    std::vector<std::string> out;
    for (const auto& d : activity["dates"])
        out.push_back(d["date"].get<std::string>() +
                      (d.contains("start") ? " " + d["start"].get<std::string>() : " all-day") +
                      (d.value("cancelled", false) ? " cancelled" : ""));
    return out;
}

// The hub's own time zone for the commands it runs; put back after.
class HubTimeZone {
public:
    explicit HubTimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ")) old_ = old;
        setenv("TZ", zone, 1);
    }
    ~HubTimeZone() {
        if (old_)
            setenv("TZ", old_->c_str(), 1);
        else
            unsetenv("TZ");
    }

private:
    std::optional<std::string> old_;
};

CommandResult import(const TempDir& tmp, const std::string& ics, const fs::path& content,
                     std::vector<std::string> more = {}) {
    std::vector<std::string> args{"import-ics", (tmp / ics).string(), content.string(),
                                  "--today",    "2026-11-30",         "--weeks",
                                  "6"};
    args.insert(args.end(), more.begin(), more.end());
    return run_hub(args);
}

bool no_temp_files(const fs::path& folder) {
    for (const auto& e : fs::directory_iterator(folder))
        if (e.path().filename().string().find(".tmp") != std::string::npos) return false;
    return true;
}

} // namespace

TEST_CASE("an .ics imports as dated activities the kiosk loads and publish accepts",
          "[sync][ics]") {
    TempDir tmp;
    fs::path content = tmp / "content";
    fs::copy(fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo", content,
             fs::copy_options::recursive);
    tmp.write("agenda.ics", kAgenda);
    HubTimeZone utc("UTC");
    auto r = import(tmp, "agenda.ics", content);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("(UTF-8, 4 events) as 4 activities with 8 dates from 2026-11-30 to "
                     "2027-01-10: 4 new, 0 replaced, 0 removed") != std::string::npos);

    json activities = activities_in(content);
    const json* taal = titled(activities, "Taalcafé");
    REQUIRE(taal);
    CHECK((*taal)["id"] == "agenda-" + (*taal)["id"].get<std::string>().substr(7));
    CHECK((*taal)["source"] == "ics:agenda");
    CHECK(dates_of(*taal) == std::vector<std::string>{"2026-11-30 14:00", "2026-12-02 14:00",
                                                      "2026-12-07 14:00", "2026-12-09 14:00"});
    CHECK((*taal)["dates"][0]["end"] == "15:30");
    CHECK((*taal)["description"]["nl"] ==
          "Oefen Nederlands met buren, bij een kop koffie. Iedereen is welkom.");
    CHECK((*taal)["place"] == "Grote zaal");
    CHECK((*taal)["category"] == "ontmoeting");

    const json* diner = titled(activities, "Samen eten met kerst");
    REQUIRE(diner);
    CHECK(dates_of(*diner) == std::vector<std::string>{"2026-12-19 17:00"});
    CHECK((*diner)["dates"][0]["end"] == "19:00");
    CHECK((*diner)["category"] == "eten"); // from the word in its title
    // First Saturday of the month: 5 December and 2 January.
    CHECK(dates_of(*titled(activities, "Ruilmarkt")) ==
          std::vector<std::string>{"2026-12-05 10:00", "2027-01-02 10:00"});
    CHECK(dates_of(*titled(activities, "Eerste Kerstdag")) ==
          std::vector<std::string>{"2026-12-25 all-day"});

    // The demo's own activities are still there, and the folder is a bundle the kiosk accepts.
    CHECK(titled(activities, "Koffieochtend"));
    TempDir hub;
    REQUIRE(run_hub({"keygen", "--out", (hub / "keys").string()}).exit_code == 0);
    auto published = run_hub({"--data", hub.path().string(), "publish", "--group", "demo", "--key",
                              (hub / "keys" / "signing.key").string(), content.string()});
    INFO(published.err);
    CHECK(published.exit_code == 0);

    // Importing again replaces instead of duplicating.
    auto again = import(tmp, "agenda.ics", content);
    CHECK(again.out.find("0 new, 4 replaced, 0 removed") != std::string::npos);
    CHECK(activities_in(content).size() == activities.size());
}

TEST_CASE("a re-import removes what left the calendar and never touches other activities",
          "[sync][ics]") {
    // Tried: an event deleted from the calendar used to stay on the kiosk after the next import.
    TempDir tmp;
    fs::path content = tmp / "content";
    tmp.write("content/activities.json",
              R"({"activities": [{"id": "eigen", "title": "Eigen activiteit", "category": "eten",
                  "weekly": {"weekday": "dinsdag", "start": "12:00", "end": "13:00"}}]})");
    tmp.write("wijk.ics", kAgenda);
    tmp.write("andere.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
                            "DTSTART:20261201T100000Z\r\nSUMMARY:Andere agenda\r\nEND:VEVENT\r\n"
                            "END:VCALENDAR\r\n");
    REQUIRE(import(tmp, "wijk.ics", content).exit_code == 0);
    REQUIRE(import(tmp, "andere.ics", content).exit_code == 0);
    CHECK(activities_in(content).size() == 6);

    std::string without_market = kAgenda;
    auto from = without_market.find("BEGIN:VEVENT\r\nUID:markt");
    auto to = without_market.find("END:VEVENT\r\n", from) + 12;
    without_market.erase(from, to - from);
    tmp.write("wijk.ics", without_market);
    auto r = import(tmp, "wijk.ics", content);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("0 new, 3 replaced, 1 removed (no longer in the calendar)") !=
          std::string::npos);
    json activities = activities_in(content);
    CHECK_FALSE(titled(activities, "Ruilmarkt"));
    CHECK(titled(activities, "Taalcafé"));
    CHECK(titled(activities, "Andere agenda")); // another source
    REQUIRE(titled(activities, "Eigen activiteit"));
    CHECK((*titled(activities, "Eigen activiteit"))["id"] == "eigen"); // untouched
}

TEST_CASE("the hub's own time zone never changes an import", "[sync][ics]") {
    // Tried: UTC times were converted with the hub machine's TZ, so on a server set to UTC
    // every Google Calendar event was an hour early.
    TempDir tmp;
    tmp.write("google.ics",
              "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:g1@google.com\r\n"
              "DTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\nSUMMARY:Koffie\r\n"
              "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:g2@google.com\r\n"
              "DTSTART;TZID=\"America/Los_Angeles\":20261201T090000\r\n"
              "DTEND;TZID=\"America/Los_Angeles\":20261201T100000\r\nSUMMARY:Belsessie\r\n"
              "END:VEVENT\r\nEND:VCALENDAR\r\n");
    std::string first;
    for (const char* zone : {"UTC", "Asia/Tokyo", "America/New_York"}) {
        HubTimeZone tz(zone);
        fs::path content = tmp / zone;
        REQUIRE(import(tmp, "google.ics", content).exit_code == 0);
        std::string written = read_text(content / "activities.json");
        if (first.empty()) first = written;
        CHECK(written == first);
    }
    json activities = json::parse(first)["activities"];
    CHECK(dates_of(*titled(activities, "Koffie")) == std::vector<std::string>{"2026-12-01 10:00"});
    CHECK(dates_of(*titled(activities, "Belsessie")) ==
          std::vector<std::string>{"2026-12-01 18:00"}); // 09:00 in Los Angeles
}

TEST_CASE("import-ics refuses what it cannot read and changes nothing, no temp file left",
          "[sync][ics]") {
    TempDir tmp;
    const std::string before = "{\"activities\": []}\n";
    tmp.write("content/activities.json", before);
    fs::path content = tmp / "content";

    tmp.write("not.ics", "hello");
    auto r = import(tmp, "not.ics", content);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("not an iCalendar file") != std::string::npos);

    // Tried: bytes that are neither UTF-8 nor Windows-1252 (0x81 is unused in Windows-1252).
    tmp.write("bad.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Caf\x81\r\n"
                         "DTSTART:20261201T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    r = import(tmp, "bad.ics", content);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("bad.ics: line 4: byte 0x81 is not a character in UTF-8 or Windows-1252. "
                     "Nothing changed.") != std::string::npos);

    r = import(tmp, "missing.ics", content);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("cannot read") != std::string::npos);

    r = import(tmp, "not.ics", content, {"--source", "Wijk Agenda"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--source \"Wijk Agenda\" may only hold") != std::string::npos);

    CHECK(read_text(content / "activities.json") == before);
    CHECK(no_temp_files(content));
}

TEST_CASE("a Windows-1252 calendar is read as such", "[sync][ics]") {
    // Tried: a Windows-1252 export failed with a JSON library message naming no file or line
    // and left an empty activities.json.tmp behind.
    TempDir tmp;
    tmp.write("win.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:w@x\r\n"
                         "DTSTART;TZID=Europe/Amsterdam:20261201T100000\r\n"
                         "SUMMARY:Caf\xe9 \x80 2 \x96 Cr\xe8me br\xfbl\xe9"
                         "e\r\n"
                         "END:VEVENT\r\nEND:VCALENDAR\r\n");
    auto r = import(tmp, "win.ics", tmp / "content");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("(Windows-1252, 1 events)") != std::string::npos);
    json activities = activities_in(tmp / "content");
    REQUIRE(activities.size() == 1);
    CHECK(activities[0]["title"]["nl"] == "Café € 2 – Crème brûlée");
    CHECK(no_temp_files(tmp / "content"));
}

TEST_CASE("texts are made plain and capped, web addresses kept, categories mapped by a file",
          "[sync][ics]") {
    TempDir tmp;
    std::string long_title(130, 'a');
    tmp.write("tekst.ics",
              "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:t1@x\r\nDTSTART:20261201T100000Z\r\n"
              "SUMMARY:Beweegtuin\r\nCATEGORIES:Buitensport,Tuin\r\n"
              "DESCRIPTION:<p>Samen <b>bewegen</b> in de tuin.</p><ul><li>Gratis</li>"
              "<li>Koffie &amp; thee</li></ul>\r\n"
              "URL:https://wijk.example.org/beweegtuin\r\nEND:VEVENT\r\n"
              "BEGIN:VEVENT\r\nUID:t2@x\r\nDTSTART:20261202T100000Z\r\nSUMMARY:" +
                  long_title +
                  "\r\nURL:javascript:alert(1)\r\nCATEGORIES:Onbekend\r\nEND:VEVENT\r\n"
                  "END:VCALENDAR\r\n");
    tmp.write("woorden.json", R"({"default": "creatief", "words": {"Buitensport": "bewegen"}})");
    auto r = import(tmp, "tekst.ics", tmp / "content", {"--categories", (tmp / "woorden.json")});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    json activities = activities_in(tmp / "content");
    const json* tuin = titled(activities, "Beweegtuin");
    REQUIRE(tuin);
    CHECK((*tuin)["description"]["nl"] == "Samen bewegen in de tuin.\n\n- Gratis\n- Koffie & thee");
    CHECK((*tuin)["url"] == "https://wijk.example.org/beweegtuin");
    CHECK((*tuin)["category"] == "bewegen");
    const json* lang = titled(activities, std::string(119, 'a') + "\xe2\x80\xa6");
    REQUIRE(lang);
    CHECK_FALSE(lang->contains("url"));
    CHECK((*lang)["category"] == "creatief"); // the file's default
    CHECK(r.err.find("title cut at 120 characters") != std::string::npos);
    CHECK(r.err.find("is not a web address") != std::string::npos);
    CHECK(r.err.find("\"Onbekend\"") != std::string::npos);

    // A mapping file with a category the kiosk lacks is refused, naming the word.
    tmp.write("fout.json", R"({"words": {"sport": "voetbal"}})");
    auto bad = import(tmp, "tekst.ics", tmp / "other", {"--categories", (tmp / "fout.json")});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("fout.json: words.\"sport\": \"voetbal\" is not a category") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(tmp / "other" / "activities.json"));
}

TEST_CASE("an imported id that a hand-written activity already has is refused", "[sync][ics]") {
    TempDir tmp;
    tmp.write("a.ics",
              "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
              "DTSTART:20261201T100000Z\r\nSUMMARY:Iets\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    REQUIRE(import(tmp, "a.ics", tmp / "content").exit_code == 0);
    json doc = json::parse(read_text(tmp / "content" / "activities.json"));
    doc["activities"][0].erase("source"); // now it looks hand-written
    const std::string before = doc.dump();
    tmp.write("content/activities.json", before);
    auto r = import(tmp, "a.ics", tmp / "content");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("is already used by an activity that did not come from ics:a") !=
          std::string::npos);
    CHECK(read_text(tmp / "content" / "activities.json") == before);
}

TEST_CASE("events far in the past or with endless rules import without harm", "[sync][ics]") {
    // Tried: DTSTART in the year 1600 (the old importer overflowed converting it) and an
    // UNTIL in the year 9999, a rule every minute, and 30 February (libical reads it as given).
    TempDir tmp;
    tmp.write("old.ics", "BEGIN:VCALENDAR\r\n"
                         "BEGIN:VEVENT\r\nUID:old@example\r\nDTSTART:16000101T100000Z\r\n"
                         "SUMMARY:Heel oud\r\nEND:VEVENT\r\n"
                         "BEGIN:VEVENT\r\nUID:soep@example\r\nDTSTART:20261201T120000\r\n"
                         "DTEND:20261201T130000\r\nRRULE:FREQ=WEEKLY;UNTIL=99991231T100000Z\r\n"
                         "SUMMARY:Soep\r\nEND:VEVENT\r\n"
                         "BEGIN:VEVENT\r\nUID:feb@example\r\nDTSTART:20261230T100000Z\r\n"
                         "SUMMARY:Dertig februari\r\nRDATE:20270230T100000Z\r\nEND:VEVENT\r\n"
                         "BEGIN:VEVENT\r\nUID:tik@example\r\nDTSTART:19700101T000000Z\r\n"
                         "RRULE:FREQ=MINUTELY\r\nSUMMARY:Tik\r\nEND:VEVENT\r\n"
                         "END:VCALENDAR\r\n");
    auto r = import(tmp, "old.ics", tmp / "content");
    INFO(r.err);
    CHECK(r.exit_code == 0);
    json activities = activities_in(tmp / "content");
    REQUIRE(titled(activities, "Soep"));
    CHECK(dates_of(*titled(activities, "Soep")).size() == 6);
    CHECK_FALSE(titled(activities, "Heel oud"));
    REQUIRE(titled(activities, "Dertig februari"));
    CHECK(dates_of(*titled(activities, "Dertig februari")) ==
          std::vector<std::string>{"2026-12-30 11:00"});
    CHECK(r.err.find("date 2027-2-30 does not exist") != std::string::npos);
    CHECK(r.err.find("event \"Tik\" (UID tik@example): repeats more often than the kiosk can "
                     "show") != std::string::npos);
}
