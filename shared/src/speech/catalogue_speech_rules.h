// How the kiosk's languages other than Dutch say clock times, time ranges, phone numbers and
// sign-up codes, with the words of their catalogue ("spoken_hours", "spoken_time_range"...);
// espeak-ng's voice says the rest, numbers included. Dutch has its own rules in code.
#pragma once
#include "buurtkiosk/speech/speech_rules.h"

#include <string>
#include <vector>

namespace bk {

class CatalogueSpeechRules : public LanguageRules {
public:
    // Reads the words of `language` from the catalogues in use now (ui_text).
    explicit CatalogueSpeechRules(const std::string& language);
    std::optional<RuleMatch> match(std::string_view text, std::size_t pos) const override;

private:
    std::string hour_word(int hour, bool in_range) const;
    std::optional<RuleMatch> time_rule(std::string_view text, std::size_t pos) const;

    std::vector<std::string> hours_;      // 0..23 as in "10:00"; digits where the list is short
    std::vector<std::string> hours_from_; // 0..23 after "from" and "to" (Polish genitive)
    std::string time_;                    // "{hour} {minutes}"
    std::string full_hour_;               // "godzina {hour}"
    std::string range_;                   // "od {from} do {to}"
    std::string plus_;                    // "+" in a phone number
};

} // namespace bk
