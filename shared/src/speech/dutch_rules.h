// The Dutch rewrite rules, one function each, used by DutchSpeechRules (internal to speech/).
#pragma once
#include "buurtkiosk/speech/speech_rules.h"

#include <optional>
#include <string_view>

namespace bk {

// "06 12345678", "020-1234567", "+31 6 12345678", "0800-1234", "14 020", and from abroad
// "+48 601 234 567", "0049 30 1234567": digit by digit.
std::optional<RuleMatch> dutch_phone_rule(std::string_view text, std::size_t pos);
// A run of ten or more digits that is no phone number (say a visitor typed 20 digits as a
// name): in groups of three, digit by digit, never as one huge number.
std::optional<RuleMatch> dutch_digit_run_rule(std::string_view text, std::size_t pos);
// "€ 3,50", "€3,-", "3 euro", "€ 1.250": words with "euro".
std::optional<RuleMatch> dutch_amount_rule(std::string_view text, std::size_t pos);
// "ma", "di"... in schedules ("ma 10:00", "ma-vr", "di en do") -> "maandag", "dinsdag"...
std::optional<RuleMatch> dutch_weekday_rule(std::string_view text, std::size_t pos);
// Sign-up codes ("Uw code: DYD4", "AC3D"): letter by letter with Dutch letter names, digits as
// digits, so nobody hears a word; 4 to 8 capitals and digits, mixed, or any such after "code".
std::optional<RuleMatch> dutch_code_rule(std::string_view text, std::size_t pos);
// The abbreviation table, plus "&" -> "en" and "koffie/thee" -> "koffie of thee".
std::optional<RuleMatch> dutch_abbreviation_rule(std::string_view text, std::size_t pos);

} // namespace bk
