// Weekday and month names and long dates in the kiosk's languages ("dinsdag 24 november").
#pragma once
#include "buurtkiosk/domain/calendar.h"

#include <string>

namespace bk {

std::string weekday_name(const std::string& language, unsigned iso_weekday);
std::string month_name(const std::string& language, unsigned month);
// "dinsdag 24 november" / "Tuesday 24 November"
std::string long_date(const std::string& language, Date date);

} // namespace bk
