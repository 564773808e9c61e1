// Checking and normalising the phone numbers visitors type for a callback or a sign-up: Dutch
// numbers in any common form, and numbers from abroad in international (E.164) form.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace bk {

// Why a number was refused; the UI turns each into plain words (see phone_problem_id).
enum class PhoneProblem {
    Empty,
    ContainsLetters,
    InvalidCharacters,
    TooShort,
    TooLong,
    BadCountryCode
};

struct PhoneCheck {
    // Dutch numbers in national form "0612345678"; others in E.164 form "+48601234567".
    std::optional<std::string> number;
    std::optional<PhoneProblem> problem;
    bool mobile = false; // Dutch 06 number
    bool ok() const { return number.has_value(); }
};

// Accepts 06/0xx/0xxx numbers of 10 digits and the +31 / 0031 forms (also "+31 (0)6 ..."), and
// other countries as + or 00, country code and number: 8 to 15 digits in all (E.164). Spaces,
// dashes, dots and parentheses may stand anywhere; a + only in front.
PhoneCheck check_phone_number(std::string_view text);

// "empty", "contains_letters", "invalid_characters", "too_short", "too_long", "bad_country_code"
const char* phone_problem_id(PhoneProblem problem);

} // namespace bk
