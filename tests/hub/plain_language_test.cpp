// Plain-language hints (hub/plain_language.h) for Dutch texts at the desk: long sentences, long
// words counted in code points, the passive voice and jargon from the built-in list and from a
// municipality's file, in the order of the text and at most ten.
#include "plain_language.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace bk;
using namespace bk::hub;

namespace {

std::vector<PlainLanguageHint> hints(const std::string& text,
                                     const std::vector<JargonEntry>& jargon = {}) {
    return plain_language_hints(text, jargon);
}

std::vector<std::string> kinds(const std::vector<PlainLanguageHint>& found) {
    std::vector<std::string> out;
    for (const auto& hint : found)
        out.push_back(hint.kind);
    return out;
}

// All messages, one a line, for INFO when a check fails.
std::string all_messages(const std::vector<PlainLanguageHint>& found) {
    std::string out;
    for (const auto& hint : found)
        out += hint.kind + ": " + hint.message + "\n";
    return out;
}

} // namespace

// Tries: short sentences in everyday words give the editor nothing to fix.
TEST_CASE("a plain B1 text gives no hints", "[plain-language]") {
    const auto found = hints("Drink een kopje koffie of thee. Maak een praatje met buren. Gratis.");
    INFO(all_messages(found));
    CHECK(found.empty());
    CHECK(hints("").empty());
    CHECK(hints(" \n\n  ").empty());
}

// Tries: a sentence of 23 words gets one hint that counts them and quotes the first seven words.
TEST_CASE("a sentence of 23 words gets one long-sentence hint quoting its start",
          "[plain-language]") {
    const auto found = hints("Heeft u een vraag over geld, zorg of wonen en weet u niet waar u met "
                             "die vraag terecht kunt in de wijk?");
    INFO(all_messages(found));
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == "long-sentence");
    CHECK(found[0].message == "Deze zin heeft 23 woorden: \"Heeft u een vraag over geld, zorg …\". "
                              "Maak er twee of drie korte zinnen van (hoogstens 15 woorden).");
}

// Tries: the threshold itself. 15 words are still fine, 16 are one too many.
TEST_CASE("15 words make no long sentence and 16 do", "[plain-language]") {
    const std::string fifteen =
        "Elke dinsdag drinken wij samen koffie in het buurthuis aan de Lindelaan bij de kerk.";
    CHECK(hints(fifteen).empty());
    const auto found = hints("Elke dinsdag drinken wij samen koffie in het buurthuis aan de "
                             "Lindelaan vlak bij de kerk.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("Deze zin heeft 16 woorden") == 0);
}

// Tries: the dot in "10.00" and after "bijv.", "o.a." and an initial does not end the sentence,
// so these sentences still count all their words.
TEST_CASE("times and abbreviations do not split a sentence", "[plain-language]") {
    auto found =
        hints("De koffieochtend in het buurthuis begint elke dinsdag om 10.00 uur en duurt "
              "tot ongeveer twaalf uur.");
    INFO(all_messages(found));
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("Deze zin heeft 17 woorden") == 0);

    found = hints("Neem bijv. een tas, een jas, o.a. een paraplu en ook iets te drinken mee naar "
                  "mevrouw J. Jansen.");
    INFO(all_messages(found));
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("Deze zin heeft 19 woorden") == 0);
}

// Tries: . ! ? and a line break without punctuation do end sentences: five sentences of 8 or 9
// words, any two of them together too long, give no hint.
TEST_CASE("sentence ends and line breaks split a text into sentences", "[plain-language]") {
    const auto found = hints("Kom langs in het buurthuis aan de Lindelaan. Heeft u zin in een "
                             "kopje koffie vandaag?\nNeem gerust een vriend of een buur mee\n"
                             "Het is helemaal gratis voor iedereen uit de buurt! Wij zien u graag "
                             "op dinsdag om 10.00 uur.");
    INFO(all_messages(found));
    CHECK(found.empty());
}

// Tries: letters are counted as code points: "privéafspraken" has 14 letters in 15 bytes and is
// fine, "coördinatiebijeenkomst" has 22; the limit is 14 letters ("wijkactiviteit" passes,
// "koffieochtenden" with 15 does not).
TEST_CASE("long words are counted in code points", "[plain-language]") {
    CHECK(hints("Wij maken privéafspraken.").empty());
    CHECK(hints("Een wijkactiviteit.").empty());

    auto found = hints("Er zijn ondersteuningsmogelijkheden.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == "long-word");
    CHECK(found[0].message ==
          "\"ondersteuningsmogelijkheden\" is een lang woord. Kan het korter of in twee woorden?");

    found = hints("Welkom bij de coördinatiebijeenkomst.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "\"coördinatiebijeenkomst\" is een lang woord. Kan het korter of in twee woorden?");

    found = hints("Wij houden koffieochtenden.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("\"koffieochtenden\"") == 0);
}

// Tries: a long word that comes back is reported once; the parts of a hyphenated word count on
// their own; web and e-mail addresses are no words.
TEST_CASE("each long word once and no hints for addresses", "[plain-language]") {
    auto found = hints("Ondersteuningsmogelijkheden zijn er. Vraag naar de "
                       "ondersteuningsmogelijkheden.");
    INFO(all_messages(found));
    CHECK(found.size() == 1);

    CHECK(hints("Kijk op www.ondersteuningsmogelijkheden.nl of "
                "https://gemeente.nl/ondersteuningsmogelijkheden.")
              .empty());
    CHECK(hints("Mail info@ondersteuningsmogelijkheden.nl.").empty());
    CHECK(hints("Lees de buurthuis-nieuwsbrief.").empty());
}

// Tries: "wordt" with a participle is passive and gets an example in the active voice; active
// sentences and "wordt" with an adjective are not.
TEST_CASE("a passive sentence gets a hint and an active one does not", "[plain-language]") {
    auto found = hints("De koffieochtend wordt georganiseerd door vrijwilligers.");
    INFO(all_messages(found));
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == "passive");
    CHECK(found[0].message == "\"wordt georganiseerd\": schrijf actief, wie doet het? "
                              "Bijvoorbeeld: \"Wij organiseren …\"");

    CHECK(hints("Wij organiseren de koffieochtend.").empty());
    CHECK(hints("Het gebouw wordt groen.").empty());
    CHECK(hints("Het wordt gezellig. Het wordt gemiddeld twintig graden.").empty());
    CHECK(hints("Twee weken geleden werd ik gebeten door een hond.").size() == 1);
    // "Word" as the program, with a participle in the same sentence
    CHECK(hints("Maak een brief in Word met een gekleurd kader.").empty());
}

// Tries: the participle may come before the form of "worden" or further away, a separable verb
// gets its particle at the end, and a sentence with two passives gets one hint.
TEST_CASE("passive word orders and one hint per sentence", "[plain-language]") {
    auto found = hints("U wordt door ons uitgenodigd.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "\"wordt … uitgenodigd\": schrijf actief, wie doet het? "
                              "Bijvoorbeeld: \"Wij nodigen … uit\"");

    found = hints("Het is een les die door vrijwilligers gegeven wordt.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("\"gegeven wordt\"") == 0);
    CHECK(found[0].message.find("\"Wij geven …\"") != std::string::npos);

    found = hints("De koffie wordt gezet en de tafels worden gedekt.");
    INFO(all_messages(found));
    CHECK(kinds(found) == std::vector<std::string>{"passive"});

    found = hints("De zaal is door de buren opgeknapt.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("\"is … opgeknapt\"") == 0);
}

// Tries: a word of the built-in list gets its plainer word; mantelzorg is not jargon.
TEST_CASE("jargon from the built-in list", "[plain-language]") {
    auto found = hints("Wij helpen u middels een formulier.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == "jargon");
    CHECK(found[0].message == "\"middels\" is ambtelijke taal. Schrijf liever: \"met\".");

    found = hints("Dit is ten behoeve van de buurt.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "\"ten behoeve van\" is ambtelijke taal. Schrijf liever: \"voor\".");

    CHECK(hints("Mantelzorg is zorg voor een naaste.").empty());

    const auto& list = built_in_jargon();
    CHECK(list.size() >= 30);
    CHECK(list.size() <= 60);
    const auto has = [&](const std::string& word) {
        return std::any_of(list.begin(), list.end(),
                           [&](const JargonEntry& entry) { return entry.word == word; });
    };
    CHECK(has("teneinde"));
    CHECK(has("aanvraag indienen"));
    CHECK_FALSE(has("mantelzorg"));
}

// Tries: the municipality's file with a comment, a blank line, an inline comment, an entry with
// and one without a plainer word, and lines that are no entry (no word, two '=', a word without a
// letter, bytes that are not UTF-8); those entries are then found in a text, and jargon that is
// also a long word gets the jargon hint only.
TEST_CASE("jargon from a municipality file", "[plain-language]") {
    test::TempDir dir;
    dir.write("jargon.txt", "# Woorden die de gemeente liever niet ziet\n"
                            "wijkteamconsulent = medewerker van het wijkteam\n"
                            "\n"
                            "keukentafelgesprek\n"
                            "maatwerk   voorziening = hulp op maat   # uit de Wmo\r\n"
                            "= zonder woord\n"
                            "voorziening = hulp = steun\n"
                            "1234 = vier cijfers\n"
                            "\xFF\xFE = kapot\n");
    const auto list = read_jargon_file(dir / "jargon.txt");
    REQUIRE(list.size() == 3);
    CHECK(list[0].word == "wijkteamconsulent");
    CHECK(list[0].instead == "medewerker van het wijkteam");
    CHECK(list[1].word == "keukentafelgesprek");
    CHECK(list[1].instead.empty());
    CHECK(list[2].word == "maatwerk voorziening");
    CHECK(list[2].instead == "hulp op maat");

    const auto found = hints("Een wijkteamconsulent komt voor een keukentafelgesprek. U krijgt een "
                             "maatwerk\nvoorziening.",
                             list);
    INFO(all_messages(found));
    REQUIRE(found.size() == 3);
    CHECK(found[0].message == "\"wijkteamconsulent\" is ambtelijke taal. Schrijf liever: "
                              "\"medewerker van het wijkteam\".");
    CHECK(found[1].message == "\"keukentafelgesprek\" is ambtelijke taal.");
    CHECK(found[2].message ==
          "\"maatwerk voorziening\" is ambtelijke taal. Schrijf liever: \"hulp op maat\".");

    CHECK(read_jargon_file(dir / "missing.txt").empty());
    // Without the file, "middels" is still jargon and "keukentafelgesprek" only a long word.
    CHECK(kinds(hints("Wij helpen middels een keukentafelgesprek.")) ==
          std::vector<std::string>{"jargon", "long-word"});
}

// Tries: jargon is found in any case, and the plainer word for a word that starts a sentence
// starts with a capital too (but not for one inside a sentence).
TEST_CASE("jargon is found in any case", "[plain-language]") {
    auto found = hints("INDIEN u komt, neem MIDDELS de fiets.");
    INFO(all_messages(found));
    REQUIRE(found.size() == 2);
    CHECK(found[0].message == "\"INDIEN\" is ambtelijke taal. Schrijf liever: \"Als\".");
    CHECK(found[1].message == "\"MIDDELS\" is ambtelijke taal. Schrijf liever: \"met\".");
    const auto start = hints("Middels.");
    REQUIRE(start.size() == 1);
    CHECK(start[0].message == "\"Middels\" is ambtelijke taal. Schrijf liever: \"Met\".");

    found = hints("De Wijkteamconsulent komt.", {{"wijkteamconsulent", ""}});
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "\"Wijkteamconsulent\" is ambtelijke taal.");
}

// Tries: only whole words and phrases match. "indien" is not found inside "indienen" (which is on
// the list itself), nor "mits" inside "Smits", nor "reeds" inside "Reedsdorp", nor a phrase of
// which only the start is in the text.
TEST_CASE("jargon matches whole words only", "[plain-language]") {
    auto found = hints("U kunt het formulier indienen.");
    INFO(all_messages(found));
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "\"indienen\" is ambtelijke taal. Schrijf liever: \"insturen\".");

    found = hints("U kunt een aanvraag indienen.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("\"aanvraag indienen\"") == 0);

    CHECK(hints("Bakkerij Smits bakt taart in Reedsdorp.").empty());
    CHECK(hints("Kom op tijd voor de koffie.", {{"tijd voor de thee", "pauze"}}).empty());
}

// Tries: hints come in the order of the text, whatever their kind.
TEST_CASE("hints come in the order of the text", "[plain-language]") {
    const auto found = hints("Indien u wilt wordt de koffie gezet. Daarna volgen de "
                             "ondersteuningsmogelijkheden.");
    INFO(all_messages(found));
    CHECK(kinds(found) == std::vector<std::string>{"jargon", "passive", "long-word"});
}

// Tries: a text full of jargon gets ten hints, the first ten in the text.
TEST_CASE("at most 10 hints", "[plain-language]") {
    const auto found = hints("Teneinde. Middels. Inzake. Reeds. Alsmede. Derhalve. Thans. Omtrent. "
                             "Tevens. Wellicht. Trachten. Hetgeen.");
    INFO(all_messages(found));
    REQUIRE(found.size() == 10);
    CHECK(found[0].message.find("\"Teneinde\"") == 0);
    CHECK(found[9].message.find("\"Wellicht\"") == 0);
}
