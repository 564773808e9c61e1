// Small scanning helpers shared by the speech rules: word and number boundaries on UTF-8, times.
#pragma once
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "buurtkiosk/speech/utf8.h"

namespace bk::text_scan {

using Text = std::string_view;

inline bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
// Letters of the scripts the kiosk speaks (Latin with accents, Greek, Cyrillic, Arabic); dashes,
// quotes, the euro sign and pictograms are not.
inline bool is_letter_code_point(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x6FF);
}
inline bool is_letter(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
inline bool is_word_char(char c) {
    return is_digit(c) || is_letter(c);
}
inline char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// Whether the character starting at pos / ending just before pos is a letter or digit.
inline bool word_char_at(Text t, std::size_t pos) {
    if (pos >= t.size()) return false;
    if (static_cast<unsigned char>(t[pos]) < 0x80) return is_word_char(t[pos]);
    return is_letter_code_point(decode_utf8(t, pos).code_point);
}
inline bool word_char_before(Text t, std::size_t pos) {
    if (pos == 0) return false;
    std::size_t begin = pos - 1;
    while (begin > 0 && (static_cast<unsigned char>(t[begin]) & 0xC0) == 0x80)
        --begin;
    return word_char_at(t, begin);
}

inline bool word_starts(Text t, std::size_t pos) {
    return !word_char_before(t, pos);
}
inline bool word_ends(Text t, std::size_t pos) {
    return !word_char_at(t, pos);
}
// A number starts here and is not the tail of "1.250" or "v2".
inline bool number_starts(Text t, std::size_t pos) {
    if (!word_starts(t, pos)) return false;
    return pos < 2 || !((t[pos - 1] == '.' || t[pos - 1] == ',') && is_digit(t[pos - 2]));
}
inline bool number_ends(Text t, std::size_t pos) {
    if (pos >= t.size()) return true;
    if (word_char_at(t, pos)) return false;
    return !((t[pos] == '.' || t[pos] == ',' || t[pos] == ':') && pos + 1 < t.size() &&
             is_digit(t[pos + 1]));
}

inline std::size_t skip_spaces(Text t, std::size_t pos) {
    while (pos < t.size() && t[pos] == ' ')
        ++pos;
    return pos;
}

// Case-insensitive "does `word` stand at pos as a whole word"; returns its end or 0.
inline std::size_t word_at(Text t, std::size_t pos, Text word) {
    if (pos + word.size() > t.size()) return 0;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (lower(t[pos + i]) != word[i]) return 0;
    }
    return word_ends(t, pos + word.size()) ? pos + word.size() : 0;
}

// The word ending just before pos (spaces skipped), lower-cased.
inline std::string previous_word(Text t, std::size_t pos) {
    while (pos > 0 && t[pos - 1] == ' ')
        --pos;
    std::size_t begin = pos;
    while (begin > 0 && is_word_char(t[begin - 1]))
        --begin;
    std::string word;
    for (std::size_t i = begin; i < pos; ++i)
        word += lower(t[i]);
    return word;
}

inline std::size_t read_digits(Text t, std::size_t pos, std::size_t max_count, int& value) {
    std::size_t count = 0;
    value = 0;
    while (pos + count < t.size() && count < max_count && is_digit(t[pos + count])) {
        value = value * 10 + (t[pos + count] - '0');
        ++count;
    }
    return count;
}

struct ClockTime {
    int hour = 0;
    int minute = 0;
    std::size_t end = 0;
    char separator = ':';
};

// "10:30", "9:05", "10.30"; nothing more, nothing less.
inline std::optional<ClockTime> clock_at(Text t, std::size_t pos) {
    if (pos >= t.size() || !number_starts(t, pos)) return std::nullopt;
    ClockTime time;
    const std::size_t hour_digits = read_digits(t, pos, 2, time.hour);
    std::size_t i = pos + hour_digits;
    if (hour_digits == 0 || i >= t.size() || (t[i] != ':' && t[i] != '.')) return std::nullopt;
    time.separator = t[i];
    if (read_digits(t, i + 1, 2, time.minute) != 2) return std::nullopt;
    time.end = i + 3;
    if (!number_ends(t, time.end) || time.hour > 24 || time.minute > 59) return std::nullopt;
    if (time.hour == 24) time.hour = 0;
    return time;
}

// The dashes people type between two times or days.
inline std::size_t dash_at(Text t, std::size_t pos) {
    if (pos < t.size() && t[pos] == '-') return 1;
    if (t.substr(pos, 3) == "\u2013" || t.substr(pos, 3) == "\u2014") return 3;
    return 0;
}

} // namespace bk::text_scan
