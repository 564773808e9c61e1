#include "text/bidi_runs.h"

#include "buurtkiosk/speech/utf8.h"

#include <fribidi.h>

#include <algorithm>

namespace bk {

namespace {
bool arabic_script(char32_t c) {
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
           (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
           (c >= 0xFE70 && c <= 0xFEFF);
}

struct LevelRun {
    TextRun run;
    FriBidiLevel level = 0;
};

// Rule L2 of the algorithm on whole runs (each has one level): from the highest level down to
// the lowest odd one, every stretch of runs at that level or above is reversed.
void reorder(std::vector<LevelRun>& runs) {
    FriBidiLevel highest = 0, lowest_odd = FRIBIDI_BIDI_MAX_RESOLVED_LEVELS;
    for (const LevelRun& r : runs) {
        highest = std::max(highest, r.level);
        if (r.level % 2) lowest_odd = std::min(lowest_odd, r.level);
    }
    for (int level = highest; level >= lowest_odd && level > 0; --level) {
        auto at_or_above = [&](const LevelRun& r) { return r.level >= level; };
        auto it = runs.begin();
        while (it != runs.end()) {
            it = std::find_if(it, runs.end(), at_or_above);
            auto stop = std::find_if_not(it, runs.end(), at_or_above);
            std::reverse(it, stop);
            it = stop;
        }
    }
}
} // namespace

std::string display_order(std::string_view run) {
    std::vector<char32_t> chars;
    for (std::size_t i = 0; i < run.size();) {
        DecodedChar c = decode_utf8(run, i);
        chars.push_back(c.code_point);
        i += c.length;
    }
    std::reverse(chars.begin(), chars.end());
    for (char32_t& c : chars) {
        FriBidiChar mirror = 0;
        if (fribidi_get_mirror_char(c, &mirror)) c = mirror;
    }
    std::vector<FriBidiChar> unicode(chars.begin(), chars.end());
    std::string out(unicode.size() * 4 + 1, '\0'); // at most four bytes a character
    FriBidiStrIndex n =
        fribidi_unicode_to_charset(FRIBIDI_CHAR_SET_UTF8, unicode.data(),
                                   static_cast<FriBidiStrIndex>(unicode.size()), out.data());
    out.resize(static_cast<std::size_t>(n));
    return out;
}

bool has_right_to_left(std::string_view text) {
    // Hebrew and Arabic (U+0590-U+08FF) start with lead bytes 0xD6-0xE0; the presentation forms
    // (U+FB1D-U+FEFF) with 0xEF. A second look at the code point keeps the rest out.
    for (std::size_t i = 0; i < text.size();) {
        auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0xD6) {
            ++i;
            continue;
        }
        DecodedChar c = decode_utf8(text, i);
        if ((c.code_point >= 0x0590 && c.code_point <= 0x08FF) ||
            (c.code_point >= 0xFB1D && c.code_point <= 0xFEFF))
            return true;
        i += c.length;
    }
    return false;
}

std::vector<TextRun> visual_runs(std::string_view line, bool right_to_left,
                                 const std::function<bool(char32_t)>& shaped) {
    if (line.empty()) return {};
    if (!has_right_to_left(line)) return {TextRun{0, line.size(), false, false}};

    std::vector<FriBidiChar> chars;
    std::vector<std::size_t> starts; // byte offset of each character
    for (std::size_t i = 0; i < line.size();) {
        DecodedChar c = decode_utf8(line, i);
        chars.push_back(c.code_point);
        starts.push_back(i);
        i += c.length;
    }
    starts.push_back(line.size());
    auto n = static_cast<FriBidiStrIndex>(chars.size());
    std::vector<FriBidiCharType> types(chars.size());
    std::vector<FriBidiBracketType> brackets(chars.size());
    std::vector<FriBidiLevel> levels(chars.size());
    fribidi_get_bidi_types(chars.data(), n, types.data());
    fribidi_get_bracket_types(chars.data(), n, types.data(), brackets.data());
    FriBidiParType base = right_to_left ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base,
                                             levels.data()))
        return {TextRun{0, line.size(), false, false}};

    // Logical runs of one level and one kind (shaped or not), then their visual order.
    std::vector<LevelRun> runs;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        bool arabic =
            (levels[i] % 2 == 1 || arabic_script(chars[i])) && (!shaped || shaped(chars[i]));
        if (runs.empty() || runs.back().level != levels[i] || runs.back().run.arabic != arabic)
            runs.push_back({TextRun{starts[i], starts[i], levels[i] % 2 == 1, arabic}, levels[i]});
        runs.back().run.end = starts[i + 1];
    }
    reorder(runs);
    std::vector<TextRun> out;
    out.reserve(runs.size());
    for (const LevelRun& r : runs)
        out.push_back(r.run);
    return out;
}

} // namespace bk
