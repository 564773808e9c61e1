// A visitor who reads no Dutch: after choosing a language, every label and every spoken text of
// home, the agenda, an activity, the sign-up, the callback request and their confirmations comes
// from that language's catalogue, none from the Dutch one; the privacy reset brings Dutch back.
#include "buurtkiosk/i18n/ui_text.h"
#include "buurtkiosk/store/sign_ups.h"
#include "ui/visitor_fixture.h"

#include <catch2/catch.hpp>

#include <map>
#include <sstream>

using namespace bk;
using namespace bk::test;

namespace {

// A name only the language's own keyboard types: capitals by shift, letters from its second
// page of letters (ż), Turkish i and ı with their capitals.
std::string visitor_name(const std::string& language) {
    if (language == "pl") return "Łucja Żółć";
    if (language == "tr") return "İşık Iğç";
    if (language == "uk") return "Ганна Ящук";
    if (language == "ar") return "ليلى علي";
    return "Anna";
}

// What a visitor in `language` does: look around, sign up, ask to be called back.
std::string visit(const std::string& language) {
    // Each screen's labels and spoken texts, and the layout check (targets, gaps, edges): longer
    // words than Dutch must still fit.
    const std::string look = "print-labels\nprint-spoken\ncheck-layout\n";
    // A name in the visitor's own letters, typed on the keyboard of their language.
    const std::string name = visitor_name(language);
    return "tap language\ntap lang-" + language + "\nexpect-screen home\n" + look +
           "tap tile-agenda\nexpect-screen agenda\n" + look + "tap back\n" + "tap card-" +
           kActivity + "-" + kToday + "\nexpect-screen detail\n" + look +
           "tap sign-up\nexpect-screen sign-up\n" + look + "tap field-first-name\ntype " + name +
           "\ntap-if-visible keyboard-done\ntap confirm\nexpect-screen sign-up-done\n" + look +
           "tap done\nexpect-screen home\ntap tile-callback\n" + look +
           "tap topic-money\ntap field-first-name\ntype " + name +
           "\ntap-if-visible keyboard-done\ntap field-phone\ntype 0612345678\n"
           "tap-if-visible keyboard-done\ntap next\n" +
           look + "tap part-morning\ntap consent\ntap send\nexpect-screen callback-done\n" + look +
           "tap done\nexpect-screen home\n";
}

struct Shown {
    std::string where; // "label sign-up" or "spoken sign-up-notice"
    std::string text;
};

std::vector<Shown> shown_texts(const std::string& output) {
    std::vector<Shown> shown;
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
        for (const char* kind : {"label: ", "spoken: "}) {
            if (!line.starts_with(kind)) continue;
            auto rest = line.substr(std::string(kind).size());
            auto colon = rest.find(": ");
            if (colon == std::string::npos) continue;
            shown.push_back({std::string(kind) + rest.substr(0, colon), rest.substr(colon + 2)});
        }
    }
    return shown;
}

// The longest piece of a text between its placeholders: what must not show up in Dutch.
std::string literal_part(const std::string& text) {
    std::string longest, piece;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '{') {
            if (piece.size() > longest.size()) longest = piece;
            piece.clear();
            auto close = text.find('}', i);
            if (close == std::string::npos) break;
            i = close;
        } else {
            piece += text[i];
        }
    }
    return longest;
}

// Every Dutch text of the catalogue (long enough to be unmistakable) that `language` words
// differently, found in what the screens showed or said.
std::vector<std::string> dutch_left(const std::string& language, const std::vector<Shown>& shown) {
    std::vector<std::string> found;
    const Catalogue& dutch = builtin_catalogue("nl");
    const Catalogue& own = builtin_catalogue(language);
    for (const auto& [key, text] : dutch.texts)
        for (const auto& [category, form] : text.forms) {
            std::string part = literal_part(form);
            if (part.size() < 6) continue;
            bool same = false;
            for (const auto& [c, other] : own.texts.at(key).forms)
                same |= other.find(part) != std::string::npos;
            if (same) continue;
            for (const Shown& s : shown)
                if (s.text.find(part) != std::string::npos)
                    found.push_back(s.where + " shows the Dutch of " + key + ": \"" + part +
                                    "\" in \"" + s.text + "\"");
        }
    return found;
}

bool has(const std::vector<Shown>& shown, const std::string& text) {
    for (const Shown& s : shown)
        if (s.text.find(text) != std::string::npos) return true;
    return false;
}

void check_language(const std::string& language) {
    VisitorFixture kiosk;
    KioskRun run = kiosk.run(visit(language));
    auto shown = shown_texts(run.output);
    REQUIRE(shown.size() > 40);
    for (const std::string& left : dutch_left(language, shown))
        FAIL_CHECK(left);
    std::istringstream lines(run.output);
    int screens_checked = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with("layout checked:")) ++screens_checked;
        if (line.starts_with("layout: ")) FAIL_CHECK(line);
    }
    CHECK(screens_checked == 8);
    // The name arrived as typed, in the language's own letters.
    auto list = SignUps(*kiosk.store()).list_for(kActivity, VisitorFixture::today());
    REQUIRE(list.size() == 1);
    CHECK(list[0].first_name == visitor_name(language));
    // And the language's own words are there, on the buttons the visitor used.
    for (const char* key : {"agenda", "sign_up", "confirm_sign_up", "signed_up", "done",
                            "topic_question", "part_of_day_question", "send", "first_name"}) {
        INFO(key);
        CHECK(has(shown, ui_text(key, language)));
    }
}

} // namespace

TEST_CASE("a visitor in English sees and hears no Dutch of the kiosk's own, on screens that fit",
          "[ui][language]") {
    check_language("en");
}

TEST_CASE("a visitor in Polish sees and hears no Dutch of the kiosk's own, on screens that fit, "
          "and types a name with Polish letters",
          "[ui][language]") {
    check_language("pl");
}

TEST_CASE("a visitor in Turkish sees and hears no Dutch of the kiosk's own, on screens that fit, "
          "and i and ı have the capitals İ and I",
          "[ui][language]") {
    check_language("tr");
}

TEST_CASE("a visitor in Ukrainian sees and hears no Dutch of the kiosk's own, on screens that fit",
          "[ui][language]") {
    check_language("uk");
}

TEST_CASE("a visitor in Arabic sees and hears no Dutch of the kiosk's own, on screens that fit, "
          "and types a name in Arabic letters",
          "[ui][language]") {
    check_language("ar");
}

TEST_CASE("in Arabic the screen is mirrored: back and the activities on the right, the speaker "
          "and the tiles on the left",
          "[ui][language]") {
    VisitorFixture kiosk;
    auto places = [](const std::string& output) {
        std::map<std::string, std::pair<float, float>> out;
        std::istringstream lines(output);
        for (std::string line; std::getline(lines, line);) {
            if (!line.starts_with("place: ")) continue;
            auto colon = line.find(": ", 7);
            std::istringstream edges(line.substr(colon + 2));
            float left = 0, right = 0;
            edges >> left >> right;
            out[line.substr(7, colon - 7)] = {left, right};
        }
        return out;
    };
    std::string card = "card-" + std::string(kActivity) + "-" + kToday;
    KioskRun dutch = kiosk.run("print-places\ntap " + card + "\nprint-places\n");
    KioskRun arabic =
        kiosk.run("tap language\ntap lang-ar\nexpect-screen home\nprint-places\ntap " + card +
                  "\nexpect-screen detail\nprint-places\n");
    auto nl = places(dutch.output), ar = places(arabic.output);
    const float middle = 1920 / 2.0f; // the fixture's window is 1920 wide
    // Home: the activities where reading starts, the tiles and the speaker at the other end.
    REQUIRE(nl.count(card));
    REQUIRE(ar.count(card));
    CHECK(nl[card].first < middle);
    CHECK(ar[card].first > middle - 200);
    CHECK(nl["tile-agenda"].first > middle);
    CHECK(ar["tile-agenda"].second < middle);
    CHECK(nl["speak-screen"].first > middle);
    CHECK(ar["speak-screen"].second < middle);
    // The activity: "back" under the right hand, the screen's speaker on the left.
    CHECK(nl["back"].second < middle);
    CHECK(ar["back"].first > middle);
    CHECK(ar["home"].second < ar["back"].first);
}

TEST_CASE("the privacy reset brings back Dutch after a visitor in Polish", "[ui][language]") {
    VisitorFixture kiosk;
    KioskRun run = kiosk.run("tap language\ntap lang-pl\nexpect-screen home\nexpect-visible " +
                             std::string(ui_text("agenda_hint", "pl")) +
                             "\nadvance 80\nexpect-screen home\nprint-labels\nprint-spoken\n");
    auto shown = shown_texts(run.output);
    CHECK(has(shown, "Wat is er te doen?"));
    CHECK_FALSE(has(shown, ui_text("agenda_hint", "pl")));
}

TEST_CASE("a Ukrainian visitor types in Cyrillic, and in Latin letters after 'abc'",
          "[ui][language]") {
    VisitorFixture kiosk;
    // Я is on the second page of letters; "abc" brings the Latin ones, "абв" back.
    kiosk.run(
        "tap language\ntap lang-uk\ntap card-" + std::string(kActivity) + "-" + kToday +
        "\ntap sign-up\ntap field-first-name\ntap key-shift\ntap key-о\ntap key-л\ntap key-more\n"
        "tap key-я\ntap key-space\ntap key-latin\ntap key-shift\ntap key-o\n"
        "tap key-l\ntap key-y\ntap key-a\ntap key-own\nexpect-visible key-ґ\n"
        "tap-if-visible keyboard-done\ntap confirm\nexpect-screen sign-up-done\n");
    auto list = SignUps(*kiosk.store()).list_for(kActivity, VisitorFixture::today());
    REQUIRE(list.size() == 1);
    CHECK(list[0].first_name == "Оля Olya");
}
