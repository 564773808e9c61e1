// Minutes of the day: an opening's widened range may spill past midnight into the next day.
#include "buurtkiosk/content/screen_hours.h"

namespace bk {

namespace {
constexpr int kDay = 24 * 60;
}

bool screen_on(const Place& place, int margin_minutes, Date date, TimeOfDay time) {
    if (place.opening_hours.empty()) return true;
    const unsigned today = iso_weekday(date);
    const unsigned yesterday = today == 1 ? 7 : today - 1;
    const unsigned tomorrow = today == 7 ? 1 : today + 1;
    for (const OpeningHours& h : place.opening_hours) {
        int from = h.open.minutes - margin_minutes;
        int to = h.close.minutes + margin_minutes;
        int now = time.minutes;
        if (h.weekday == today && now >= from && now < to) return true;
        if (h.weekday == yesterday && now + kDay < to) return true;   // late close
        if (h.weekday == tomorrow && now - kDay >= from) return true; // early open
    }
    return false;
}

std::optional<Opening> next_opening(const Place& place, Date date, TimeOfDay time) {
    for (int ahead = 0; ahead <= 7; ++ahead) {
        Date day = add_days(date, ahead);
        std::optional<TimeOfDay> first;
        for (const OpeningHours& h : place.opening_hours) {
            if (h.weekday != iso_weekday(day)) continue;
            if (ahead == 0 && h.open <= time) continue;
            if (!first || h.open < *first) first = h.open;
        }
        if (first) return Opening{day, *first};
    }
    return std::nullopt;
}

} // namespace bk
