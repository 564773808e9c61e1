#include "buurtkiosk/domain/calendar.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace bk {

using namespace std::chrono;

std::optional<Date> parse_date(const std::string& text) {
    int y = 0;
    unsigned m = 0, d = 0;
    char tail = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3)
        return std::nullopt;
    Date date{year{y}, month{m}, day{d}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::optional<TimeOfDay> parse_time(const std::string& text) {
    int h = -1, m = -1;
    char tail = 0;
    if (text.size() < 4 || text.size() > 5 ||
        std::sscanf(text.c_str(), "%2d:%2d%c", &h, &m, &tail) != 2)
        return std::nullopt;
    if (h < 0 || h > 23 || m < 0 || m > 59) return std::nullopt;
    return TimeOfDay{h * 60 + m};
}

std::string format_date_iso(Date date) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                  unsigned(date.day()));
    return buf;
}

std::string format_time(TimeOfDay time) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d", time.hour(), time.minute());
    return buf;
}

unsigned iso_weekday(Date date) {
    return weekday{sys_days{date}}.iso_encoding();
}

std::optional<unsigned> parse_weekday(const std::string& text) {
    static const std::array<std::array<const char*, 3>, 7> names{{
        {"maandag", "monday", "ma"},
        {"dinsdag", "tuesday", "di"},
        {"woensdag", "wednesday", "wo"},
        {"donderdag", "thursday", "do"},
        {"vrijdag", "friday", "vr"},
        {"zaterdag", "saturday", "za"},
        {"zondag", "sunday", "zo"},
    }};
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    for (unsigned i = 0; i < names.size(); ++i)
        for (const char* name : names[i])
            if (lower == name) return i + 1;
    return std::nullopt;
}

Date add_days(Date date, int days) {
    return Date{sys_days{date} + std::chrono::days{days}};
}

} // namespace bk
