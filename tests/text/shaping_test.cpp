// The glyphs the kiosk draws for Arabic are the ones HarfBuzz's own hb-shape gives for the same
// font and size: ids, clusters, advances and offsets, for the Arabic catalogue's phrases.
#include "buurtkiosk/i18n/ui_text.h"
#include "support/temp_dir.h"
#include "text/arabic_font.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>

using namespace bk;

namespace {
const std::string kRegular = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";
const std::string kBold = "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf";

std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        out.append(buffer, n);
    pclose(pipe);
    return out;
}

// Phrases of the Arabic catalogue made only of Arabic letters and spaces: what hb-shape shapes
// as one right-to-left run, as the kiosk does.
std::vector<std::string> arabic_phrases() {
    std::vector<std::string> out;
    for (const auto& [key, text] : builtin_catalogue("ar").texts)
        for (const auto& [category, form] : text.forms) {
            std::vector<TextRun> runs = visual_runs(form, true);
            if (runs.size() == 1 && runs[0].arabic && runs[0].right_to_left) out.push_back(form);
        }
    return out;
}
} // namespace

TEST_CASE("the kiosk's Arabic glyphs are hb-shape's, glyph for glyph", "[text][shaping]") {
    std::vector<std::string> phrases = arabic_phrases();
    REQUIRE(phrases.size() >= 20);
    test::TempDir dir;
    for (const std::string& path : {kRegular, kBold}) {
        ArabicFont font(path);
        REQUIRE(font.loaded());
        for (float em : {19.0f, 41.0f}) {
            for (const std::string& phrase : phrases) {
                INFO(path << " at " << em << " px per em: " << phrase);
                std::ofstream(dir / "text.txt") << phrase;
                // --font-size in 64ths of a pixel: hb-shape prints whole units of that scale.
                std::string out = run(
                    "hb-shape --utf8-clusters --no-glyph-names --output-format=json --font-size=" +
                    std::to_string(std::lround(em * 64)) + " --text-file='" +
                    (dir / "text.txt").string() + "' '" + path + "'");
                nlohmann::json expected = nlohmann::json::parse(out, nullptr, false);
                REQUIRE(expected.is_array());
                std::vector<ShapedGlyph> glyphs =
                    font.shape(phrase, TextRun{0, phrase.size(), true, true}, em);
                REQUIRE(glyphs.size() == expected.size());
                for (std::size_t i = 0; i < glyphs.size(); ++i) {
                    CHECK(glyphs[i].id == expected[i]["g"].get<unsigned>());
                    CHECK(glyphs[i].byte == expected[i]["cl"].get<std::size_t>());
                    CHECK(std::lround(glyphs[i].advance * 64) == expected[i]["ax"].get<long>());
                    CHECK(std::lround(glyphs[i].x_offset * 64) == expected[i]["dx"].get<long>());
                    CHECK(std::lround(glyphs[i].y_offset * 64) == expected[i]["dy"].get<long>());
                }
            }
        }
    }
}

TEST_CASE("joined letters: a word's letters are not drawn in their lone forms", "[text][shaping]") {
    // "مرحبا" has five letters; the isolated forms would be the glyphs of each letter alone.
    ArabicFont font(kRegular);
    REQUIRE(font.loaded());
    std::string word = "مرحبا";
    std::vector<ShapedGlyph> joined = font.shape(word, TextRun{0, word.size(), true, true}, 30);
    std::vector<unsigned> alone;
    for (std::size_t i = 0; i < word.size(); i += 2) {
        std::string letter = word.substr(i, 2);
        alone.push_back(font.shape(letter, TextRun{0, 2, true, true}, 30).at(0).id);
    }
    std::reverse(alone.begin(), alone.end()); // visual order, as the shaped word
    std::vector<unsigned> ids;
    for (const ShapedGlyph& g : joined)
        ids.push_back(g.id);
    REQUIRE(ids.size() == alone.size());
    CHECK(ids != alone);
    // Right to left: the first letter (mim, at byte 0) is drawn last, at the right end.
    CHECK(joined.back().byte == 0);
    CHECK(joined.front().byte == word.size() - 2);
}

TEST_CASE("a missing font file is reported as not loaded, and shapes nothing", "[text]") {
    ArabicFont font("/nonexistent/font.ttf");
    CHECK_FALSE(font.loaded());
    CHECK(font.shape("علي", TextRun{0, 6, true, true}, 20).empty());
    CHECK(em_per_line_height("/nonexistent/font.ttf") == 0.0f);
    // Noto Sans: 1000 units per em, 1069 above and 293 below the baseline.
    CHECK(em_per_line_height("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf") ==
          Approx(1000.0 / 1362.0).epsilon(0.01));
}
