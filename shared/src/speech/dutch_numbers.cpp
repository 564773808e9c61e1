// Dutch number words and the spoken forms built on them.
#include "buurtkiosk/speech/dutch_numbers.h"

#include <array>

namespace bk {
namespace {

constexpr std::array<std::string_view, 20> kUnits = {
    "nul",      "een",      "twee",    "drie",      "vier",     "vijf",     "zes",
    "zeven",    "acht",     "negen",   "tien",      "elf",      "twaalf",   "dertien",
    "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"};
constexpr std::array<std::string_view, 10> kTens = {
    "", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"};

std::string below_hundred(int n) {
    if (n < 20) return std::string(kUnits[n]);
    const int unit = n % 10;
    if (unit == 0) return std::string(kTens[n / 10]);
    // "tweeëntwintig", "drieëntwintig": a diaeresis where two e's would run together.
    const std::string_view u = kUnits[unit];
    return std::string(u) + (u.back() == 'e' ? "ën" : "en") + std::string(kTens[n / 10]);
}

std::string below_thousand(int n) {
    const int hundreds = n / 100;
    const int rest = n % 100;
    std::string words;
    if (hundreds > 0) words = (hundreds == 1 ? "" : std::string(kUnits[hundreds])) + "honderd";
    if (rest > 0 || hundreds == 0) words += below_hundred(rest);
    return words;
}

std::string compound(long long n) {
    if (n < 1000) return below_thousand(static_cast<int>(n));
    if (n < 1'000'000) {
        const int thousands = static_cast<int>(n / 1000);
        const int rest = static_cast<int>(n % 1000);
        std::string words = (thousands == 1 ? "" : below_thousand(thousands)) + "duizend";
        if (rest > 0) words += " " + below_thousand(rest);
        return words;
    }
    const long long millions = n / 1'000'000;
    const long long rest = n % 1'000'000;
    std::string words = (millions == 1 ? std::string("één") : compound(millions)) + " miljoen";
    if (rest > 0) words += " " + compound(rest);
    return words;
}

int twelve_hour(int hour) {
    const int h = hour % 12;
    return h == 0 ? 12 : h;
}

} // namespace

std::string dutch_number(long long n) {
    if (n < 0) return "min " + dutch_number(-n);
    // A lone 1 is stressed "één"; written "een" espeak-ng reads the article.
    if (n == 1) return "één";
    return compound(n);
}

std::string dutch_clock_time(int hour, int minute) {
    hour %= 24;
    const std::string this_hour = dutch_number(twelve_hour(hour));
    const std::string next_hour = dutch_number(twelve_hour(hour + 1));
    std::string words;
    switch (minute) {
    case 0: words = this_hour + " uur"; break;
    case 15: words = "kwart over " + this_hour; break;
    case 30: words = "half " + next_hour; break;
    case 45: words = "kwart voor " + next_hour; break;
    default: words = this_hour + " uur " + dutch_number(minute); break;
    }
    // Evening and night are said, so 20:00 is not heard as 8 in the morning. Written as heard:
    // espeak-ng reads "'s avonds" as a separate "s".
    if (hour >= 18)
        words += " savonds";
    else if (hour < 6)
        words += " snachts";
    return words;
}

std::string_view dutch_month_name(unsigned month) {
    static constexpr std::array<std::string_view, 12> names = {
        "januari", "februari", "maart",     "april",   "mei",      "juni",
        "juli",    "augustus", "september", "oktober", "november", "december"};
    return month >= 1 && month <= 12 ? names[month - 1] : std::string_view{};
}

std::string_view dutch_weekday_name(unsigned iso_weekday) {
    static constexpr std::array<std::string_view, 7> names = {
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
    return iso_weekday >= 1 && iso_weekday <= 7 ? names[iso_weekday - 1] : std::string_view{};
}

std::string dutch_date(Date date, int reference_year) {
    std::string words = std::string(dutch_weekday_name(iso_weekday(date))) + " " +
                        dutch_number(static_cast<unsigned>(date.day())) + " " +
                        std::string(dutch_month_name(static_cast<unsigned>(date.month())));
    const int year = static_cast<int>(date.year());
    if (reference_year == 0 || year != reference_year) words += " " + dutch_number(year);
    return words;
}

std::string dutch_digits(std::string_view digits) {
    std::string words;
    for (char c : digits) {
        if (c < '0' || c > '9') continue;
        if (!words.empty()) words += ' ';
        words += dutch_number(c - '0');
    }
    return words;
}

std::string dutch_amount(long long euros, int cents) {
    if (euros == 0 && cents > 0) return dutch_number(cents) + " cent";
    std::string words = dutch_number(euros) + " euro";
    if (cents > 0) words += " " + dutch_number(cents);
    return words;
}

} // namespace bk
