// Expanding weekly and one-off schedules into dated occurrences; current announcements.
#include "buurtkiosk/content/occurrences.h"

#include <algorithm>

namespace bk {

namespace {

void add_weekly(const Activity& activity, Date first, Date last, std::vector<Occurrence>& out) {
    const Schedule& schedule = activity.schedule;
    Date begin = schedule.from && *schedule.from > first ? *schedule.from : first;
    Date end = schedule.until && *schedule.until < last ? *schedule.until : last;
    if (end < begin) return;
    // Civil dates: one day is one calendar day, whatever daylight saving does to the clock.
    int ahead =
        (static_cast<int>(*schedule.weekday) - static_cast<int>(iso_weekday(begin)) + 7) % 7;
    for (Date date = add_days(begin, ahead); date <= end; date = add_days(date, 7))
        out.push_back({&activity, date, schedule.start, schedule.end});
}

} // namespace

std::vector<Occurrence> occurrences_between(const Content& content, Date first, Date last) {
    std::vector<Occurrence> occurrences;
    if (last < first) return occurrences;
    for (const Activity& activity : content.activities) {
        const Schedule& schedule = activity.schedule;
        if (schedule.weekday) {
            add_weekly(activity, first, last, occurrences);
        } else if (schedule.date && *schedule.date >= first && *schedule.date <= last) {
            occurrences.push_back({&activity, *schedule.date, schedule.start, schedule.end});
        }
    }
    std::stable_sort(occurrences.begin(), occurrences.end(),
                     [](const Occurrence& a, const Occurrence& b) {
                         if (a.date != b.date) return a.date < b.date;
                         if (a.start != b.start) return a.start < b.start;
                         return a.activity->title.in("nl") < b.activity->title.in("nl");
                     });
    return occurrences;
}

std::vector<const Announcement*> current_announcements(const Content& content, Date today) {
    std::vector<const Announcement*> current;
    for (const Announcement& announcement : content.announcements) {
        if (announcement.from && today < *announcement.from) continue;
        if (announcement.until && today > *announcement.until) continue;
        current.push_back(&announcement);
    }
    return current;
}

} // namespace bk
