// Agenda feeds on the desk against the real hub and an agenda server the test runs on
// 127.0.0.1, which answers as a real one would and then breaks in every way the review named:
// 500, hanging, something that is not a calendar, an endless body. Each time the desk shows the
// error, the last good events stay and go out with the next version; what is published does not
// change by itself.
#include "agenda_feeds.h"
#include "desk_world.h"
#include "support/hub_process.h"
#include "support/temp_dir.h"

#include "buurtkiosk/files/file_bytes.h"

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

using namespace bk;
using namespace bk::test;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

// Every Wednesday from 2026-01-07 on, for years: always inside the next 13 weeks.
constexpr const char* kCalendar = "BEGIN:VCALENDAR\r\n"
                                  "VERSION:2.0\r\n"
                                  "PRODID:-//Welzijn Noord//Agenda//NL\r\n"
                                  "BEGIN:VEVENT\r\n"
                                  "UID:samen-koken@welzijn-noord.example\r\n"
                                  "DTSTAMP:20260101T000000Z\r\n"
                                  "DTSTART;TZID=Europe/Amsterdam:20260107T170000\r\n"
                                  "DTEND;TZID=Europe/Amsterdam:20260107T190000\r\n"
                                  "RRULE:FREQ=WEEKLY;BYDAY=WE\r\n"
                                  "SUMMARY:Samen koken\r\n"
                                  "CATEGORIES:Eten\r\n"
                                  "END:VEVENT\r\n"
                                  "END:VCALENDAR\r\n";

enum class Mode { Good, Fails, Hangs, NotACalendar, Endless };

// The welfare organisation's agenda server, in the test's hand.
class AgendaServer {
public:
    AgendaServer() {
        server_.Get("/agenda.ics", [this](const httplib::Request& req, httplib::Response& res) {
            ++requests_;
            switch (mode_.load()) {
            case Mode::Good:
                if (req.get_header_value("If-None-Match") == "\"v1\"") {
                    ++not_modified_;
                    res.status = 304;
                    return;
                }
                res.set_header("ETag", "\"v1\"");
                res.set_content(kCalendar, "text/calendar");
                return;
            case Mode::Fails: res.status = 500; return;
            case Mode::Hangs: std::this_thread::sleep_for(std::chrono::seconds(4)); return;
            case Mode::NotACalendar:
                res.set_content("<html><body>Onderhoud</body></html>", "text/html");
                return;
            case Mode::Endless:
                res.set_chunked_content_provider(
                    "text/calendar", [](std::size_t, httplib::DataSink& sink) {
                        const std::string line = "X-FILLER:" + std::string(1000, 'x') + "\r\n";
                        return sink.write(line.data(), line.size());
                    });
                return;
            }
        });
        port_ = server_.bind_to_any_port("127.0.0.1");
        REQUIRE(port_ > 0);
        thread_ = std::thread([this] { server_.listen_after_bind(); });
    }
    ~AgendaServer() {
        server_.stop();
        thread_.join();
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/agenda.ics"; }
    void set(Mode mode) { mode_ = mode; }
    int not_modified() const { return not_modified_; }

private:
    httplib::Server server_;
    std::thread thread_;
    int port_ = 0;
    std::atomic<Mode> mode_{Mode::Good};
    std::atomic<int> requests_{0};
    std::atomic<int> not_modified_{0};
};

// A text of the published version `version` of group noord (its activities.json).
std::string published_activities(const fs::path& hub, int version) {
    const Json manifest =
        Json::parse(*read_file(hub / "groups" / "noord" / (std::to_string(version) + ".json")));
    for (const Json& f : manifest["files"])
        if (f["path"] == "activities.json")
            return read_file(hub / "files" / f["sha256"].get<std::string>()).value_or("");
    return "";
}

} // namespace

TEST_CASE("a broken or hanging agenda feed keeps the last good events and shows the error",
          "[desk][feeds]") {
    AgendaServer agenda;
    DeskWorld desk;
    REQUIRE(run_hub({"keygen", "--out", (desk.hub.data() / "keys").string()}).exit_code == 0);
    desk.add_user("anna", "editor", {"noord"});
    const std::string session = session_cookie(desk.session_of("anna"));
    auto page = [&] {
        auto r = desk.get("/desk/groep/noord/", session);
        REQUIRE(r);
        REQUIRE(r->status == 200);
        return r->body;
    };
    const std::string csrf = csrf_field(page());
    auto post = [&](const std::string& path, httplib::Params form = {}) {
        form.emplace("csrf", csrf);
        auto r = desk.post(path, session, form);
        REQUIRE(r);
        return *r;
    };

    // Added and fetched at once: one activity; published in version 1.
    auto added =
        post("/desk/groep/noord/agenda", {{"feed_name", "welzijn"}, {"feed_url", agenda.url()}});
    CHECK(added.status == 303);
    CHECK(page().find("Gelukt op ") != std::string::npos);
    CHECK(post("/desk/groep/noord/publiceren").status == 200);
    CHECK(published_activities(desk.hub.data(), 1).find("Samen koken") != std::string::npos);
    CHECK(published_activities(desk.hub.data(), 1).find("\"source\": \"ics:welzijn\"") !=
          std::string::npos);

    // Tried, one after the other: 500; a server that does not answer within the hub's 2 s;
    // a maintenance page instead of a calendar; a calendar without end.
    const std::vector<std::pair<Mode, std::string>> breakdowns{
        {Mode::Fails, "De agendaserver antwoordde met foutcode 500."},
        {Mode::Hangs, "De agendaserver gaf binnen 2 seconden geen volledig antwoord."},
        {Mode::NotACalendar, "Dit is geen agenda die de hub kan lezen"},
        {Mode::Endless, "De agenda is groter dan 4 MB"}};
    for (const auto& [mode, message] : breakdowns) {
        INFO(message);
        agenda.set(mode);
        CHECK(post("/desk/groep/noord/agenda/ophalen").status == 303);
        const std::string html = page();
        CHECK(html.find(message) != std::string::npos);
        CHECK(html.find("De kiosks houden de 1 activiteiten van") != std::string::npos);
        // Nothing was published by it: version 1 is still the one served.
        CHECK(read_file(desk.hub.data() / "groups" / "noord" / "current") == "1\n");
    }
    // The next version still has the last good events.
    CHECK(post("/desk/groep/noord/publiceren").status == 200);
    CHECK(published_activities(desk.hub.data(), 2).find("Samen koken") != std::string::npos);

    // Working again: asked with the ETag, answered 304, the error gone.
    agenda.set(Mode::Good);
    CHECK(post("/desk/groep/noord/agenda/ophalen").status == 303);
    CHECK(agenda.not_modified() == 1);
    CHECK(page().find("fout\">Niet gelukt") == std::string::npos);

    // Removed: its events leave the next version.
    CHECK(post("/desk/groep/noord/agenda/welzijn/verwijderen").status == 303);
    CHECK(post("/desk/groep/noord/publiceren").status == 200);
    CHECK(published_activities(desk.hub.data(), 3).find("Samen koken") == std::string::npos);
}

TEST_CASE("an agenda feed must be https and named plainly", "[desk][feeds]") {
    TempDir tmp;
    hub::AgendaFeeds feeds(tmp.path(), "noord");
    const hub::FeedLimits https_only;
    // Tried: plain http without the hub's permission, a file URL, a name with a slash, a URL
    // with a space, and the same name twice.
    CHECK(feeds.add("welzijn", "http://agenda.example/a.ics", https_only).find("https://") !=
          std::string::npos);
    CHECK(!feeds.add("welzijn", "file:///etc/passwd", https_only).empty());
    CHECK(!feeds.add("../welzijn", "https://agenda.example/a.ics", https_only).empty());
    CHECK(!feeds.add("welzijn", "https://agenda.example/a b.ics", https_only).empty());
    CHECK(feeds.list().empty());
    CHECK(feeds.add("welzijn", "https://agenda.example/a.ics", https_only).empty());
    CHECK(feeds.add("welzijn", "https://agenda.example/b.ics", https_only).find("al een agenda") !=
          std::string::npos);
    REQUIRE(feeds.list().size() == 1);
    CHECK(feeds.list()[0].url == "https://agenda.example/a.ics");
}
