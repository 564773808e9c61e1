// The display order of lines that mix Arabic with digits and Latin words.
#include "text/bidi_runs.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace bk;

namespace {
// The runs as the text they hold, left to right on screen.
std::vector<std::string> shown(const std::string& line, bool right_to_left) {
    std::vector<std::string> out;
    for (const TextRun& r : visual_runs(line, right_to_left))
        out.push_back(line.substr(r.begin, r.end - r.begin));
    return out;
}
} // namespace

TEST_CASE("a line without Arabic is one left-to-right run, in either direction", "[text]") {
    for (bool rtl : {false, true}) {
        auto runs = visual_runs("Digicafé 12:30", rtl);
        REQUIRE(runs.size() == 1);
        CHECK_FALSE(runs[0].right_to_left);
        CHECK_FALSE(runs[0].arabic);
        CHECK(runs[0].end == std::string("Digicafé 12:30").size());
    }
    CHECK(visual_runs("", true).empty());
    CHECK_FALSE(has_right_to_left("Łucja Żółć, Ганна Ящук, İşık"));
    CHECK(has_right_to_left("Ali علي"));
}

TEST_CASE("in an Arabic line, a time and a Latin name keep their own order, from the right",
          "[text]") {
    // Logical: "welcome" in Arabic, a time, the name Digicafé. On an Arabic screen the Arabic
    // word is on the right, then (going left) the time, then the name; each reads as written.
    std::string line = "مرحبا 12:30 Digicafé";
    CHECK(shown(line, true) == std::vector<std::string>{"Digicafé", " ", "12:30", "مرحبا "});
    auto runs = visual_runs(line, true);
    REQUIRE(runs.size() == 4);
    CHECK(runs.back().arabic);
    CHECK(runs.back().right_to_left);
    CHECK_FALSE(runs[0].right_to_left);
    CHECK_FALSE(runs[0].arabic);
    CHECK_FALSE(runs[2].arabic);
    // A Latin word first: digits after it belong to it (rule W7), the Arabic is on the right.
    CHECK(shown("مرحبا Digicafé 12:30", true) ==
          std::vector<std::string>{"Digicafé 12:30", "مرحبا "});
}

TEST_CASE("an Arabic word inside a Dutch line stays where it was written", "[text]") {
    // A volunteer screen (left to right) showing a name typed in Arabic.
    std::string line = "Naam: علي en Ali";
    CHECK(shown(line, false) == std::vector<std::string>{"Naam: ", "علي", " en Ali"});
}

TEST_CASE("Arabic-Indic digits are shaped with the Arabic font, in reading order", "[text]") {
    std::string line = "الساعة ١٢";
    auto runs = visual_runs(line, true);
    REQUIRE(runs.size() >= 2);
    CHECK(line.substr(runs.front().begin, runs.front().end - runs.front().begin) == "١٢");
    CHECK(runs.front().arabic);
    CHECK_FALSE(runs.front().right_to_left);
}

TEST_CASE("bytes that are not UTF-8 do not stop the line", "[text]") {
    std::string line = "علي \xff\xfe ok";
    auto runs = visual_runs(line, true);
    std::size_t covered = 0;
    for (const TextRun& r : runs)
        covered += r.end - r.begin;
    CHECK(covered == line.size());
}

TEST_CASE("a run drawn left to right by Dear ImGui is reversed with its brackets mirrored",
          "[text]") {
    CHECK(display_order("(abc)") == "(cba)");
    CHECK(display_order("– €") == "€ –");
    CHECK(display_order("") == "");
}
