// The line under the buurtkamer's name on the home screen: today's date and opening hours as
// shown, and as read aloud with the clock time.
#pragma once
#include "domain/clock.h"
#include "domain/content.h"

#include <string>

namespace bk {

struct HomeDateLine {
    std::string shown;  // "dinsdag 24 november  ·  Open 10:00 – 16:00"
    std::string spoken; // "Het is dinsdag 24 november, 10:15. Open 10:00 – 16:00."
};

// The clock time is said right after the date and the opening hours get a sentence of their
// own: "..., 10:15" after "Open 10:00 – 16:00" sounded like a second closing time.
HomeDateLine home_date_line(const Place& place, LocalDateTime now, const std::string& language);

} // namespace bk
