// Dutch weekday abbreviations in schedules, sign-up codes, the abbreviation table, "&" and "/".
#include "buurtkiosk/speech/dutch_numbers.h"
#include "buurtkiosk/speech/dutch_speech_rules.h"
#include "speech/dutch_rules.h"
#include "speech/text_scan.h"

#include <array>

namespace bk {
namespace {

using namespace text_scan;

constexpr std::array<std::string_view, 7> kWeekdayAbbreviations = {"ma", "di", "wo", "do",
                                                                   "vr", "za", "zo"};

struct WeekdayToken {
    unsigned iso_weekday = 0;
    std::size_t end = 0; // past an optional '.'
};

std::optional<WeekdayToken> weekday_at(Text t, std::size_t pos) {
    if (pos >= t.size() || !word_starts(t, pos)) return std::nullopt;
    for (std::size_t k = 0; k < kWeekdayAbbreviations.size(); ++k) {
        std::size_t end = word_at(t, pos, kWeekdayAbbreviations[k]);
        if (end == 0) continue;
        if (end < t.size() && t[end] == '.') ++end;
        return WeekdayToken{static_cast<unsigned>(k + 1), end};
    }
    return std::nullopt;
}

struct Connector {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view spoken; // "" when another rule or the text itself says it
};

// What may stand between two weekdays: "ma-vr", "ma t/m vr", "ma/wo", "di en do", "di, do".
std::optional<Connector> connector_at(Text t, std::size_t pos) {
    const std::size_t begin = skip_spaces(t, pos);
    if (const std::size_t dash = dash_at(t, begin); dash != 0) {
        return Connector{begin, begin + dash, " tot en met "};
    }
    if (t.substr(begin, 3) == "t/m") return Connector{begin, begin + 3, " tot en met "};
    if (begin < t.size() && t[begin] == '/') return Connector{begin, begin + 1, " en "};
    if (begin < t.size() && (t[begin] == ',' || t[begin] == '&')) {
        return Connector{begin, begin + 1, t[begin] == ',' ? ", " : " en "};
    }
    for (Text word : {Text("tot en met"), Text("tot"), Text("en")}) {
        if (const std::size_t end = word_at(t, begin, word); end != 0) {
            return Connector{begin, end, ""};
        }
    }
    return std::nullopt;
}

// Whether a weekday abbreviation ends just before pos, behind a connector: the "vr" of "ma-vr".
bool weekday_before(Text t, std::size_t pos) {
    std::size_t i = pos;
    while (i > 0 && t[i - 1] == ' ')
        --i;
    // Walk back over a connector, then check that a weekday ends there.
    for (Text c : {Text("-"), Text("\u2013"), Text("\u2014"), Text("t/m"), Text("/"), Text(","),
                   Text("&"), Text("tot en met"), Text("tot"), Text("en")}) {
        if (i < c.size() || t.substr(i - c.size(), c.size()) != c) continue;
        std::size_t j = i - c.size();
        while (j > 0 && t[j - 1] == ' ')
            --j;
        if (j > 0 && t[j - 1] == '.') --j;
        if (j >= 2 && weekday_at(t, j - 2) && weekday_at(t, j - 2)->end >= j) return true;
    }
    return false;
}

} // namespace

std::optional<RuleMatch> dutch_weekday_rule(Text t, std::size_t pos) {
    const auto day = weekday_at(t, pos);
    if (!day) return std::nullopt;
    const std::string name(dutch_weekday_name(day->iso_weekday));
    // Schedule context only: "zo" and "do" are ordinary words too.
    std::size_t after = skip_spaces(t, day->end);
    if (after < t.size() && t[after] == ':') after = skip_spaces(t, after + 1);
    const bool before_time = after < t.size() && is_digit(t[after]);
    const auto connector = connector_at(t, day->end);
    const bool before_day = connector && weekday_at(t, skip_spaces(t, connector->end)).has_value();
    if (!before_time && !before_day && !weekday_before(t, pos)) return std::nullopt;
    RuleMatch m{day->end, {{name, {pos, day->end}}}};
    if (before_day && !connector->spoken.empty()) {
        m.parts.push_back({std::string(connector->spoken), {connector->begin, connector->end}});
        m.end = connector->end;
    }
    return m;
}

namespace {

// Dutch letter names as espeak-ng says them clearly; "en" is how N sounds.
constexpr std::array<std::string_view, 26> kLetterNames = {
    "aa", "bee", "cee", "dee", "ee", "ef", "gee", "haa", "ie",  "jee", "kaa", "el",      "em",
    "en", "oo",  "pee", "kuu", "er", "es", "tee", "uu",  "vee", "wee", "iks", "ie-grec", "zet"};

bool is_code_char(char c) {
    return (c >= 'A' && c <= 'Z') || is_digit(c);
}

// "code", "Code:" or "code is" just before pos.
bool after_code_word(Text t, std::size_t pos) {
    std::size_t i = pos;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == ':'))
        --i;
    if (previous_word(t, i) == "is") i -= 2;
    return previous_word(t, i) == "code";
}

} // namespace

std::optional<RuleMatch> dutch_code_rule(Text t, std::size_t pos) {
    constexpr std::size_t kShortest = 4, kLongest = 8;
    if (!word_starts(t, pos)) return std::nullopt;
    std::size_t end = pos;
    bool letter = false, digit = false;
    while (end < t.size() && is_code_char(t[end])) {
        (is_digit(t[end]) ? digit : letter) = true;
        ++end;
    }
    const std::size_t length = end - pos;
    if (!word_ends(t, end) || length < kShortest || length > kLongest || !letter) {
        return std::nullopt;
    }
    // Mixed letters and digits are no word in any sentence; all capitals only after "code",
    // since "HAVO" or "COVID" are words.
    if (!digit && !after_code_word(t, pos)) return std::nullopt;
    RuleMatch m{end, {}};
    for (std::size_t i = pos; i < end; ++i) {
        std::string name =
            is_digit(t[i]) ? dutch_digits(t.substr(i, 1)) : std::string(kLetterNames[t[i] - 'A']);
        m.parts.push_back({(i == pos ? "" : ", ") + name, {i, i + 1}});
    }
    return m;
}

const std::vector<DutchAbbreviation>& dutch_abbreviations() {
    // Acronyms are spelled with Dutch letter names as espeak-ng says them best ("wee em oo");
    // written as capitals espeak-ng reads some as words ("AOW" -> "aow").
    static const std::vector<DutchAbbreviation> table = {
        {"Wmo", "wee em oo"},
        {"WMO", "wee em oo"},
        {"GGD", "gee gee dee"},
        {"GGZ", "gee gee zet"},
        {"AOW", "aa oo wee"},
        {"UWV", "uu wee vee"},
        {"SVB", "es vee bee"},
        {"CJG", "cee jee gee"},
        {"BSN", "bee es en"},
        {"DigiD", "digi-dee"},
        {"WW", "wee wee"},
        {"KvK", "kaa vee kaa"},
        {"IND", "ie en dee"},
        {"AVG", "aa vee gee"},
        {"OV", "oo vee"},
        {"i.p.v.", "in plaats van"},
        {"i.v.m.", "in verband met"},
        {"m.b.v.", "met behulp van"},
        {"m.u.v.", "met uitzondering van"},
        {"n.a.v.", "naar aanleiding van"},
        {"o.l.v.", "onder leiding van"},
        {"z.s.m.", "zo snel mogelijk"},
        {"a.u.b.", "alstublieft"},
        {"o.a.", "onder andere"},
        {"e.d.", "en dergelijke", true},
        {"p.p.", "per persoon"},
        {"p/p", "per persoon"},
        {"t/m", "tot en met"},
        {"enz.", "enzovoort", true},
        {"enz", "enzovoort"},
        {"etc.", "enzovoort", true},
        {"bijv.", "bijvoorbeeld"},
        {"bv.", "bijvoorbeeld"},
        {"ca.", "ongeveer"},
        {"nr.", "nummer"},
        {"tel.", "telefoon"},
        {"incl.", "inclusief"},
        {"excl.", "exclusief"},
        {"min.", "minuten"},
        {"evt.", "eventueel"},
        {"vnl.", "voornamelijk"},
        {"zgn.", "zogenaamde"},
        {"dhr.", "meneer"},
        {"mevr.", "mevrouw"},
    };
    return table;
}

namespace {

bool is_acronym(Text written) {
    return written.size() > 1 && written[1] >= 'A' && written[1] <= 'Z';
}

// Lower-case abbreviations also match with a capital first letter ("Bijv." opens a sentence);
// acronyms match as written.
bool written_at(Text t, std::size_t pos, Text written) {
    if (t.substr(pos, written.size()).size() != written.size()) return false;
    for (std::size_t i = 0; i < written.size(); ++i) {
        const char have = t[pos + i];
        const bool case_free = i == 0 && !is_acronym(written);
        if (case_free ? lower(have) != lower(written[i]) : have != written[i]) return false;
    }
    return true;
}

// After "enz." a full stop also ends the sentence when nothing or a new sentence follows.
bool sentence_ends_after(Text t, std::size_t end) {
    const std::size_t next = skip_spaces(t, end);
    return next >= t.size() || t[next] == '\n' || (next > end && t[next] >= 'A' && t[next] <= 'Z');
}

} // namespace

std::optional<RuleMatch> dutch_abbreviation_rule(Text t, std::size_t pos) {
    if (t[pos] == '&') return RuleMatch{pos + 1, {{" en ", {pos, pos + 1}}}};
    // "koffie/thee" -> "koffie of thee".
    if (t[pos] == '/' && word_char_before(t, pos) && word_char_at(t, pos + 1)) {
        return RuleMatch{pos + 1, {{" of ", {pos, pos + 1}}}};
    }
    if (!word_starts(t, pos)) return std::nullopt;
    for (const DutchAbbreviation& a : dutch_abbreviations()) {
        if (!written_at(t, pos, a.written)) continue;
        const std::size_t end = pos + a.written.size();
        // "GGD." at the end of a sentence is the GGD; "GGD.nl" is a web address.
        if (a.written.back() != '.' &&
            (!word_ends(t, end) || (end < t.size() && t[end] == '.' && word_char_at(t, end + 1)))) {
            continue;
        }
        std::string spoken(a.spoken);
        if (a.can_end_sentence && sentence_ends_after(t, end)) spoken += '.';
        return RuleMatch{end, {{spoken, {pos, end}}}};
    }
    return std::nullopt;
}

} // namespace bk
