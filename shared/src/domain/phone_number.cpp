// Phone numbers: strip layout characters, map international prefixes, check the length.
#include "buurtkiosk/domain/phone_number.h"

#include <cctype>

namespace bk {

namespace {

bool is_layout(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
}

PhoneCheck refused(PhoneProblem problem) {
    return PhoneCheck{std::nullopt, problem, false};
}

// E.164: country code and number together have at most 15 digits; fewer than 8 is no number
// anywhere (the shortest, on small islands, have 7 after a 1-digit country code).
constexpr std::size_t kShortestInternational = 8;
constexpr std::size_t kLongestInternational = 15;

PhoneCheck foreign(const std::string& international) {
    if (international[0] == '0') return refused(PhoneProblem::BadCountryCode);
    if (international.size() < kShortestInternational) return refused(PhoneProblem::TooShort);
    if (international.size() > kLongestInternational) return refused(PhoneProblem::TooLong);
    return PhoneCheck{"+" + international, std::nullopt, false};
}

} // namespace

PhoneCheck check_phone_number(std::string_view text) {
    std::string digits;
    bool plus = false;
    bool letters = false, other = false;
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (std::isdigit(u)) {
            digits += c;
        } else if (c == '+' && digits.empty() && !plus) {
            plus = true;
        } else if (std::isalpha(u)) {
            letters = true;
        } else if (!is_layout(c) && !std::isspace(u)) {
            other = true;
        }
    }
    if (letters) return refused(PhoneProblem::ContainsLetters);
    if (other) return refused(PhoneProblem::InvalidCharacters);
    if (digits.empty()) return refused(plus ? PhoneProblem::TooShort : PhoneProblem::Empty);

    std::string national;
    if (plus || digits.starts_with("00")) {
        std::string international = plus ? digits : digits.substr(2);
        if (international.empty()) return refused(PhoneProblem::TooShort);
        if (!international.starts_with("31")) return foreign(international);
        std::string rest = international.substr(2);
        // "+31 (0)6 ..." is a common way to write it: the trunk zero is then typed as well.
        if (rest.starts_with("0")) rest.erase(0, 1);
        national = "0" + rest;
    } else if (digits[0] != '0') {
        // A number without its leading zero ("612345678") is a number too short to dial.
        return refused(digits.size() >= 10 ? PhoneProblem::TooLong : PhoneProblem::TooShort);
    } else {
        national = digits;
    }
    if (national.size() < 10) return refused(PhoneProblem::TooShort);
    if (national.size() > 10) return refused(PhoneProblem::TooLong);
    if (national[1] == '0') return refused(PhoneProblem::BadCountryCode); // "+31 0 0..."

    const bool mobile = national.starts_with("06");
    return PhoneCheck{std::move(national), std::nullopt, mobile};
}

const char* phone_problem_id(PhoneProblem problem) {
    switch (problem) {
    case PhoneProblem::Empty: return "empty";
    case PhoneProblem::ContainsLetters: return "contains_letters";
    case PhoneProblem::InvalidCharacters: return "invalid_characters";
    case PhoneProblem::TooShort: return "too_short";
    case PhoneProblem::TooLong: return "too_long";
    case PhoneProblem::BadCountryCode: return "bad_country_code";
    }
    return "invalid_characters";
}

} // namespace bk
