// Dated happenings on screen (what an imported calendar gives): a cancelled one shows and is read
// as "Gaat niet door" and takes no sign-ups; an all-day one that started yesterday is in today's
// list as "Hele dag"; one that runs past midnight shows its end.
#include "buurtkiosk/content/file_hash.h"
#include "support/kiosk_runner.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace bk;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The demo bundle with three dated activities added, its manifest updated to match.
fs::path bundle_with_dates(const test::TempDir& dir) {
    fs::path content = dir.path() / "content";
    fs::copy(fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo", content,
             fs::copy_options::recursive);
    json activities;
    std::ifstream(content / "activities.json") >> activities;
    activities["activities"].push_back(
        {{"id", "spreekuur"},
         {"title", "Spreekuur sociaal team"},
         {"category", "hulp-en-advies"},
         {"capacity", 6},
         {"dates",
          {{{"date", "2026-11-24"}, {"start", "13:00"}, {"end", "15:00"}, {"cancelled", true}},
           {{"date", "2026-12-01"}, {"start", "13:00"}, {"end", "15:00"}}}}});
    activities["activities"].push_back(
        {{"id", "winterfair"},
         {"title", "Winterfair in de hal"},
         {"category", "ontmoeting"},
         {"url", "https://wijk.example.org/winterfair"},
         {"dates", {{{"date", "2026-11-23"}, {"all_day", true}, {"end_date", "2026-11-25"}}}}});
    json dance = {
        {"date", "2026-11-24"}, {"start", "21:00"}, {"end", "01:30"}, {"end_date", "2026-11-25"}};
    activities["activities"].push_back(
        {{"id", "dansavond"}, {"title", "Dansavond"}, {"category", "bewegen"}, {"once", dance}});
    const std::string bytes = activities.dump(2);
    std::ofstream(content / "activities.json", std::ios::trunc) << bytes;
    json manifest;
    std::ifstream(content / "manifest.json") >> manifest;
    for (auto& file : manifest["files"])
        if (file["path"] == "activities.json") {
            file["sha256"] = sha256_hex(bytes);
            file["size"] = bytes.size();
        }
    std::ofstream(content / "manifest.json", std::ios::trunc) << manifest.dump(2);
    return content;
}

test::KioskRun run(const test::TempDir& dir, const std::string& script) {
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = dir.path() / "data";
    launch.extra_args = {"--content", bundle_with_dates(dir).string()};
    launch.script = script;
    return test::run_kiosk(launch);
}

// What `print-spoken` printed for `id`, each time it printed it.
std::vector<std::string> spoken_all(const std::string& output, const std::string& id) {
    std::vector<std::string> texts;
    std::istringstream in(output);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("spoken: " + id + ": ", 0) == 0)
            texts.push_back(line.substr(10 + id.size()));
    return texts;
}

std::string spoken(const std::string& output, const std::string& id) {
    auto texts = spoken_all(output, id);
    return texts.empty() ? std::string() : texts.front();
}

} // namespace

TEST_CASE("today's list shows a cancelled happening as such and an all-day and a late one") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto result = run(dir, "expect-screen home\n"
                           "scroll-to card-spreekuur-2026-11-24\n"
                           "expect-visible card-spreekuur-2026-11-24\n"
                           "scroll-to card-winterfair-2026-11-23\n"
                           "expect-visible card-winterfair-2026-11-23\n"
                           "print-spoken\nquit\n");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    const std::string list = spoken(result.output, "home-today");
    INFO(list);
    // Started yesterday, still on today, first in the list.
    CHECK(list.rfind("Vandaag in Buurtkamer De Linde. Hele dag Winterfair in de hal. ", 0) == 0);
    CHECK(list.find("13:00, Gaat niet door Spreekuur sociaal team.") != std::string::npos);
    CHECK(list.find("21:00 Dansavond.") != std::string::npos);
}

TEST_CASE("a cancelled happening's detail says so and offers no sign-up") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto result = run(dir, "scroll-to card-spreekuur-2026-11-24\n"
                           "tap card-spreekuur-2026-11-24\n"
                           "expect-screen detail\n"
                           "expect-not-visible sign-up\n"
                           "print-spoken\n"
                           "tap back\n"
                           "scroll-to card-winterfair-2026-11-23\n"
                           "tap card-winterfair-2026-11-23\n"
                           "expect-screen detail\n"
                           "print-spoken\nquit\n");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    CHECK(spoken(result.output, "detail-places") == "Aanmelden: Gaat niet door");
    auto when = spoken_all(result.output, "detail-when");
    REQUIRE(when.size() == 2);
    CHECK(when[0] == "Wanneer: dinsdag 24 november, Gaat niet door: 13:00 \xe2\x80\x93 15:00");
    CHECK(when[1] == "Wanneer: maandag 23 november, Hele dag, tot en met woensdag 25 november");
    CHECK(spoken(result.output, "detail-url") ==
          "Meer informatie: https://wijk.example.org/winterfair");
}
