// Phone numbers and long digit runs (digit by digit) and euro amounts (in words).
#include "buurtkiosk/speech/dutch_numbers.h"
#include "speech/dutch_rules.h"
#include "speech/phone_numbers.h"
#include "speech/text_scan.h"

#include <vector>

namespace bk {
namespace {

using namespace text_scan;

} // namespace

std::optional<RuleMatch> dutch_phone_rule(Text t, std::size_t pos) {
    return phone_number_rule(t, pos, dutch_digits, "plus");
}

std::optional<RuleMatch> dutch_digit_run_rule(Text t, std::size_t pos) {
    return digit_run_rule(t, pos, dutch_digits);
}

namespace {

struct Amount {
    long long euros = 0;
    int cents = 0;
    std::size_t end = 0;
};

// "3", "3,50", "3,5", "3,-", "1.250,00".
std::optional<Amount> amount_at(Text t, std::size_t pos) {
    if (pos >= t.size() || !is_digit(t[pos])) return std::nullopt;
    Amount a;
    std::size_t i = pos;
    std::size_t digits = 0;
    while (i < t.size() && is_digit(t[i])) {
        a.euros = a.euros * 10 + (t[i++] - '0');
        // More digits than any amount on a buurtkiosk (and soon more than a long long holds):
        // not an amount but a digit run, read in groups (dutch_digit_run_rule).
        if (++digits >= kLongDigitRun) return std::nullopt;
    }
    // Thousands separators: a dot followed by exactly three digits.
    while (i + 3 < t.size() && t[i] == '.' && is_digit(t[i + 1]) && is_digit(t[i + 2]) &&
           is_digit(t[i + 3]) && (i + 4 >= t.size() || !is_digit(t[i + 4]))) {
        a.euros =
            a.euros * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
        i += 4;
        digits += 3;
        if (digits >= kLongDigitRun) return std::nullopt;
    }
    if (i + 1 < t.size() && t[i] == ',') {
        int cents = 0;
        const std::size_t n = read_digits(t, i + 1, 2, cents);
        if (n == 2 && (i + 3 >= t.size() || !is_digit(t[i + 3]))) {
            a.cents = cents;
            i += 3;
        } else if (n == 1 && (i + 2 >= t.size() || !is_digit(t[i + 2]))) {
            a.cents = cents * 10;
            i += 2;
        } else if (t[i + 1] == '-') {
            i += 2;
        } else if (t.substr(i + 1, 3) == "\u2013") {
            i += 4;
        }
    }
    a.end = i;
    if (!number_ends(t, a.end)) return std::nullopt;
    return a;
}

} // namespace

std::optional<RuleMatch> dutch_amount_rule(Text t, std::size_t pos) {
    constexpr Text euro_sign = "\u20ac";
    if (t.substr(pos, euro_sign.size()) == euro_sign) {
        const std::size_t number = skip_spaces(t, pos + euro_sign.size());
        if (const auto a = amount_at(t, number)) {
            return RuleMatch{a->end, {{dutch_amount(a->euros, a->cents), {pos, a->end}}}};
        }
        return RuleMatch{pos + euro_sign.size(), {{"euro", {pos, pos + euro_sign.size()}}}};
    }
    if (!number_starts(t, pos)) return std::nullopt;
    const auto a = amount_at(t, pos);
    if (!a) return std::nullopt;
    const std::size_t word = skip_spaces(t, a->end);
    std::size_t end = word_at(t, word, "euro");
    if (end == 0) end = word_at(t, word, "eur");
    if (end == 0) return std::nullopt;
    return RuleMatch{end, {{dutch_amount(a->euros, a->cents), {pos, end}}}};
}

} // namespace bk
