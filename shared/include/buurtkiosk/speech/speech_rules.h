// Display text -> text for the synthesizer: markup and pictograms removed in every language, plus
// the rewrites of one language (Dutch times, amounts, abbreviations...), with a map back.
#pragma once
#include "buurtkiosk/speech/spoken_text.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bk {

struct SpeechTextOptions {
    // Dates in this year are said without the year; 0 says every year.
    int reference_year = 0;
};

// What a language rule says instead of display bytes; parts are spoken in order, each mapped to
// its own display range so highlighting stays precise.
struct RulePart {
    std::string words;
    ByteRange display;
};
struct RuleMatch {
    std::size_t end = 0; // display byte just past what the rule consumed
    std::vector<RulePart> parts;
};

// Rewrites of one language, tried at every character position of the display text.
class LanguageRules {
public:
    virtual ~LanguageRules() = default;
    virtual std::optional<RuleMatch> match(std::string_view text, std::size_t pos) const = 0;
};

// The shared scanner: strips markup and symbols, applies `rules` (may be null), keeps the rest.
SpokenText scan_speech_text(std::string_view display, const LanguageRules* rules);

// Dutch ("nl") gets the Dutch rules; every other language gets rules worded by its catalogue
// (CatalogueSpeechRules: how clock times, time ranges and phone numbers are said). Nothing here
// logs: the text may hold a visitor's name or number.
SpokenText prepare_speech_text(std::string_view display, std::string_view language,
                               const SpeechTextOptions& options = {});

// True for characters that must never be read aloud: pictograms (Private Use Area), emoji,
// arrows, bullets, box drawing, and ASCII markup characters.
bool is_unspoken_symbol(char32_t c);

} // namespace bk
