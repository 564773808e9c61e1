// The catalogues: every language has every text of the Dutch one, with the placeholders the kiosk
// fills in; a bad catalogue is reported with its file and key, and only that key is left out.
#include "buurtkiosk/content/catalogue_file.h"
#include "buurtkiosk/i18n/ui_text.h"

#include "buurtkiosk/files/file_bytes.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

using namespace bk;
namespace fs = std::filesystem;

namespace {
std::string problems_text(const std::vector<BundleProblem>& problems) {
    std::string text;
    for (const auto& problem : problems)
        text += problem.to_string() + "\n";
    return text;
}

// The built-in catalogue of `from` as JSON, labelled `language`: a complete catalogue to spoil.
nlohmann::json catalogue_json(const std::string& language, const std::string& from) {
    auto json = nlohmann::json::parse(
        read_file(fs::path(BUURTKIOSK_CATALOGUE_DIR) / (from + ".json")).value());
    json["language"] = language;
    return json;
}
nlohmann::json catalogue_json(const std::string& language) {
    return catalogue_json(language, language);
}
} // namespace

TEST_CASE("every language's catalogue has every text of the Dutch one, and nothing else") {
    const Catalogue& dutch = builtin_catalogue("nl");
    REQUIRE(dutch.texts.size() > 100);
    for (const std::string& language : kiosk_languages()) {
        INFO(language);
        auto path = fs::path(BUURTKIOSK_CATALOGUE_DIR) / (language + ".json");
        auto bytes = read_file(path);
        REQUIRE(bytes);
        std::vector<BundleProblem> problems;
        auto catalogue = read_catalogue("ui/" + language + ".json", *bytes, &dutch, problems);
        REQUIRE(catalogue);
        CHECK(problems_text(problems).empty());
        CHECK(catalogue->texts.size() == dutch.texts.size());
        // The same as the kiosk has built in: the generated source follows the file.
        CHECK(builtin_catalogue(language).texts.size() == catalogue->texts.size());
        for (const auto& [key, text] : catalogue->texts)
            for (const auto& [category, form] : text.forms) {
                INFO(key << " " << plural_category_name(category));
                CHECK_FALSE(form.empty());
            }
    }
}

TEST_CASE("a plural text whose 'one' form covers more than 1 keeps the number in it") {
    // Ukrainian "one" is also 21, 31...; Polish and Arabic "one" is only 1 and may spell it out.
    const Catalogue& ukrainian = builtin_catalogue("uk");
    for (const auto& [key, dutch] : builtin_catalogue("nl").texts) {
        if (!dutch.plural) continue;
        auto other = placeholders(dutch.forms.at(PluralCategory::Other));
        if (std::find(other.begin(), other.end(), "n") == other.end()) continue;
        INFO(key);
        const std::string& one = ukrainian.texts.at(key).forms.at(PluralCategory::One);
        CHECK(one.find("{n}") != std::string::npos);
    }
}

TEST_CASE("broken JSON in a catalogue is reported with its file and nothing is read") {
    std::vector<BundleProblem> problems;
    auto catalogue =
        read_catalogue("ui/pl.json", "{\"language\": \"pl\", ", &builtin_catalogue("nl"), problems);
    CHECK_FALSE(catalogue);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == "ui/pl.json");
    CHECK_THAT(problems[0].message, Catch::Contains("not valid JSON"));
}

TEST_CASE("a catalogue for a language the kiosk does not have, or under another language's "
          "name, is refused with the reason") {
    std::vector<BundleProblem> problems;
    CHECK_FALSE(read_catalogue("ui/fr.json", catalogue_json("fr", "nl").dump(),
                               &builtin_catalogue("nl"), problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].to_string() ==
          "ui/fr.json: language: \"fr\" is not one of the kiosk's languages (nl, en, pl, tr, uk, "
          "ar)");
    problems.clear();
    CHECK_FALSE(read_catalogue("ui/pl.json", catalogue_json("tr").dump(), &builtin_catalogue("nl"),
                               problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].to_string() ==
          "ui/pl.json: language: is \"tr\" but the file is named for \"pl\"");
}

TEST_CASE("a text with a placeholder the kiosk does not fill in is left out and reported by key") {
    auto json = catalogue_json("pl");
    json["texts"]["volume_step"] = "Głośność {level} z {steps}";
    json["texts"]["back"] = "Wstecz";
    std::vector<BundleProblem> problems;
    auto catalogue = read_catalogue("ui/pl.json", json.dump(), &builtin_catalogue("nl"), problems);
    REQUIRE(catalogue);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].to_string() == "ui/pl.json: texts.volume_step: has the placeholder {level}, "
                                     "which the kiosk does not fill in here");
    CHECK_FALSE(catalogue->texts.contains("volume_step"));
    CHECK(catalogue->texts.at("back").forms.at(PluralCategory::Other) == "Wstecz");
}

TEST_CASE("a plural text without a form its language needs, or plain where Dutch counts, is "
          "left out and reported by key") {
    auto json = catalogue_json("pl");
    json["texts"]["places_left"] = {{"one", "{n} wolne miejsce"}, {"other", "{n} miejsc"}};
    json["texts"]["seconds"] = "sekund";
    json["texts"]["back"] = {
        {"one", "Wstecz"}, {"few", "Wstecz"}, {"many", "Wstecz"}, {"other", "Wstecz"}};
    std::vector<BundleProblem> problems;
    auto catalogue = read_catalogue("ui/pl.json", json.dump(), &builtin_catalogue("nl"), problems);
    REQUIRE(catalogue);
    CHECK(problems_text(problems) ==
          "ui/pl.json: texts.back: must be one text, as in Dutch\n"
          "ui/pl.json: texts.places_left: has no \"few\" form, which pl needs\n"
          "ui/pl.json: texts.seconds: must have a text per plural form, as in Dutch\n");
    for (const char* key : {"places_left", "seconds", "back"})
        CHECK_FALSE(catalogue->texts.contains(key));
}

TEST_CASE("missing and unknown texts are reported once per file, the missing ones by name") {
    auto json = catalogue_json("en");
    json["texts"].erase("back");
    json["texts"].erase("home");
    json["texts"]["bak"] = "Back";
    std::vector<BundleProblem> problems;
    auto catalogue = read_catalogue("ui/en.json", json.dump(), &builtin_catalogue("nl"), problems);
    REQUIRE(catalogue);
    CHECK(problems_text(problems) ==
          "ui/en.json: texts.bak: is not a text the kiosk knows; left out\n"
          "ui/en.json: texts: 2 texts missing, shown in Dutch: back, home\n");
}
