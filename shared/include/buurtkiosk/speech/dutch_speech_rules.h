// Dutch display text as a Dutch voice should say it: clock times, dates, weekday abbreviations,
// phone numbers, euro amounts and abbreviations. The rules are listed in docs/speech.md.
#pragma once
#include "buurtkiosk/speech/speech_rules.h"

#include <optional>
#include <string_view>
#include <vector>

namespace bk {

class DutchSpeechRules final : public LanguageRules {
public:
    explicit DutchSpeechRules(SpeechTextOptions options = {}) : options_(options) {}
    std::optional<RuleMatch> match(std::string_view text, std::size_t pos) const override;

private:
    SpeechTextOptions options_;
};

SpokenText prepare_dutch_speech(std::string_view display, const SpeechTextOptions& options = {});

// One entry of the abbreviation table: display form and what is said instead.
struct DutchAbbreviation {
    std::string_view written;
    std::string_view spoken;
    bool can_end_sentence = false; // "enz." may carry the sentence's full stop
};
// The table, longest forms first so "enz." wins over "enz".
const std::vector<DutchAbbreviation>& dutch_abbreviations();

} // namespace bk
