#include "i18n/home_date_line.h"

#include "i18n/calendar_names.h"
#include "i18n/ui_text.h"

namespace bk {

HomeDateLine home_date_line(const Place& place, LocalDateTime now, const std::string& language) {
    HomeDateLine line;
    const std::string date = long_date(language, now.date);
    line.shown = date;
    line.spoken =
        std::string(language == "nl" ? "Het is " : "") + date + ", " + format_time(now.time) + ".";
    if (place.opening_hours.empty()) return line;
    // Today's opening hours beside the date: the first thing a passer-by wants to know.
    std::string open_today = ui_text("closed_today", language);
    for (const OpeningHours& hours : place.opening_hours)
        if (hours.weekday == iso_weekday(now.date))
            open_today = std::string(ui_text("opening_hours", language)) + " " +
                         format_time(hours.open) + " \xe2\x80\x93 " + format_time(hours.close);
    line.shown += "  \xc2\xb7  " + open_today;
    line.spoken += " " + open_today + ".";
    return line;
}

} // namespace bk
