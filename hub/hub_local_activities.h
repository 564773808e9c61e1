// Quick activities on the hub: the ones kiosks' volunteers made, kept per kiosk group in
// hub.db's local_activities table until they have passed (docs/protocol.md, "Quick
// activities"). These functions run inside HubStore's lock and the caller's transaction, so a
// quick activity and the answer to its Idempotency-Key commit together.
#pragma once
#include "buurtkiosk/domain/local_activity.h"
#include "buurtkiosk/store/database.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace bk::hub {

// A quick activity as the hub keeps it: which kiosk sent it, for which group.
struct KeptLocalActivity {
    std::string kiosk;
    std::string group;
    LocalActivity activity;
};

// Keeps a "local_activity" submission's payload for the kiosk's group. Returns what is wrong
// with it in plain English when it is not a quick activity to keep; nothing is stored then.
// The same quick activity sent again (under another key) is kept once.
std::optional<std::string> keep_local_activity(Database& db, const std::string& kiosk,
                                               const std::string& group, const std::string& payload,
                                               const std::string& now);

// The group's quick activities (every group's when `group` is empty) from `from_date`
// ("YYYY-MM-DD") on, by date and start.
std::vector<KeptLocalActivity> kept_local_activities(Database& db, const std::string& group,
                                                     const std::string& from_date);

// Keeps the soonest ones whose GET /v1/local-activities answer stays within `max_bytes` (a
// kiosk refuses a larger one). Returns how many were dropped.
std::size_t cut_to_fit(std::vector<LocalActivity>& answer, std::size_t max_bytes);

} // namespace bk::hub
