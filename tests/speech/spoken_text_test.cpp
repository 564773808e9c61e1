// The map from spoken text back to display text, which word highlighting relies on.
#include "buurtkiosk/speech/speech_rules.h"
#include "buurtkiosk/speech/utf8.h"

#include <catch2/catch.hpp>

namespace {

// The display text behind the first occurrence of `spoken_word` in the spoken text.
std::string shown_for(const bk::SpokenText& spoken, std::string_view display,
                      std::string_view spoken_word) {
    const std::size_t at = spoken.text.find(spoken_word);
    REQUIRE(at != std::string::npos);
    const bk::ByteRange r = spoken.display_range({at, at + spoken_word.size()});
    return std::string(display.substr(r.begin, r.end - r.begin));
}

} // namespace

TEST_CASE("Spoken words map back to the display words they came from") {
    const std::string display = "\uE002 Koffie om 10:30, € 3,50 p.p. Bel 06 12345678.";
    const auto spoken = bk::prepare_speech_text(display, "nl", {.reference_year = 2026});
    CHECK(shown_for(spoken, display, "Koffie") == "Koffie");
    CHECK(shown_for(spoken, display, "half") == "10:30");
    CHECK(shown_for(spoken, display, "elf") == "10:30");
    CHECK(shown_for(spoken, display, "vijftig") == "€ 3,50");
    CHECK(shown_for(spoken, display, "persoon") == "p.p.");
    CHECK(shown_for(spoken, display, "nul zes") == "06");
    CHECK(shown_for(spoken, display, "vier vijf zes") == "456");
    CHECK(shown_for(spoken, display, "Bel") == "Bel");
}

TEST_CASE("Verbatim text maps byte for byte, also across accents") {
    const std::string display = "Één café in de wijk";
    const auto spoken = bk::prepare_speech_text(display, "nl");
    CHECK(spoken.text == display);
    CHECK(shown_for(spoken, display, "café") == "café");
    CHECK(shown_for(spoken, display, "wijk") == "wijk");
}

TEST_CASE("A pause inserted for a line break maps to nothing") {
    const std::string display = "Titel\nTekst";
    const auto spoken = bk::prepare_speech_text(display, "nl");
    const std::size_t dot = spoken.text.find('.');
    REQUIRE(dot != std::string::npos);
    CHECK(spoken.display_range({dot, dot + 1}).empty());
}

TEST_CASE("UTF-8 character offsets") {
    const auto offsets = bk::utf8_char_offsets("a\u00e9\u20ac\U0001F600");
    CHECK(offsets == std::vector<std::size_t>{0, 1, 3, 6, 10});
    CHECK(bk::decode_utf8("\xff", 0).code_point == 0xFFFD);
    CHECK(bk::decode_utf8("\xe2\x82", 0).length == 1); // truncated sequence
}
