#include "buurtkiosk/i18n/home_date_line.h"

#include "buurtkiosk/i18n/calendar_names.h"
#include "buurtkiosk/i18n/ui_text.h"

namespace bk {

HomeDateLine home_date_line(const Place& place, LocalDateTime now, const std::string& language) {
    HomeDateLine line;
    const std::string date = long_date(language, now.date);
    const std::string time = format_time(now.time);
    line.shown = date;
    line.spoken = language == "nl" ? "Het is " : "";
    line.pieces.push_back({line.spoken.size(), 0, date.size()});
    line.spoken += date + ", ";
    line.time_at = line.spoken.size();
    line.time_size = time.size();
    line.spoken += time + ".";
    if (place.opening_hours.empty()) return line;
    // Today's opening hours beside the date: the first thing a passer-by wants to know.
    std::string open_today = ui_text("closed_today", language);
    for (const OpeningHours& hours : place.opening_hours)
        if (hours.weekday == iso_weekday(now.date))
            open_today = std::string(ui_text("opening_hours", language)) + " " +
                         format_time(hours.open) + " \xe2\x80\x93 " + format_time(hours.close);
    line.shown += "  \xc2\xb7  ";
    line.spoken += " ";
    line.pieces.push_back({line.spoken.size(), line.shown.size(), open_today.size()});
    line.shown += open_today;
    line.spoken += open_today + ".";
    return line;
}

} // namespace bk
