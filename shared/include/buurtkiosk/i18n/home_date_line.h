// The line under the buurtkamer's name on the home screen: today's date and opening hours as
// shown, and as read aloud with the clock time.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/domain/content.h"

#include <cstddef>
#include <string>
#include <vector>

namespace bk {

struct HomeDateLine {
    std::string shown;  // "dinsdag 24 november  ·  Open 10:00 – 16:00"
    std::string spoken; // "Het is dinsdag 24 november, 10:15. Open 10:00 – 16:00."

    // Where the spoken words are on screen, so the word being read is highlighted where it is
    // shown: the date and the opening hours in `shown`, the time on the clock.
    struct Piece {
        std::size_t spoken_at, shown_at, size;
    };
    std::vector<Piece> pieces;
    std::size_t time_at = 0, time_size = 0; // the clock time, in `spoken`
};

// The clock time is said right after the date and the opening hours get a sentence of their
// own: "..., 10:15" after "Open 10:00 – 16:00" sounded like a second closing time.
HomeDateLine home_date_line(const Place& place, LocalDateTime now, const std::string& language);

} // namespace bk
