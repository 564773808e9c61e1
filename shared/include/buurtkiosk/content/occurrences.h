// Expanding activities (weekly or dated) into dated occurrences for a range of days.
#pragma once
#include "buurtkiosk/domain/content.h"

#include <optional>
#include <vector>

namespace bk {

// All occurrences that take place on a day from first to last: those that start then, and
// those that started before and still run on `first` (a three-day festival on its second day).
// Sorted by the day they are shown on (the later of their date and `first`), all-day ones
// before timed ones, then by start time, then by Dutch title.
std::vector<Occurrence> occurrences_between(const Content& content, Date first, Date last);

// The activity's occurrence that starts on `date`, if it has one.
std::optional<Occurrence> occurrence_on(const Activity& activity, Date date);

// Over at this moment: past its end (its start when it has no end; the end of its last day
// when it lasts all day).
bool has_ended(const Occurrence& occurrence, Date today, TimeOfDay now);

// The announcements that are current on `today`.
std::vector<const Announcement*> current_announcements(const Content& content, Date today);

} // namespace bk
