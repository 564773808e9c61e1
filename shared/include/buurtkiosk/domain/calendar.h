// Dates and times of day as the kiosk uses them: local civil dates, minutes since midnight.
#pragma once
#include <chrono>
#include <optional>
#include <string>

namespace bk {

using Date = std::chrono::year_month_day;

struct TimeOfDay {
    int minutes = 0; // since local midnight, 0..1439
    auto operator<=>(const TimeOfDay&) const = default;
    int hour() const { return minutes / 60; }
    int minute() const { return minutes % 60; }
};

// "2026-11-24" -> Date; nullopt when malformed or not a real date.
std::optional<Date> parse_date(const std::string& text);
// "10:30" -> TimeOfDay; nullopt when malformed.
std::optional<TimeOfDay> parse_time(const std::string& text);
std::string format_date_iso(Date date);
std::string format_time(TimeOfDay time); // "10:30"

// 1 = Monday ... 7 = Sunday (ISO).
unsigned iso_weekday(Date date);
// "maandag" / "monday" / "ma" -> 1..7; nullopt otherwise.
std::optional<unsigned> parse_weekday(const std::string& text);

Date add_days(Date date, int days);

} // namespace bk
