#include "speech/phone_numbers.h"

#include "speech/text_scan.h"

#include <algorithm>
#include <vector>

namespace bk {
namespace {

using namespace text_scan;

struct DigitGroup {
    std::size_t begin = 0;
    std::size_t end = 0;
};

std::size_t digit_count(const std::vector<DigitGroup>& groups, std::size_t n) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i)
        count += groups[i].end - groups[i].begin;
    return count;
}

// International numbers (E.164): country code and number have 8 to 15 digits together.
bool is_international_number(Text digits_after_prefix, std::size_t digits) {
    if (digits_after_prefix.empty() || digits_after_prefix[0] == '0') return false;
    if (digits_after_prefix.starts_with("31")) return digits == 11; // Dutch: always 9 after 31
    return digits >= 8 && digits <= 15;
}

// Whether the first n groups form a phone number as people write them: Dutch shapes, and
// international ones after + or 00 ("+48 601 234 567", "0031 6 12345678").
bool is_phone_number(Text t, bool plus, const std::vector<DigitGroup>& groups, std::size_t n) {
    const std::size_t digits = digit_count(groups, n);
    const Text first = t.substr(groups[0].begin, groups[0].end - groups[0].begin);
    if (plus) return is_international_number(first, digits);
    if (first.starts_with("00") && first.size() > 2)
        return is_international_number(first.substr(2), digits - 2);
    if (first == "14" && n == 2) { // municipal number "14 020"
        const std::size_t len = groups[1].end - groups[1].begin;
        return t[groups[1].begin] == '0' && (len == 3 || len == 4);
    }
    if (first.empty() || first[0] != '0') return false;
    std::string leading;
    for (std::size_t i = 0; i < n && leading.size() < 4; ++i) {
        leading += t.substr(groups[i].begin, groups[i].end - groups[i].begin);
    }
    const bool service = leading.starts_with("0800") || leading.starts_with("0900") ||
                         leading.starts_with("0906") || leading.starts_with("0909");
    return digits == 10 || (service && (digits == 8 || digits == 11));
}

// Long digit runs are said in chunks of three (the last chunk takes a lone digit), so a listener
// can follow: "12345678" -> "één twee drie, vier vijf zes, zeven acht".
void say_digit_group(Text t, DigitGroup g, const SayDigits& say, std::vector<RulePart>& parts) {
    std::size_t pos = g.begin;
    while (pos < g.end) {
        std::size_t len = std::min<std::size_t>(3, g.end - pos);
        if (g.end - pos - len == 1) ++len;
        // No comma straight after the "+".
        const std::string prefix = parts.empty() || parts.back().words.ends_with(' ') ? "" : ", ";
        parts.push_back({prefix + say(t.substr(pos, len)), {pos, pos + len}});
        pos += len;
    }
}

} // namespace

std::optional<RuleMatch> phone_number_rule(Text t, std::size_t pos, const SayDigits& say,
                                           std::string_view plus_word) {
    if (!number_starts(t, pos)) return std::nullopt;
    const bool plus = t[pos] == '+';
    std::size_t i = plus ? pos + 1 : pos;
    std::vector<DigitGroup> groups;
    while (i < t.size() && is_digit(t[i])) {
        DigitGroup g{i, i};
        while (g.end < t.size() && is_digit(t[g.end]))
            ++g.end;
        groups.push_back(g);
        i = g.end;
        // One space or hyphen between groups; "(0)" after +31 is dropped with its digit.
        if (i + 1 < t.size() && (t[i] == ' ' || t[i] == '-') && is_digit(t[i + 1]))
            ++i;
        else if (plus && t.substr(i, 4) == " (0)")
            i += 4 + (i + 4 < t.size() && t[i + 4] == ' ');
        else
            break;
    }
    // The longest run of groups that is a phone number wins; "06 12345678 3 keer" stops at 8.
    for (std::size_t n = groups.size(); n > 0; --n) {
        if (!number_ends(t, groups[n - 1].end) || !is_phone_number(t, plus, groups, n)) continue;
        RuleMatch m{groups[n - 1].end, {}};
        if (plus) m.parts.push_back({std::string(plus_word) + " ", {pos, pos + 1}});
        for (std::size_t k = 0; k < n; ++k)
            say_digit_group(t, groups[k], say, m.parts);
        return m;
    }
    return std::nullopt;
}

std::optional<RuleMatch> digit_run_rule(Text t, std::size_t pos, const SayDigits& say) {
    if (pos >= t.size() || !is_digit(t[pos]) || (pos > 0 && is_digit(t[pos - 1])))
        return std::nullopt;
    DigitGroup run{pos, pos};
    while (run.end < t.size() && is_digit(t[run.end]))
        ++run.end;
    if (run.end - run.begin < kLongDigitRun) return std::nullopt;
    RuleMatch m{run.end, {}};
    say_digit_group(t, run, say, m.parts);
    return m;
}

} // namespace bk
