// Expanding activities (weekly or one-off) into dated occurrences for a range of days.
#pragma once
#include "buurtkiosk/domain/content.h"

#include <vector>

namespace bk {

// All occurrences with first <= date <= last, sorted by date, then start time, then title.
std::vector<Occurrence> occurrences_between(const Content& content, Date first, Date last);

// The announcements that are current on `today`.
std::vector<const Announcement*> current_announcements(const Content& content, Date today);

} // namespace bk
