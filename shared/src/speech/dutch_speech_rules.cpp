// The Dutch rewrite rules, tried in order at each position of the display text.
#include "buurtkiosk/speech/dutch_speech_rules.h"

#include "buurtkiosk/speech/dutch_numbers.h"
#include "speech/dutch_rules.h"
#include "speech/text_scan.h"

#include <array>

namespace bk {
namespace {

using namespace text_scan;

// " uur" / " u." after a time: already said by the clock words, so consumed.
std::size_t skip_hour_word(Text t, std::size_t pos) {
    const std::size_t word = skip_spaces(t, pos);
    if (std::size_t end = word_at(t, word, "uur"); end != 0) return end;
    if (t.substr(word, 2) == "u." || word_at(t, word, "u") != 0) {
        return t.substr(word, 2) == "u." ? word + 2 : word + 1;
    }
    return pos;
}

std::optional<RuleMatch> time_rule(Text t, std::size_t pos) {
    const auto first = clock_at(t, pos);
    if (!first) return std::nullopt;
    // A range "10:00–11:30" or "10.00 - 11.30 uur".
    const std::size_t dash_pos = skip_spaces(t, first->end);
    if (const std::size_t dash = dash_at(t, dash_pos); dash != 0) {
        if (const auto second = clock_at(t, skip_spaces(t, dash_pos + dash))) {
            const std::size_t end = skip_hour_word(t, second->end);
            const std::string before = previous_word(t, pos);
            RuleMatch m{end, {}};
            const bool between = before == "tussen";
            if (before != "van" && !between) m.parts.push_back({"van ", {pos, first->end}});
            m.parts.push_back({dutch_clock_time(first->hour, first->minute), {pos, first->end}});
            m.parts.push_back({between ? " en " : " tot ", {dash_pos, dash_pos + dash}});
            const std::size_t second_pos = skip_spaces(t, dash_pos + dash);
            m.parts.push_back({dutch_clock_time(second->hour, second->minute), {second_pos, end}});
            return m;
        }
    }
    // "10.30" is only a time when "uur" follows; "3.50" may be anything.
    const std::size_t end = skip_hour_word(t, first->end);
    if (first->separator == '.' && end == first->end) return std::nullopt;
    return RuleMatch{end, {{dutch_clock_time(first->hour, first->minute), {pos, end}}}};
}

std::optional<Date> make_date(int year, int month, int day) {
    const Date date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                    std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

// "2026-11-24", "24-11-2026", "24/11/2026".
std::optional<RuleMatch> date_rule(Text t, std::size_t pos, int reference_year) {
    if (!number_starts(t, pos)) return std::nullopt;
    int a = 0, b = 0, c = 0;
    const std::size_t na = read_digits(t, pos, 4, a);
    std::size_t i = pos + na;
    if (na == 0 || i >= t.size() || (t[i] != '-' && t[i] != '/')) return std::nullopt;
    const char sep = t[i];
    const std::size_t nb = read_digits(t, i + 1, 2, b);
    i += 1 + nb;
    if (nb == 0 || i >= t.size() || t[i] != sep) return std::nullopt;
    const std::size_t nc = read_digits(t, i + 1, 4, c);
    i += 1 + nc;
    if (!number_ends(t, i)) return std::nullopt;
    std::optional<Date> date;
    if (na == 4 && nc <= 2 && nc > 0 && sep == '-')
        date = make_date(a, b, c);
    else if (na <= 2 && nc == 4)
        date = make_date(c, b, a);
    if (!date) return std::nullopt;
    return RuleMatch{i, {{dutch_date(*date, reference_year), {pos, i}}}};
}

// "24 nov." -> "vierentwintig november".
std::optional<RuleMatch> day_month_rule(Text t, std::size_t pos) {
    static constexpr std::array<std::string_view, 13> abbreviations = {
        "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "mei"};
    static constexpr std::array<unsigned, 13> months = {1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12, 5};
    if (!number_starts(t, pos)) return std::nullopt;
    int day = 0;
    const std::size_t n = read_digits(t, pos, 2, day);
    if (n == 0 || pos + n >= t.size() || t[pos + n] != ' ' || day < 1 || day > 31) {
        return std::nullopt;
    }
    const std::size_t word = pos + n + 1;
    for (std::size_t k = 0; k < abbreviations.size(); ++k) {
        std::size_t end = word_at(t, word, abbreviations[k]);
        if (end == 0) continue;
        if (end < t.size() && t[end] == '.') ++end;
        return RuleMatch{end,
                         {{dutch_number(day), {pos, pos + n}},
                          {" " + std::string(dutch_month_name(months[k])), {word, end}}}};
    }
    return std::nullopt;
}

} // namespace

std::optional<RuleMatch> DutchSpeechRules::match(std::string_view text, std::size_t pos) const {
    const char c = text[pos];
    if (is_digit(c)) {
        if (auto m = time_rule(text, pos)) return m;
        if (auto m = date_rule(text, pos, options_.reference_year)) return m;
        if (auto m = day_month_rule(text, pos)) return m;
    }
    if (is_digit(c) || c == '+') {
        if (auto m = dutch_phone_rule(text, pos)) return m;
    }
    if (auto m = dutch_amount_rule(text, pos)) return m;
    if (auto m = dutch_digit_run_rule(text, pos)) return m;
    if (word_char_at(text, pos) || c == '&' || c == '/') {
        if (auto m = dutch_code_rule(text, pos)) return m;
        if (auto m = dutch_weekday_rule(text, pos)) return m;
        if (auto m = dutch_abbreviation_rule(text, pos)) return m;
    }
    return std::nullopt;
}

SpokenText prepare_dutch_speech(std::string_view display, const SpeechTextOptions& options) {
    const DutchSpeechRules rules(options);
    return scan_speech_text(display, &rules);
}

} // namespace bk
