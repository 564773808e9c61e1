// Checking and normalising the Dutch phone numbers visitors type for a callback or a sign-up.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace bk {

// Why a number was refused; the UI turns each into plain words (see phone_problem_id).
enum class PhoneProblem { Empty, ContainsLetters, InvalidCharacters, TooShort, TooLong, NotDutch };

struct PhoneCheck {
    std::optional<std::string> number; // national form "0612345678" when valid
    std::optional<PhoneProblem> problem;
    bool mobile = false; // 06 number
    bool ok() const { return number.has_value(); }
};

// Accepts 06/0xx/0xxx numbers of 10 digits and the +31 / 0031 forms (also "+31 (0)6 ..."),
// with spaces, dashes, dots and parentheses anywhere.
PhoneCheck check_phone_number(std::string_view text);

// "empty", "contains_letters", "invalid_characters", "too_short", "too_long", "not_dutch"
const char* phone_problem_id(PhoneProblem problem);

} // namespace bk
