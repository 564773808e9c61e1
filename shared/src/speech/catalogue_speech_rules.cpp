#include "speech/catalogue_speech_rules.h"

#include "buurtkiosk/i18n/ui_text.h"
#include "speech/phone_numbers.h"
#include "speech/text_scan.h"

namespace bk {

namespace {
using namespace text_scan;

// "nul, een, twee" -> {"nul", "een", "twee"}
std::vector<std::string> word_list(const std::string& text) {
    std::vector<std::string> words;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t comma = std::min(text.find(',', begin), text.size());
        std::size_t first = text.find_first_not_of(' ', begin);
        std::size_t last = text.find_last_not_of(' ', comma == 0 ? 0 : comma - 1);
        if (first < comma && last != std::string::npos && last >= first)
            words.push_back(text.substr(first, last - first + 1));
        begin = comma + 1;
    }
    return words;
}

// Digits apart, each said by the voice in its own language: "1 2 3".
std::string digits_apart(std::string_view digits) {
    std::string out;
    for (char c : digits) {
        if (!out.empty()) out += ' ';
        out += c;
    }
    return out;
}

std::string two_digits(int minutes) {
    return (minutes < 10 ? "0" : "") + std::to_string(minutes);
}
} // namespace

CatalogueSpeechRules::CatalogueSpeechRules(const std::string& language)
    : hours_(word_list(ui_text("spoken_hours", language))),
      hours_from_(word_list(ui_text("spoken_hours_from", language))),
      time_(ui_text("spoken_time", language)), full_hour_(ui_text("spoken_full_hour", language)),
      range_(ui_text("spoken_time_range", language)), plus_(ui_text("spoken_plus", language)) {}

std::string CatalogueSpeechRules::hour_word(int hour, bool in_range) const {
    const auto& words = in_range ? hours_from_ : hours_;
    return words.size() == 24 ? words[std::size_t(hour)] : std::to_string(hour);
}

std::optional<RuleMatch> CatalogueSpeechRules::time_rule(std::string_view t,
                                                         std::size_t pos) const {
    const auto first = clock_at(t, pos);
    if (!first || first->separator != ':') return std::nullopt;
    // "10:00 – 11:30": both ends in the range's form ("od dziesiątej do jedenastej 30").
    const std::size_t dash_pos = skip_spaces(t, first->end);
    if (const std::size_t dash = dash_at(t, dash_pos); dash != 0) {
        const std::size_t second_pos = skip_spaces(t, dash_pos + dash);
        if (const auto second = clock_at(t, second_pos)) {
            auto end_of_range = [&](const ClockTime& c) {
                std::string words = hour_word(c.hour, true);
                return c.minute == 0 ? words : words + " " + two_digits(c.minute);
            };
            const std::string words = fill_placeholders(
                range_, {{"from", end_of_range(*first)}, {"to", end_of_range(*second)}});
            return RuleMatch{second->end, {{words, {pos, second->end}}}};
        }
    }
    const std::string hour = hour_word(first->hour, false);
    const std::string words =
        first->minute == 0
            ? fill_placeholders(full_hour_, {{"hour", hour}})
            : fill_placeholders(time_, {{"hour", hour}, {"minutes", two_digits(first->minute)}});
    return RuleMatch{first->end, {{words, {pos, first->end}}}};
}

std::optional<RuleMatch> CatalogueSpeechRules::match(std::string_view text, std::size_t pos) const {
    if (auto m = phone_number_rule(text, pos, digits_apart, plus_)) return m;
    if (auto m = time_rule(text, pos)) return m;
    return digit_run_rule(text, pos, digits_apart);
}

} // namespace bk
