// load_bundle on a good bundle: every part of the content arrives in the domain types.
#include "content/bundle_fixture.h"
#include "content/problem_matchers.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace bk;
using namespace std::chrono;
using nlohmann::json;

TEST_CASE("a valid bundle loads with all its content", "[content][bundle]") {
    test::BundleFixture bundle;
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    INFO(test::all_problems(result));
    REQUIRE(result.ok());
    REQUIRE(result.problems.empty());
    const Content& content = *result.content;

    CHECK(content.kiosk_group == "test");
    CHECK(content.version == 3);
    CHECK(content.created == "2026-11-24T12:00:00Z");
    CHECK(content.root == bundle.dir.path().string());
    CHECK(content.settings.idle_seconds == 90);
    CHECK(content.settings.countdown_seconds == 15); // default kept
    CHECK(content.settings.languages == std::vector<std::string>{"nl", "en"});
    CHECK(content.settings.callback_expectation.in("nl") ==
          "We bellen u binnen twee werkdagen terug.");

    CHECK(content.place.name == "Buurtkamer De Linde");
    REQUIRE(content.place.opening_hours.size() == 1);
    CHECK(content.place.opening_hours[0].weekday == 1);
    CHECK(format_time(content.place.opening_hours[0].close) == "16:00");

    REQUIRE(content.activities.size() == 2);
    const Activity* koffie = content.find_activity("koffieochtend");
    REQUIRE(koffie);
    CHECK(koffie->title.in("en") == "Coffee morning");
    CHECK(koffie->title.in("pl") == "Koffieochtend");
    CHECK(koffie->description.in("nl") == "Drink een kopje koffie.");
    CHECK(koffie->category == Category::Ontmoeting);
    CHECK(koffie->place == "Grote zaal");
    CHECK(koffie->schedule.weekday == 1u);
    CHECK(format_time(koffie->schedule.start) == "10:00");
    CHECK(koffie->capacity == 20);
    CHECK(koffie->image == "images/koffie.png");
    const Activity* diner = content.find_activity("kerstdiner");
    REQUIRE(diner);
    REQUIRE(diner->schedule.dates.size() == 1);
    CHECK(diner->schedule.dates[0].date == Date{year{2026}, month{12}, day{20}});
    CHECK(diner->schedule.dates[0].end_date == diner->schedule.dates[0].date);
    CHECK_FALSE(diner->schedule.dates[0].all_day);
    CHECK_FALSE(diner->schedule.dates[0].cancelled);
    CHECK_FALSE(diner->capacity.has_value());
    CHECK(diner->category == Category::Eten);

    REQUIRE(content.pages.size() == 1);
    CHECK(content.find_page("sociaal-team")->body.in("nl") == "Wij helpen u.\n\nKom langs.");
    REQUIRE(content.announcements.size() == 1);
    CHECK(content.announcements[0].from == Date{year{2026}, month{12}, day{1}});
    CHECK_FALSE(content.announcements[0].until.has_value());
}

TEST_CASE("optional files may be left out of the bundle", "[content][bundle]") {
    test::BundleFixture bundle;
    bundle.files.erase("pages.json");
    bundle.files.erase("announcements.json");
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    INFO(test::all_problems(result));
    REQUIRE(result.ok());
    CHECK(result.content->pages.empty());
}

TEST_CASE("validating an editor's folder without hashes", "[content][bundle]") {
    // The hub validates a content folder before it builds the manifest's hashes.
    test::BundleFixture bundle;
    bundle.write();
    json manifest = bundle.written_manifest();
    for (auto& file : manifest["files"]) {
        file.erase("size");
        file.erase("sha256");
    }
    bundle.write_manifest_text(manifest.dump());

    BundleLoadResult unchecked = load_bundle(bundle.dir.path(), false);
    INFO(test::all_problems(unchecked));
    CHECK(unchecked.ok());
    BundleLoadResult checked = load_bundle(bundle.dir.path(), true);
    REQUIRE_PROBLEM(checked, "manifest.json", "files[0].sha256", "required");
    REQUIRE_PROBLEM(checked, "manifest.json", "files[0].size", "required");
}

TEST_CASE("a problem reads as file: field: message", "[content][bundle]") {
    CHECK(BundleProblem{"activities.json", "activities[3].weekly.end", "end time is wrong"}
              .to_string() == "activities.json: activities[3].weekly.end: end time is wrong");
    CHECK(BundleProblem{"manifest.json", "", "is missing"}.to_string() ==
          "manifest.json: is missing");
}

TEST_CASE("the demo bundle shipped in content/demo loads without problems", "[content][bundle]") {
    BundleLoadResult result =
        load_bundle(std::filesystem::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo");
    INFO(test::all_problems(result));
    REQUIRE(result.ok());
    CHECK_FALSE(result.content->activities.empty());
}
