// A visitor who reads no Dutch: after choosing a language, every label and every spoken text of
// home, the agenda, an activity, the sign-up, the callback request and their confirmations comes
// from that language's catalogue, none from the Dutch one; the privacy reset brings Dutch back.
#include "buurtkiosk/i18n/ui_text.h"
#include "ui/visitor_fixture.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace bk;
using namespace bk::test;

namespace {

// What a visitor in `language` does: look around, sign up, ask to be called back.
std::string visit(const std::string& language) {
    const std::string look = "print-labels\nprint-spoken\n";
    return "tap language\ntap lang-" + language + "\nexpect-screen home\n" + look +
           "tap tile-agenda\nexpect-screen agenda\n" + look + "tap back\n" + "tap card-" +
           kActivity + "-" + kToday + "\nexpect-screen activity\n" + look +
           "tap sign-up\nexpect-screen sign-up\n" + look + "type Anna\ntap confirm\n" +
           "expect-screen sign-up-done\n" + look + "tap done\nexpect-screen home\n" +
           "tap tile-callback\n" + look + "tap topic-money\ntype Anna\ntap field-phone\n" +
           "type 0612345678\ntap next\n" + look +
           "tap part-morning\ntap consent\ntap send\nexpect-screen callback-done\n" + look +
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
    // And the language's own words are there, on the buttons the visitor used.
    for (const char* key : {"agenda", "sign_up", "confirm_sign_up", "signed_up", "done",
                            "topic_question", "next", "send", "first_name"}) {
        INFO(key);
        CHECK(has(shown, ui_text(key, language)));
    }
}

} // namespace

TEST_CASE("a visitor in English sees and hears no Dutch of the kiosk's own", "[ui][language]") {
    check_language("en");
}

TEST_CASE("a visitor in Polish sees and hears no Dutch of the kiosk's own", "[ui][language]") {
    check_language("pl");
}

TEST_CASE("a visitor in Turkish sees and hears no Dutch of the kiosk's own", "[ui][language]") {
    check_language("tr");
}

TEST_CASE("a visitor in Ukrainian sees and hears no Dutch of the kiosk's own", "[ui][language]") {
    check_language("uk");
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
