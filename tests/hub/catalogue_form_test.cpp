// The desk's editor for the kiosk's own words (hub/catalogue_form.h, hub/desk_catalogue_page.h):
// a language's texts as form rows, from the draft's ui/<language>.json or the built-in catalogue;
// the posted form as a complete ui/<language>.json that the kiosk's own reading accepts; Dutch
// messages at the field for what it would refuse; the page's labels, languages and escaping.
#include "buurtkiosk/content/catalogue_file.h"
#include "buurtkiosk/i18n/plural_rules.h"
#include "buurtkiosk/i18n/ui_text.h"

#include "catalogue_form.h"
#include "desk_catalogue_page.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <regex>
#include <set>
#include <string>

using namespace bk;
using namespace bk::hub;
using Json = nlohmann::json;

namespace {

// A posted form: the fields given, "" for every other.
std::function<std::string(const std::string&)> posted(std::map<std::string, std::string> fields) {
    return [fields = std::move(fields)](const std::string& name) {
        auto it = fields.find(name);
        return it == fields.end() ? std::string() : it->second;
    };
}

const CatalogueRow& row_for(const std::vector<CatalogueRow>& rows, const std::string& key) {
    for (const CatalogueRow& row : rows)
        if (row.key == key) return row;
    FAIL("no row for " << key);
    return rows.front();
}

std::string builtin(const std::string& language, const std::string& key,
                    PluralCategory category = PluralCategory::Other) {
    return builtin_catalogue(language).texts.at(key).forms.at(category);
}

// The file as the kiosk reads it against its Dutch; every problem fails the test.
Catalogue read_back(const std::string& language, const std::string& file_text) {
    std::vector<BundleProblem> problems;
    auto catalogue =
        read_catalogue("ui/" + language + ".json", file_text, &builtin_catalogue("nl"), problems);
    for (const BundleProblem& problem : problems)
        FAIL_CHECK(problem.to_string());
    REQUIRE(catalogue);
    return *catalogue;
}

std::vector<std::string> category_names(const std::string& language) {
    std::vector<std::string> names;
    for (PluralCategory category : plural_categories(language))
        names.emplace_back(plural_category_name(category));
    return names;
}

DeskAccount editor() {
    DeskAccount account;
    account.name = "anna";
    account.role = DeskRole::Editor;
    account.groups = {"noord"};
    return account;
}

// Every <input type="text" ...> tag of `html`.
std::vector<std::string> text_inputs(const std::string& html) {
    std::vector<std::string> inputs;
    const std::regex input("<input [^>]*type=\"text\"[^>]*>");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), input);
         it != std::sregex_iterator(); ++it)
        inputs.push_back(it->str());
    return inputs;
}

std::string attribute(const std::string& tag, const std::string& name) {
    const std::string marker = " " + name + "=\"";
    auto at = tag.find(marker);
    if (at == std::string::npos) return {};
    at += marker.size();
    return tag.substr(at, tag.find('"', at) - at);
}

std::size_t count_of(const std::string& text, const std::string& piece) {
    std::size_t count = 0;
    for (auto at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1))
        ++count;
    return count;
}

} // namespace

TEST_CASE("Rows for Polish without a draft are the built-in Polish in the Dutch order",
          "[catalogue-form]") {
    // Tried: the rows of pl with no draft file: one row per key of the built-in Dutch catalogue,
    // in its order; each labelled with the Dutch text; a plain text has the one category "" and
    // the built-in Polish text; a plural text has pl's categories and the built-in Polish forms.
    const std::vector<CatalogueRow> rows = catalogue_rows("pl", std::nullopt);
    const Catalogue& dutch = builtin_catalogue("nl");
    REQUIRE(rows.size() == dutch.texts.size());
    auto key = dutch.texts.begin();
    for (const CatalogueRow& row : rows)
        CHECK(row.key == (key++)->first);

    const CatalogueRow& back = row_for(rows, "back");
    CHECK(back.dutch == builtin("nl", "back"));
    CHECK(back.categories == std::vector<std::string>{""});
    CHECK(back.values == std::map<std::string, std::string>{{"", builtin("pl", "back")}});

    const CatalogueRow& places = row_for(rows, "places_left");
    CHECK(places.categories == std::vector<std::string>{"one", "few", "many", "other"});
    CHECK(places.categories == category_names("pl"));
    CHECK(places.values.at("few") == builtin("pl", "places_left", PluralCategory::Few));
    CHECK(places.values.at("many") == builtin("pl", "places_left", PluralCategory::Many));
    CHECK(places.dutch == "één: " + builtin("nl", "places_left", PluralCategory::One) +
                              "; meer: " + builtin("nl", "places_left"));
}

TEST_CASE("A text of the draft file wins over the built-in text", "[catalogue-form]") {
    // Tried: a draft ui/pl.json with two texts: those two show its words (even a placeholder the
    // kiosk would refuse, so the editor sees what to mend), every other key the built-in Polish;
    // a draft that is not JSON, or is another language's, gives the built-in Polish.
    const std::string draft =
        R"({"language": "pl", "texts": {"back": "Wstecz", "today_at": "Dziś w {plek}"}})";
    const std::vector<CatalogueRow> rows = catalogue_rows("pl", draft);
    CHECK(row_for(rows, "back").values.at("") == "Wstecz");
    CHECK(row_for(rows, "today_at").values.at("") == "Dziś w {plek}");
    CHECK(row_for(rows, "home").values.at("") == builtin("pl", "home"));

    for (const std::string& bad : {std::string("{\"language\": \"pl\", "),
                                   std::string(R"({"language": "tr", "texts": {"back": "Geri"}})")})
        CHECK(row_for(catalogue_rows("pl", bad), "back").values.at("") == builtin("pl", "back"));
}

TEST_CASE("A changed Polish button text round-trips into a file the kiosk reads",
          "[catalogue-form]") {
    // Tried: the pl form with only the "back" field typed: the file has every key, the typed
    // text for back and the built-in Polish elsewhere; read_catalogue against the built-in Dutch
    // reads it with no problem; the rows of that file show the typed text again.
    const CatalogueCheck check = check_catalogue("pl", posted({{"t_back", "  Wstecz "}}));
    REQUIRE(check.errors.empty());
    REQUIRE_FALSE(check.file_text.empty());
    const Catalogue read = read_back("pl", check.file_text);
    CHECK(read.texts.size() == builtin_catalogue("nl").texts.size());
    CHECK(read.texts.at("back").forms.at(PluralCategory::Other) == "Wstecz");
    CHECK(read.texts.at("home").forms.at(PluralCategory::Other) == builtin("pl", "home"));

    const std::vector<CatalogueRow> rows = catalogue_rows("pl", check.file_text);
    CHECK(row_for(rows, "back").values.at("") == "Wstecz");
    const std::vector<CatalogueRow> builtin_rows = catalogue_rows("pl", std::nullopt);
    REQUIRE(rows.size() == builtin_rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].key != "back") CHECK(rows[i].values == builtin_rows[i].values);
}

TEST_CASE("A text without the Dutch placeholder is refused at its field with no file",
          "[catalogue-form]") {
    // Tried: "today_at" (Dutch "Vandaag in {place}") typed without {place}, and with a placeholder
    // the Dutch text does not have: each an error at t_today_at in Dutch naming {place}, and no
    // file; the other fields of the same form have no error; the rows of the posted form keep
    // what was typed.
    CatalogueCheck missing = check_catalogue("pl", posted({{"t_today_at", "Dzisiaj tutaj"}}));
    CHECK(missing.errors ==
          std::map<std::string, std::string>{
              {"t_today_at", "Hier hoort {place} in te staan, zoals in het Nederlands."}});
    CHECK(missing.file_text.empty());

    CatalogueCheck unknown =
        check_catalogue("pl", posted({{"t_today_at", "Dzisiaj w {plek}"}, {"t_back", "Wstecz"}}));
    REQUIRE(unknown.errors.size() == 1);
    CHECK(unknown.errors.at("t_today_at").find("{plek}") != std::string::npos);
    CHECK(unknown.errors.at("t_today_at").find("{place}") != std::string::npos);
    CHECK(unknown.file_text.empty());

    // The form shown again: the typed text as typed, an empty field as the built-in text.
    const std::vector<CatalogueRow> again =
        posted_catalogue_rows("pl", posted({{"t_today_at", "Dzisiaj tutaj"}}));
    CHECK(row_for(again, "today_at").values.at("") == "Dzisiaj tutaj");
    CHECK(row_for(again, "back").values.at("") == builtin("pl", "back"));

    // A text that has no placeholder in Dutch takes none.
    CatalogueCheck none = check_catalogue("pl", posted({{"t_back", "Wstecz {n}"}}));
    CHECK(none.errors.count("t_back") == 1);
}

TEST_CASE("Plural fields follow the language's plural rules and an empty one is the built-in",
          "[catalogue-form]") {
    // Tried: places_left in Polish: the fields are the categories plural_rules gives pl; "few"
    // and "one" typed, "many" and "other" left empty: the file has all four, the empty ones the
    // built-in Polish. The count may be written out in "one" (only 1 in Polish) but not in
    // "few"; in Ukrainian "one" (1, 21, 31 ...) it must stay.
    const std::vector<CatalogueRow> rows = catalogue_rows("pl", std::nullopt);
    CHECK(row_for(rows, "places_left").categories == category_names("pl"));
    CHECK(row_for(catalogue_rows("ar", std::nullopt), "places_left").categories ==
          category_names("ar"));

    const CatalogueCheck check =
        check_catalogue("pl", posted({{"t_places_left__one", "Jedno wolne miejsce"},
                                      {"t_places_left__few", "Wolne: {n} miejsca"}}));
    REQUIRE(check.errors.empty());
    const Json file = Json::parse(check.file_text);
    const Json& places = file["texts"]["places_left"];
    CHECK(places.size() == category_names("pl").size());
    CHECK(places["one"] == "Jedno wolne miejsce");
    CHECK(places["few"] == "Wolne: {n} miejsca");
    CHECK(places["many"] == builtin("pl", "places_left", PluralCategory::Many));
    CHECK(places["other"] == builtin("pl", "places_left", PluralCategory::Other));
    read_back("pl", check.file_text);

    const CatalogueCheck few = check_catalogue("pl", posted({{"t_places_left__few", "Miejsca"}}));
    CHECK(few.errors.count("t_places_left__few") == 1);
    CHECK(few.file_text.empty());

    const CatalogueCheck ukrainian =
        check_catalogue("uk", posted({{"t_places_left__one", "Одне вільне місце"}}));
    CHECK(ukrainian.errors.count("t_places_left__one") == 1);

    CHECK(plural_numbers("pl", "one") == "1");
    CHECK(plural_numbers("pl", "few") == "2–4, 22–24, 32–34, …");
    CHECK(plural_numbers("nl", "other") == "0, 2 en meer");
    CHECK(plural_numbers("ar", "other") == "100–102, 200–202, 300–302, …");
    CHECK(plural_numbers("pl", "other").empty()); // no whole number: 1,5
    CHECK(dutch_form_for("pl", "places_left", "few") == builtin("nl", "places_left"));
}

TEST_CASE("Arabic text is kept byte for byte", "[catalogue-form]") {
    // Tried: Arabic with a shadda and tanween and an Arabic plural form with {n}: the file holds
    // the very bytes (no \u escapes, no normalisation), the kiosk reads them back unchanged, and
    // the rows of the file show them again.
    const std::string back = "رجوع إلى الخلف";
    const std::string many = "بقي {n} مكانًا فقط، سجّلوا الآن";
    const CatalogueCheck check =
        check_catalogue("ar", posted({{"t_back", back}, {"t_places_left__many", many}}));
    REQUIRE(check.errors.empty());
    CHECK(check.file_text.find(back) != std::string::npos);
    CHECK(check.file_text.find(many) != std::string::npos);
    const Catalogue read = read_back("ar", check.file_text);
    CHECK(read.texts.at("back").forms.at(PluralCategory::Other) == back);
    CHECK(read.texts.at("places_left").forms.at(PluralCategory::Many) == many);
    const std::vector<CatalogueRow> rows = catalogue_rows("ar", check.file_text);
    CHECK(row_for(rows, "back").values.at("") == back);
    CHECK(row_for(rows, "places_left").values.at("many") == many);
}

TEST_CASE("Every built-in catalogue passes the form unchanged", "[catalogue-form]") {
    // Tried: for each of the six languages an empty form and a form with every field as the
    // rows show it (the built-in texts): both give the same file with no error, and the kiosk
    // reads that file with no problem and with the built-in texts.
    for (const std::string& language : kiosk_languages()) {
        INFO(language);
        const CatalogueCheck empty = check_catalogue(language, posted({}));
        REQUIRE(empty.errors.empty());
        std::map<std::string, std::string> fields;
        for (const CatalogueRow& row : catalogue_rows(language, std::nullopt))
            for (const auto& [category, value] : row.values)
                fields[catalogue_field(row.key, category)] = value;
        const CatalogueCheck full = check_catalogue(language, posted(fields));
        REQUIRE(full.errors.empty());
        CHECK(full.file_text == empty.file_text);
        const Catalogue read = read_back(language, full.file_text);
        CHECK(read.texts.size() == builtin_catalogue(language).texts.size());
        for (const auto& [key, text] : builtin_catalogue(language).texts)
            CHECK(read.texts.at(key).forms == text.forms);
    }
}

TEST_CASE("Dutch itself can be edited against the built-in Dutch", "[catalogue-form]") {
    // Tried: the nl form with other words for "back" and for the Dutch "one" form of
    // places_left: the file reads with no problem; Dutch's own categories are one and other.
    const CatalogueCheck check = check_catalogue(
        "nl", posted({{"t_back", "Ga terug"}, {"t_places_left__one", "Nog 1 plaats vrij"}}));
    REQUIRE(check.errors.empty());
    const Catalogue read = read_back("nl", check.file_text);
    CHECK(read.texts.at("back").forms.at(PluralCategory::Other) == "Ga terug");
    CHECK(row_for(catalogue_rows("nl", check.file_text), "places_left").categories ==
          std::vector<std::string>{"one", "other"});
}

TEST_CASE("Texts the kiosk could not use are refused with a Dutch message", "[catalogue-form]") {
    // Tried: an hours list with 23 words (the kiosk's speech needs 24), a tab in a text, bytes
    // that are not UTF-8, a text over the length limit, and a language the kiosk does not have:
    // each an error (at its field where there is one) and no file.
    std::map<std::string, std::string> fields{{"t_back", "Wstecz\tteraz"},
                                              {"t_home", std::string("Start \xff")},
                                              {"t_more_info", std::string(1001, 'a')}};
    std::string hours = "zero";
    for (int hour = 1; hour < 23; ++hour)
        hours += ", " + std::to_string(hour);
    fields["t_spoken_hours"] = hours;
    const CatalogueCheck check = check_catalogue("pl", posted(fields));
    CHECK(check.errors.size() == 4);
    for (const auto& [name, value] : fields)
        CHECK(check.errors.count(name) == 1);
    CHECK(check.errors.at("t_spoken_hours").find("Nu zijn het er 23.") != std::string::npos);
    CHECK(check.file_text.empty());

    const CatalogueCheck french = check_catalogue("fr", posted({}));
    CHECK(french.errors.count("") == 1);
    CHECK(french.file_text.empty());
    CHECK(catalogue_rows("fr", std::nullopt).empty());
}

TEST_CASE("The catalogue page labels every input and marks Arabic inputs", "[catalogue-form]") {
    // Tried: the Arabic page from the built-in rows: every text input has exactly one
    // <label for> with its id, lang="ar" and dir="rtl"; there is one input per plain text and
    // per plural form; the form posts to the language's address with the CSRF field; the heading
    // names the language in Dutch and the button is "Opslaan".
    const DeskAccount account = editor();
    CataloguePage page{"noord", "ar", "", catalogue_rows("ar", std::nullopt), {}, ""};
    const std::string html = catalogue_page({account, "token-123"}, page);

    std::size_t fields = 0;
    for (const CatalogueRow& row : page.rows)
        fields += row.categories.size();
    const std::vector<std::string> inputs = text_inputs(html);
    CHECK(inputs.size() == fields);
    for (const std::string& input : inputs) {
        const std::string id = attribute(input, "id");
        INFO(input);
        REQUIRE_FALSE(id.empty());
        CHECK(attribute(input, "name") == id);
        CHECK(count_of(html, "<label for=\"" + id + "\">") == 1);
        CHECK(attribute(input, "lang") == "ar");
        CHECK(attribute(input, "dir") == "rtl");
    }
    CHECK(html.find("<form method=\"post\" action=\"/desk/groep/noord/taal/ar\">") !=
          std::string::npos);
    CHECK(html.find("name=\"csrf\" value=\"token-123\"") != std::string::npos);
    CHECK(html.find("<h1>Teksten van de kiosk: Arabisch</h1>") != std::string::npos);
    CHECK(html.find("<button type=\"submit\">Opslaan</button>") != std::string::npos);
    CHECK(html.find("Kioskgroep noord</a>") != std::string::npos);
    CHECK(count_of(html, "<fieldset>") == 6); // the plural texts
    CHECK(html.find("<label for=\"t_places_left__two\">Bij het getal 2</label>") !=
          std::string::npos);

    // Polish inputs have their language and no direction of their own.
    const std::string polish = catalogue_page(
        {account, "t"}, {"noord", "pl", "Pools", catalogue_rows("pl", std::nullopt), {}, ""});
    CHECK(
        polish.find("<label for=\"t_places_left__other\">Bij andere getallen, zoals 1,5</label>") !=
        std::string::npos);
    for (const std::string& input : text_inputs(polish)) {
        CHECK(attribute(input, "lang") == "pl");
        CHECK(attribute(input, "dir").empty());
    }
}

TEST_CASE("The catalogue page escapes texts and ties errors to their fields", "[catalogue-form]") {
    // Tried: a Polish "back" text containing <script> and quotes, with an error: the text is
    // escaped in the input's value; the error is above the field, tied by aria-describedby and
    // aria-invalid, and listed in the error summary with a link to the field.
    const DeskAccount account = editor();
    std::vector<CatalogueRow> rows = catalogue_rows("pl", std::nullopt);
    for (CatalogueRow& row : rows)
        if (row.key == "back") row.values[""] = "<script>alert(\"x\")</script>";
    const std::string html = catalogue_page(
        {account, "t"},
        {"noord", "pl", "Pools", rows, {{"t_back", "De kiosk vult {n} hier niet in."}}, ""});
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("value=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;\"") !=
          std::string::npos);
    CHECK(html.find("class=\"foutoverzicht\"") != std::string::npos);
    CHECK(html.find("<a href=\"#t_back\">") != std::string::npos);
    const auto error = html.find("<span id=\"fout-t_back\" class=\"fout\">");
    const auto input = html.find("<input id=\"t_back\"");
    REQUIRE(error != std::string::npos);
    REQUIRE(input != std::string::npos);
    CHECK(error < input);
    const std::string tag = html.substr(input, html.find('>', input) - input + 1);
    CHECK(attribute(tag, "aria-describedby") == "fout-t_back");
    CHECK(attribute(tag, "aria-invalid") == "true");
}

TEST_CASE("The languages page links the six languages with their Dutch names", "[catalogue-form]") {
    // Tried: the page for group noord has the heading and one link per kiosk language, to
    // /desk/groep/noord/taal/<language>, named in Dutch.
    const DeskAccount account = editor();
    const std::string html = languages_page({account, "t"}, "noord");
    CHECK(html.find("<h1>Teksten van de kiosk</h1>") != std::string::npos);
    const std::map<std::string, std::string> names{{"nl", "Nederlands"}, {"en", "Engels"},
                                                   {"pl", "Pools"},      {"tr", "Turks"},
                                                   {"uk", "Oekraïens"},  {"ar", "Arabisch"}};
    for (const auto& [language, name] : names)
        CHECK(html.find("<a href=\"/desk/groep/noord/taal/" + language + "\">" + name + "</a>") !=
              std::string::npos);
}
