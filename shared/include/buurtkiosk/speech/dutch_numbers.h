// Dutch words for numbers, clock times, dates, digits and euro amounts, as the speech text says
// them. Rules and reasons are in docs/speech.md.
#pragma once
#include "buurtkiosk/domain/calendar.h"

#include <string>
#include <string_view>

namespace bk {

// 0 -> "nul", 1 -> "één", 21 -> "eenentwintig", 2026 -> "tweeduizend zesentwintig".
std::string dutch_number(long long n);
// 10:00 "tien uur", 10:15 "kwart over tien", 10:30 "half elf", 10:45 "kwart voor elf",
// 10:20 "tien uur twintig"; 12-hour words, with "savonds"/"snachts" from 18:00 and before 6:00.
std::string dutch_clock_time(int hour, int minute);
// "dinsdag vierentwintig november", plus the year when it differs from reference_year (0: always).
std::string dutch_date(Date date, int reference_year);
// "06" -> "nul zes"; non-digits are skipped.
std::string dutch_digits(std::string_view digits);
// (3, 50) -> "drie euro vijftig", (0, 50) -> "vijftig cent", (3, 0) -> "drie euro".
std::string dutch_amount(long long euros, int cents);
// 1 -> "januari" ... 12 -> "december".
std::string_view dutch_month_name(unsigned month);
// 1 (Monday) -> "maandag" ... 7 -> "zondag".
std::string_view dutch_weekday_name(unsigned iso_weekday);

} // namespace bk
