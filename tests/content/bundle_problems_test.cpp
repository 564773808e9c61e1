// load_bundle on bad bundles: each bad input is refused with the exact file and field named.
#include "content/bundle_fixture.h"
#include "content/problem_matchers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace bk;
using nlohmann::json;

namespace {

json activities_of(const test::BundleFixture& bundle) {
    return json::parse(bundle.files.at("activities.json"));
}

} // namespace

TEST_CASE("bad JSON names the file and the line", "[content][problems]") {
    test::BundleFixture bundle;
    bundle.files["activities.json"] = "{ \"activities\": [\n  { \"id\": \"x\", }\n] }";
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "activities.json", "", "not valid JSON");
    CHECK_THAT(test::problem_at(result, "activities.json", "")->message, Catch::Contains("line 2"));
    CHECK_FALSE(result.content.has_value());
}

TEST_CASE("a broken manifest is reported and nothing else is read", "[content][problems]") {
    test::BundleFixture bundle;
    bundle.write();
    bundle.write_manifest_text("{\"format\": 1,");
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "manifest.json", "", "not valid JSON");
    CHECK(result.problems.size() == 1);
}

TEST_CASE("wrong types name the field and the type found", "[content][problems]") {
    test::BundleFixture bundle;
    json activities = activities_of(bundle);
    activities["activities"][0]["capacity"] = "20";
    activities["activities"][1]["title"] = 5;
    activities["activities"][1]["once"]["date"] = 20261220;
    bundle.set_json("activities.json", activities);
    bundle.manifest_extra = {{"version", "3"}, {"settings", {{"idle_seconds", 1.5}}}};
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "activities.json", "activities[0].capacity",
                    "must be a whole number, not a string");
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].title", "not a whole number");
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].once.date", "must be a string");
    REQUIRE_PROBLEM(result, "manifest.json", "version", "must be a whole number, not a string");
    REQUIRE_PROBLEM(result, "manifest.json", "settings.idle_seconds", "not a decimal number");
    CHECK(result.problems.size() == 5); // all of them, not just the first
}

TEST_CASE("an unknown category lists the ones that exist", "[content][problems]") {
    test::BundleFixture bundle;
    json activities = activities_of(bundle);
    activities["activities"][1]["category"] = "sport";
    bundle.set_json("activities.json", activities);
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].category",
                    "unknown category \"sport\"; use one of ontmoeting, eten");
    CHECK(result.problems.size() == 1);
}

TEST_CASE("an end time before or at the start time is refused", "[content][problems]") {
    test::BundleFixture bundle;
    json activities = activities_of(bundle);
    activities["activities"][0]["weekly"]["end"] = "09:00";
    activities["activities"][1]["once"]["end"] = "17:00";
    bundle.set_json("activities.json", activities);
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "activities.json", "activities[0].weekly.end",
                    "end time 09:00 is not after start time 10:00");
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].once.end",
                    "end time 17:00 is not after start time 17:00");
}

TEST_CASE("schedules need exactly one of weekly, once and dates, with real values",
          "[content][problems]") {
    test::BundleFixture bundle;
    json activities = activities_of(bundle);
    activities["activities"][0]["once"] = activities["activities"][1]["once"];
    activities["activities"][1].erase("once");
    bundle.set_json("activities.json", activities);
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "activities.json", "activities[0]", "has more than one of");
    REQUIRE_PROBLEM(result, "activities.json", "activities[1]", "has none of");

    test::BundleFixture fresh;
    json weekly = activities_of(fresh);
    weekly["activities"][0]["weekly"] = {
        {"weekday", "maan"}, {"start", "25:00"}, {"end", "11:00"}, {"from", "2026-02-30"}};
    weekly["activities"][1]["id"] = "koffieochtend";
    fresh.set_json("activities.json", weekly);
    fresh.write();
    result = load_bundle(fresh.dir.path());
    REQUIRE_PROBLEM(result, "activities.json", "activities[0].weekly.weekday", "not a weekday");
    REQUIRE_PROBLEM(result, "activities.json", "activities[0].weekly.start", "not a time HH:MM");
    REQUIRE_PROBLEM(result, "activities.json", "activities[0].weekly.from", "not a date");
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].id", "used twice");
}

TEST_CASE("weekly except: each bad date is named with its place in the list",
          "[content][problems]") {
    test::BundleFixture bundle;
    json activities = activities_of(bundle);
    // The fixture's first activity is weekly on maandag.
    activities["activities"][0]["weekly"]["except"] =
        json::array({"2026-12-21", 20261228, "2026-12-32", "2026-12-25", "2026-12-21"});
    bundle.set_json("activities.json", activities);
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "activities.json", "activities[0].weekly.except[1]",
                    "must be a string, not a whole number");
    REQUIRE_PROBLEM(result, "activities.json", "activities[0].weekly.except[2]",
                    "\"2026-12-32\" is not a date YYYY-MM-DD");
    REQUIRE_PROBLEM(result, "activities.json", "activities[0].weekly.except[3]",
                    "2026-12-25 is a vrijdag, not a maandag: the activity does not happen then "
                    "anyway");
    REQUIRE_PROBLEM(result, "activities.json", "activities[0].weekly.except[4]",
                    "2026-12-21 is listed twice");
    CHECK_FALSE(test::problem_at(result, "activities.json", "activities[0].weekly.except[0]"));
    CHECK(result.problems.size() == 4);
    CHECK_FALSE(result.content.has_value());

    SECTION("not a list") {
        activities["activities"][0]["weekly"]["except"] = "2026-12-21";
        bundle.set_json("activities.json", activities);
        bundle.write();
        result = load_bundle(bundle.dir.path());
        REQUIRE_PROBLEM(result, "activities.json", "activities[0].weekly.except",
                        "must be a list, not a string");
        CHECK(result.problems.size() == 1);
    }
    SECTION("more than 200 dates") {
        json many = json::array();
        for (int week = 0; week < 201; ++week)
            many.push_back(format_date_iso(add_days(*parse_date("2026-09-07"), 7 * week)));
        activities["activities"][0]["weekly"]["except"] = many;
        bundle.set_json("activities.json", activities);
        bundle.write();
        result = load_bundle(bundle.dir.path());
        REQUIRE_PROBLEM(result, "activities.json", "activities[0].weekly.except",
                        "lists 201 dates; at most 200");
        CHECK(result.problems.size() == 1);
    }
}

TEST_CASE("weekly except that is right loads sorted: 200 dates or none", "[content][problems]") {
    test::BundleFixture bundle;
    json activities = activities_of(bundle);
    json many = json::array();
    for (int week = 199; week >= 0; --week) // given in reverse: read back sorted
        many.push_back(format_date_iso(add_days(*parse_date("2026-09-07"), 7 * week)));
    activities["activities"][0]["weekly"]["except"] = many;
    activities["activities"][0]["weekly"]["weekday"] = "monday"; // the English name works too
    bundle.set_json("activities.json", activities);
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    INFO("problems:\n" << test::all_problems(result));
    REQUIRE(result.ok());
    const auto& except = result.content->activities[0].schedule.except;
    REQUIRE(except.size() == 200);
    CHECK(format_date_iso(except.front()) == "2026-09-07");
    CHECK(format_date_iso(except.back()) == "2030-07-01");
    CHECK(std::is_sorted(except.begin(), except.end()));

    test::BundleFixture plain;
    json none = activities_of(plain);
    none["activities"][0]["weekly"]["except"] = json::array();
    plain.set_json("activities.json", none);
    plain.write();
    BundleLoadResult empty = load_bundle(plain.dir.path());
    REQUIRE(empty.ok());
    CHECK(empty.content->activities[0].schedule.except.empty());
}

TEST_CASE("dated happenings: each wrong field is named, a date listed twice too",
          "[content][problems]") {
    test::BundleFixture bundle;
    json activities = activities_of(bundle);
    json& a = activities["activities"][1];
    a.erase("once");
    a["dates"] = json::array({
        {{"date", "2026-12-20"}, {"all_day", true}, {"start", "10:00"}},          // 0
        {{"date", "2026-12-21"}, {"start", "21:00"}, {"end", "01:00"}},           // 1
        {{"date", "2026-12-22"}, {"start", "21:00"}, {"end_date", "2026-12-23"}}, // 2
        {{"date", "2026-12-24"}, {"start", "10:00"}, {"end_date", "2026-12-23"}}, // 3
        {{"date", "2026-12-25"}, {"start", "10:00"}, {"cancelled", "ja"}},        // 4
        {{"date", "2026-12-26"}, {"start", "10:00"}},                             // fine
        {{"date", "2026-12-26"}, {"all_day", true}},                              // twice
    });
    bundle.set_json("activities.json", activities);
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].dates[0].start",
                    "an all-day happening has no start or end time");
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].dates[1].end",
                    "give end_date when it ends the next day");
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].dates[2].end",
                    "is required with end_date");
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].dates[3].end_date",
                    "is before date 2026-12-24");
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].dates[4].cancelled",
                    "must be true or false, not a string");
    REQUIRE_PROBLEM(result, "activities.json", "activities[1].dates", "2026-12-26 is listed twice");
    CHECK_FALSE(result.content.has_value());

    test::BundleFixture empty;
    json none = activities_of(empty);
    none["activities"][1].erase("once");
    none["activities"][1]["dates"] = json::array();
    empty.set_json("activities.json", none);
    empty.write();
    BundleLoadResult none_listed = load_bundle(empty.dir.path());
    REQUIRE_PROBLEM(none_listed, "activities.json", "activities[1].dates", "lists no dates");
}

TEST_CASE("dated happenings that are right load: all day, past midnight, cancelled, no end",
          "[content][problems]") {
    test::BundleFixture bundle;
    json activities = activities_of(bundle);
    json& a = activities["activities"][1];
    a.erase("once");
    a["dates"] = json::array({
        {{"date", "2026-12-31"}, {"start", "21:00"}, {"end", "01:30"}, {"end_date", "2027-01-01"}},
        {{"date", "2026-12-19"}, {"all_day", true}, {"end_date", "2026-12-20"}},
        {{"date", "2026-12-24"}, {"start", "19:00"}, {"cancelled", true}},
    });
    bundle.set_json("activities.json", activities);
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE(result.problems.empty());
    REQUIRE(result.content);
    const auto& dates = result.content->activities[1].schedule.dates;
    REQUIRE(dates.size() == 3); // sorted by date
    CHECK(format_date_iso(dates[0].date) == "2026-12-19");
    CHECK(dates[0].all_day);
    CHECK(format_date_iso(dates[0].end_date) == "2026-12-20");
    CHECK(dates[1].cancelled);
    CHECK_FALSE(dates[1].end);
    CHECK(format_date_iso(dates[2].end_date) == "2027-01-01");
    REQUIRE(dates[2].end);
    CHECK(format_time(*dates[2].end) == "01:30");
}

TEST_CASE("an image that is missing names the activity's image field", "[content][problems]") {
    test::BundleFixture bundle;
    SECTION("listed in the manifest but not on disk") {
        bundle.write();
        std::filesystem::remove(bundle.dir / "images/koffie.png");
        BundleLoadResult result = load_bundle(bundle.dir.path());
        REQUIRE_PROBLEM(result, "activities.json", "activities[0].image",
                        "image file \"images/koffie.png\" is missing");
        // The manifest's own entry for it is reported too (files are sorted: images/ is fourth).
        REQUIRE_PROBLEM(result, "manifest.json", "files[3].path", "is missing");
    }
    SECTION("not listed in the manifest") {
        bundle.files.erase("images/koffie.png");
        bundle.write();
        BundleLoadResult result = load_bundle(bundle.dir.path());
        REQUIRE_PROBLEM(result, "activities.json", "activities[0].image",
                        "not listed in manifest.json");
        CHECK(result.problems.size() == 1);
    }
}

TEST_CASE("an empty bundle is refused", "[content][problems]") {
    test::TempDir dir;
    SECTION("empty folder") {
        BundleLoadResult result = load_bundle(dir.path());
        REQUIRE_PROBLEM(result, "manifest.json", "", "is missing");
        CHECK(result.problems.size() == 1);
    }
    SECTION("a folder that does not exist") {
        BundleLoadResult result = load_bundle(dir / "nowhere");
        REQUIRE_PROBLEM(result, "", "", "does not exist");
    }
    SECTION("an empty manifest object") {
        dir.write("manifest.json", "{}");
        BundleLoadResult result = load_bundle(dir.path());
        for (const char* field :
             {"format", "kiosk_group", "version", "created", "expires", "files"})
            REQUIRE_PROBLEM(result, "manifest.json", field, "is required but missing");
        CHECK(result.problems.size() == 6);
    }
    SECTION("a manifest that lists no files") {
        test::BundleFixture bundle;
        bundle.files.clear();
        bundle.write();
        BundleLoadResult result = load_bundle(bundle.dir.path());
        REQUIRE_PROBLEM(result, "manifest.json", "files",
                        "must list buurtkamer.json and activities.json");
        CHECK(result.problems.size() == 1);
    }
    SECTION("a manifest that is not an object") {
        dir.write("manifest.json", "[]");
        BundleLoadResult result = load_bundle(dir.path());
        REQUIRE_PROBLEM(result, "manifest.json", "", "must be a JSON object, not a list");
    }
}

TEST_CASE("a file whose hash does not match is refused", "[content][problems]") {
    test::BundleFixture bundle;
    bundle.write();
    // Same size, one byte different: only the hash can tell.
    std::string changed = bundle.files["buurtkamer.json"];
    changed[changed.find("De Linde") + 3] = 'P';
    bundle.dir.write("buurtkamer.json", changed);
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "buurtkamer.json", "", "sha256 does not match manifest.json");
    CHECK(result.problems.size() == 1);

    SECTION("a size mismatch says so") {
        bundle.dir.write("buurtkamer.json", changed + " ");
        result = load_bundle(bundle.dir.path());
        REQUIRE_PROBLEM(result, "buurtkamer.json", "", "bytes but manifest.json says");
    }
    SECTION("validate-only skips the hash check") {
        BundleLoadResult unchecked = load_bundle(bundle.dir.path(), false);
        REQUIRE(unchecked.ok());
        CHECK(unchecked.content->place.name == "Buurtkamer De Pinde");
    }
}

TEST_CASE("paths leaving the bundle are refused", "[content][problems]") {
    test::BundleFixture bundle;
    bundle.write();
    json manifest = bundle.written_manifest();
    const std::string hash(64, 'a');
    for (const char* path : {"../secret.json", "/etc/passwd", "images/../../x"})
        manifest["files"].push_back({{"path", path}, {"size", 2}, {"sha256", hash}});
    bundle.write_manifest_text(manifest.dump());
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "manifest.json", "files[5].path", "must be a relative path");
    REQUIRE_PROBLEM(result, "manifest.json", "files[6].path", "must be a relative path");
    REQUIRE_PROBLEM(result, "manifest.json", "files[7].path", "must be a relative path");
    CHECK(result.problems.size() == 3);
}

TEST_CASE("a path listed both as a file and as a folder is named", "[content][problems]") {
    // "images" and "images/koffie.png" cannot both exist on disk.
    test::BundleFixture bundle;
    bundle.write();
    json manifest = bundle.written_manifest();
    manifest["files"].push_back(
        {{"path", "images"}, {"size", 2}, {"sha256", std::string(64, 'a')}});
    manifest["files"].push_back(
        {{"path", "manifest.json.sig"}, {"size", 2}, {"sha256", std::string(64, 'a')}});
    bundle.write_manifest_text(manifest.dump());
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "manifest.json", "files[5].path",
                    "\"images\" is also a folder of other listed files");
    REQUIRE_PROBLEM(result, "manifest.json", "files[6].path", "is a reserved name");
    CHECK(result.problems.size() == 2);
}

TEST_CASE("an image path with .. is refused", "[content][problems]") {
    test::BundleFixture bundle;
    json activities = activities_of(bundle);
    activities["activities"][0]["image"] = "../koffie.png";
    bundle.set_json("activities.json", activities);
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "activities.json", "activities[0].image", "relative path");
}

TEST_CASE("a symlink pointing outside the bundle is refused", "[content][problems]") {
    test::BundleFixture bundle;
    bundle.write();
    test::TempDir outside;
    outside.write("koffie.png", bundle.files["images/koffie.png"]);
    std::filesystem::remove(bundle.dir / "images/koffie.png");
    std::filesystem::create_symlink(outside / "koffie.png", bundle.dir / "images/koffie.png");
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "manifest.json", "files[3].path", "points outside the bundle");
}

TEST_CASE("manifest fields are checked", "[content][problems]") {
    test::BundleFixture bundle;
    bundle.manifest_extra = {{"format", 2},
                             {"kiosk_group", ""},
                             {"version", 0},
                             {"created", "2026-11-24 12:00"},
                             {"settings", {{"languages", json::array()}, {"speech_rate", 9}}}};
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "manifest.json", "format", "format 2 is not supported");
    REQUIRE_PROBLEM(result, "manifest.json", "kiosk_group", "must not be empty");
    REQUIRE_PROBLEM(result, "manifest.json", "version", "greater than 0");
    REQUIRE_PROBLEM(result, "manifest.json", "created", "not a UTC time");
    REQUIRE_PROBLEM(result, "manifest.json", "settings.languages", "must not be empty");
    REQUIRE_PROBLEM(result, "manifest.json", "settings.speech_rate", "between 0.3 and 3.0");
}

TEST_CASE("text needs Dutch, pages and announcements are checked", "[content][problems]") {
    test::BundleFixture bundle;
    bundle.set_json(
        "pages.json",
        {{"pages", {{{"id", "Hulp"}, {"title", {{"en", "Help"}}}, {"body", "Tekst"}}}}});
    bundle.set_json(
        "announcements.json",
        {{"announcements",
          {{{"id", "a"}, {"text", "x"}, {"from", "2026-12-02"}, {"until", "2026-12-01"}}}}});
    bundle.set_json(
        "buurtkamer.json",
        {{"opening_hours", {{{"weekday", "ma"}, {"open", "16:00"}, {"close", "09:00"}}}}});
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE_PROBLEM(result, "pages.json", "pages[0].id", "may only hold a-z");
    REQUIRE_PROBLEM(result, "pages.json", "pages[0].title.nl", "Dutch text is required");
    REQUIRE_PROBLEM(result, "announcements.json", "announcements[0].until", "is before from");
    REQUIRE_PROBLEM(result, "buurtkamer.json", "name", "is required but missing");
    REQUIRE_PROBLEM(result, "buurtkamer.json", "opening_hours[0].close", "not after opening");
}

TEST_CASE("a bad translation never refuses the bundle: its problems are listed, its good texts "
          "are used",
          "[content][problems]") {
    test::BundleFixture bundle;
    // Tried: broken JSON in one catalogue, a wrong placeholder in another, and a catalogue for a
    // language the kiosk does not have.
    bundle.files["ui/tr.json"] = "{\"language\": \"tr\", \"texts\": {";
    bundle.set_json(
        "ui/pl.json",
        {{"language", "pl"}, {"texts", {{"back", "Powrót"}, {"volume_step", "Głośność {level}"}}}});
    bundle.set_json("ui/fr.json", {{"language", "fr"}, {"texts", {{"back", "Retour"}}}});
    bundle.write();
    BundleLoadResult result = load_bundle(bundle.dir.path());
    REQUIRE(result.ok());
    const Content& content = *result.content;
    REQUIRE(content.catalogues.size() == 1);
    CHECK(content.catalogues[0].language == "pl");
    CHECK(content.catalogues[0].texts.at("back").forms.at(PluralCategory::Other) == "Powrót");
    CHECK_FALSE(content.catalogues[0].texts.contains("volume_step"));
    std::string problems;
    for (const auto& problem : content.catalogue_problems)
        problems += problem + "\n";
    CHECK_THAT(problems, Catch::Contains("ui/fr.json: language: \"fr\" is not one of the "
                                         "kiosk's languages"));
    CHECK_THAT(problems, Catch::Contains("ui/pl.json: texts.volume_step: has the placeholder "
                                         "{level}"));
    CHECK_THAT(problems, Catch::Contains("ui/pl.json: texts: "));
    CHECK_THAT(problems, Catch::Contains("missing, shown in Dutch"));
    CHECK_THAT(problems, Catch::Contains("ui/tr.json: not valid JSON"));
}
