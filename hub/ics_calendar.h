// An iCalendar file read and expanded by libical: every happening of its events within a range
// of days, in the kiosk's own time (Europe/Amsterdam), whatever the hub machine's TZ says.
#pragma once
#include "buurtkiosk/domain/content.h"

#include <string>
#include <vector>

namespace bk::hub {

struct CalendarOccurrence {
    // Which activity it belongs to: the UID (for an event without one, a digest of its text),
    // with "|" and the RECURRENCE-ID when a changed occurrence has a text of its own.
    std::string series;
    std::string title; // SUMMARY, white space collapsed
    std::string description;
    std::string place;
    std::string url;
    std::vector<std::string> categories;
    DatedTime when;
};

struct CalendarRead {
    std::vector<CalendarOccurrence> occurrences; // in the order of the file's events
    std::vector<std::string> warnings;           // what was skipped or guessed, per event
    std::string error;                           // not empty: not a calendar at all
    std::size_t events = 0;                      // VEVENTs read
};

// Happenings that take place on a day from first to last (also those that started earlier and
// still run on `first`). Removed dates (EXDATE) are left out, cancelled ones are kept as such.
CalendarRead read_calendar(const std::string& utf8_text, Date first, Date last);

} // namespace bk::hub
