// What the screens get: the text in the visitor's language, a bundle's correction over the
// built-in words, Dutch where a language lacks a text, plural forms and dates per language.
#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace bk;

namespace {
// Puts the built-in words back when a test that installed a bundle's ends.
struct BuiltinAfterwards {
    ~BuiltinAfterwards() { use_ui_texts(std::make_shared<const UiTexts>()); }
};

Catalogue catalogue(const std::string& language,
                    std::initializer_list<std::pair<const char*, const char*>> texts) {
    Catalogue c{language, {}};
    for (const auto& [key, text] : texts)
        c.texts[key].forms[PluralCategory::Other] = text;
    return c;
}

// "22 wolne miejsca" -> "# wolne miejsca": the form, whatever the number.
std::string form_of(const std::string& language, long long n) {
    return std::regex_replace(ui_plural("places_left", language, n), std::regex("[0-9]+"), "#");
}
} // namespace

TEST_CASE("each language has its own words for the visitor's buttons") {
    CHECK(std::string(ui_text("confirm_sign_up", "nl")) == "Meld mij aan");
    CHECK(std::string(ui_text("confirm_sign_up", "en")) == "Sign me up");
    std::set<std::string> seen;
    for (const std::string& language : kiosk_languages()) {
        INFO(language);
        for (const char* key : {"confirm_sign_up", "back", "callback", "send", "first_name"})
            CHECK(seen.insert(ui_text(key, language)).second);
    }
}

TEST_CASE(
    "a bundle's catalogue replaces its language's words, and a text it lacks shows in Dutch") {
    BuiltinAfterwards restore;
    use_ui_texts(std::make_shared<const UiTexts>(
        std::vector<Catalogue>{catalogue("pl", {{"back", "Powrót"}})}));
    CHECK(std::string(ui_text("back", "pl")) == "Powrót");
    CHECK(std::string(ui_text("home", "pl")) == "Home"); // Dutch: the bundle's pl lacks it
    CHECK(std::string(ui_text("back", "en")) == "Back"); // built-in: the bundle has no en
    use_ui_texts(std::make_shared<const UiTexts>());
    CHECK(std::string(ui_text("home", "pl")) != "Home");
}

TEST_CASE("a text no catalogue has is empty, never its key") {
    CHECK(std::string(ui_text("no-such-text", "pl")).empty());
    CHECK(ui_plural("no-such-text", "pl", 3).empty());
}

TEST_CASE("places left take each language's plural form") {
    CHECK(ui_plural("places_left", "nl", 1) == "1 plaats vrij");
    CHECK(ui_plural("places_left", "nl", 8) == "8 plaatsen vrij");
    CHECK(ui_plural("places_left", "en", 1) == "1 place left");
    CHECK(ui_plural("places_left", "en", 8) == "8 places left");
    // Three forms in Polish and Ukrainian: 1, 2 and 5 differ; 22 is like 2, 12 like 5.
    for (const char* language : {"pl", "uk"}) {
        INFO(language);
        CHECK(form_of(language, 1) != form_of(language, 2));
        CHECK(form_of(language, 2) != form_of(language, 5));
        CHECK(form_of(language, 1) != form_of(language, 5));
        CHECK(form_of(language, 22) == form_of(language, 2));
        CHECK(form_of(language, 12) == form_of(language, 5));
        CHECK(ui_plural("places_left", language, 22).find("22") != std::string::npos);
    }
    // Ukrainian 21 takes the form of 1; Polish 21 that of 5.
    CHECK(form_of("uk", 21) == form_of("uk", 1));
    CHECK(form_of("pl", 21) == form_of("pl", 5));
    // Arabic: six forms; 3 and 11 differ, 100 is "other".
    CHECK(form_of("ar", 3) != form_of("ar", 11));
    CHECK(form_of("ar", 11) != form_of("ar", 100));
}

TEST_CASE("placeholders besides the number are filled in") {
    CHECK(ui_plural("places_short", "nl", 2, {{"people", "4"}}) ==
          "Er zijn nog 2 plaatsen. U bent met 4. Meld u aan met 2 personen, of kies de "
          "wachtlijst.");
    CHECK(ui_text("today_at", "en", {{"place", "Buurtkamer De Linde"}}) ==
          "Today at Buurtkamer De Linde");
}

TEST_CASE("dates in each language, from the catalogue's names and order") {
    const Date tuesday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};
    CHECK(long_date("nl", tuesday) == "dinsdag 24 november");
    CHECK(long_date("en", tuesday) == "Tuesday 24 November");
    for (const std::string& language : kiosk_languages()) {
        INFO(language);
        std::string date = long_date(language, tuesday);
        CHECK(date.find("24") != std::string::npos);
        CHECK(date.find(weekday_name(language, 2)) != std::string::npos);
        CHECK(date.find(month_name(language, 11)) != std::string::npos);
        CHECK(date.find('{') == std::string::npos);
    }
}
