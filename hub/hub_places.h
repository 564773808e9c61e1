// The hub's count of places per (kiosk group, activity, date), kept in hub.db's sign_ups table.
// These functions run inside HubStore's lock and the caller's transaction, so the decision and
// the stored answer to the Idempotency-Key commit together.
//
// A kiosk is told the counts of the other kiosks (and later the desk), never its own: it adds
// its own sign-ups from its store, which also knows the ones whose answer it has not had yet.
// A total would count those twice while their answer is lost (docs/protocol.md).
#pragma once
#include "buurtkiosk/protocol/wire.h"
#include "buurtkiosk/store/database.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace bk::hub {

// Decides a new sign_up: confirmed while its people fit the capacity the kiosk sent, else the
// waiting list; a walk-in (`walk_in`: true) is always confirmed. nullopt when the payload cannot be
// counted (no valid capacity: older kiosks), and then nothing is stored here.
std::optional<wire::SignUpOutcome> place_sign_up(Database& db, const std::string& kiosk,
                                                 const std::string& group,
                                                 const nlohmann::json& payload,
                                                 const std::string& now);

// Cancels the kiosk's sign-up and confirms the ones its volunteer promoted. nullopt when the hub
// does not know that sign-up.
std::optional<wire::SignUpOutcome> place_cancellation(Database& db, const std::string& kiosk,
                                                      const nlohmann::json& payload);

// A volunteer moved the kiosk's waiting sign-up up (payload `sign_up_id`): confirmed, even when
// another kiosk took the place meanwhile, because the volunteer has told the person. nullopt
// when the hub does not know that sign-up.
std::optional<wire::SignUpOutcome> place_move_up(Database& db, const std::string& kiosk,
                                                 const nlohmann::json& payload);

// The group's occurrences from `from_date` ("YYYY-MM-DD") on that have anyone confirmed or
// waiting at a kiosk other than `others_than`, soonest first, counting those only.
std::vector<wire::PlaceCount> place_counts(Database& db, const std::string& group,
                                           const std::string& from_date,
                                           const std::string& others_than);

// Keeps the soonest counts whose answer stays within `max_bytes` (a kiosk refuses a larger
// one): a group with very many booked occurrences gets those rather than no counts at all.
// Returns how many were dropped.
std::size_t cut_to_fit(wire::Places& answer, std::size_t max_bytes);

} // namespace bk::hub
