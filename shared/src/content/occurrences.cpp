// Expanding weekly and dated schedules into occurrences; current announcements.
#include "buurtkiosk/content/occurrences.h"

#include <algorithm>

namespace bk {

namespace {

// An excepted date is still there, cancelled: visitors who come every week must learn it is off.
DatedTime weekly_on(const Schedule& schedule, Date date) {
    bool off = std::binary_search(schedule.except.begin(), schedule.except.end(), date);
    return {date, schedule.start, schedule.end, date, false, off};
}

void add_weekly(const Activity& activity, Date first, Date last, std::vector<Occurrence>& out) {
    const Schedule& schedule = activity.schedule;
    Date begin = schedule.from && *schedule.from > first ? *schedule.from : first;
    Date end = schedule.until && *schedule.until < last ? *schedule.until : last;
    if (end < begin) return;
    // Civil dates: one day is one calendar day, whatever daylight saving does to the clock.
    int ahead =
        (static_cast<int>(*schedule.weekday) - static_cast<int>(iso_weekday(begin)) + 7) % 7;
    for (Date date = add_days(begin, ahead); date <= end; date = add_days(date, 7))
        out.push_back({&activity, weekly_on(schedule, date)});
}

void add_dated(const Activity& activity, Date first, Date last, std::vector<Occurrence>& out) {
    for (const DatedTime& when : activity.schedule.dates) {
        if (when.date > last) break; // sorted by date
        if (when.end_date >= first) out.push_back({&activity, when});
    }
}

} // namespace

std::vector<Occurrence> occurrences_between(const Content& content, Date first, Date last) {
    std::vector<Occurrence> occurrences;
    if (last < first) return occurrences;
    for (const Activity& activity : content.activities) {
        if (activity.schedule.weekday)
            add_weekly(activity, first, last, occurrences);
        else
            add_dated(activity, first, last, occurrences);
    }
    std::stable_sort(occurrences.begin(), occurrences.end(),
                     [first](const Occurrence& a, const Occurrence& b) {
                         Date day_a = std::max(a.when.date, first);
                         Date day_b = std::max(b.when.date, first);
                         if (day_a != day_b) return day_a < day_b;
                         if (a.when.all_day != b.when.all_day) return a.when.all_day;
                         if (a.when.start != b.when.start) return a.when.start < b.when.start;
                         return a.activity->title.in("nl") < b.activity->title.in("nl");
                     });
    return occurrences;
}

std::optional<Occurrence> occurrence_on(const Activity& activity, Date date) {
    const Schedule& schedule = activity.schedule;
    if (schedule.weekday) {
        if (iso_weekday(date) != *schedule.weekday) return std::nullopt;
        if (schedule.from && date < *schedule.from) return std::nullopt;
        if (schedule.until && date > *schedule.until) return std::nullopt;
        return Occurrence{&activity, weekly_on(schedule, date)};
    }
    auto it = std::lower_bound(schedule.dates.begin(), schedule.dates.end(), date,
                               [](const DatedTime& d, Date day) { return d.date < day; });
    if (it == schedule.dates.end() || it->date != date) return std::nullopt;
    return Occurrence{&activity, *it};
}

bool has_ended(const Occurrence& occurrence, Date today, TimeOfDay now) {
    const DatedTime& when = occurrence.when;
    if (today != when.end_date) return today > when.end_date;
    if (when.all_day) return false;
    // Without a known end a visitor can still come in at its start.
    if (!when.end) return now > when.start;
    return now >= *when.end;
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
