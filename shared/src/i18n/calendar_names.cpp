#include "buurtkiosk/i18n/calendar_names.h"

#include "buurtkiosk/i18n/ui_text.h"

namespace bk {

// The names are in the catalogues ("weekday-1" is Monday, "month-11" November), so a
// municipality can correct them like any other text.
std::string weekday_name(const std::string& language, unsigned iso_weekday) {
    if (iso_weekday < 1 || iso_weekday > 7) return {};
    return ui_text("weekday-" + std::to_string(iso_weekday), language);
}

std::string month_name(const std::string& language, unsigned month) {
    if (month < 1 || month > 12) return {};
    return ui_text("month-" + std::to_string(month), language);
}

std::string long_date(const std::string& language, Date date) {
    return ui_text("long_date", language,
                   {{"weekday", weekday_name(language, iso_weekday(date))},
                    {"day", std::to_string(unsigned(date.day()))},
                    {"month", month_name(language, unsigned(date.month()))}});
}

} // namespace bk
