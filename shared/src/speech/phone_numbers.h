// Phone numbers and long digit runs, found in display text the same way in every language; each
// language says the digits in its own words.
#pragma once
#include "buurtkiosk/speech/speech_rules.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace bk {

// From this many digits in a row a number is not said as a number (nobody writes amounts or
// counts that long without dots) but in groups, like a phone number.
inline constexpr std::size_t kLongDigitRun = 10;

// A few digits in words: Dutch "één twee drie"; for other languages the digits apart, "1 2 3",
// which espeak-ng's voice says in its own language.
using SayDigits = std::function<std::string(std::string_view digits)>;

// "06 12345678", "020-1234567", "+31 6 12345678", "0800-1234", "14 020", and from abroad
// "+48 601 234 567", "0049 30 1234567": digit by digit, in groups; `plus` says the "+".
std::optional<RuleMatch> phone_number_rule(std::string_view text, std::size_t pos,
                                           const SayDigits& say, std::string_view plus);

// A run of ten or more digits that is no phone number (say a visitor typed 20 digits as a
// name): in groups of three, digit by digit, never as one huge number.
std::optional<RuleMatch> digit_run_rule(std::string_view text, std::size_t pos,
                                        const SayDigits& say);

} // namespace bk
