// A quick activity a volunteer puts on the kiosk for today ("Vandaag soep"): shown at once beside
// the municipality's activities, sent to the hub, and kept there for the group's kiosks until it
// has passed (docs/protocol.md, "Quick activities").
#pragma once
#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/domain/content.h"

#include <optional>
#include <string>

namespace bk {

struct LocalActivity {
    std::string id;    // "lokaal-" + UUID: never the id of a bundle's activity
    std::string title; // Dutch, as the volunteer chose or typed it
    Date date;
    TimeOfDay start;
    TimeOfDay end;
    std::optional<int> capacity; // none: come in, no sign-up
    Category category = Category::Ontmoeting;
    std::string pictogram;  // a pictogram name (docs/content-format.md); empty: the category's
    std::string created_at; // UTC

    bool operator==(const LocalActivity&) const = default;
};

inline constexpr int kLocalTitleMaxBytes = 80;
inline constexpr int kLocalCapacityMax = 200;

// What is wrong with it, in plain English; nullopt when the kiosk and the hub may keep it.
std::optional<std::string> local_activity_problem(const LocalActivity& activity);

// As the agenda shows it: a one-off activity of the day, in every language the same title.
Activity as_activity(const LocalActivity& local);

} // namespace bk
