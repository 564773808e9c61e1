// Quick activities on the hub: the local_activities table of migration 3 (hub_store.cpp).
#include "hub_local_activities.h"

#include "buurtkiosk/protocol/wire.h"

#include <nlohmann/json.hpp>

namespace bk::hub {

std::optional<std::string> keep_local_activity(Database& db, const std::string& kiosk,
                                               const std::string& group, const std::string& payload,
                                               const std::string& now) {
    // The server parsed it within the protocol's limits before it came here.
    auto record = nlohmann::json::parse(payload, nullptr, false);
    if (!record.is_object()) return "local activity: the payload is not a JSON object";
    std::string problem;
    std::optional<LocalActivity> activity = wire::read_local_activity(record, problem);
    if (!activity) return problem;
    // Stored as the hub reads it, not as it came: every kiosk of the group gets the same
    // canonical form, without fields a newer kiosk might add.
    db.prepare("INSERT OR IGNORE INTO local_activities (kiosk, id, kiosk_group, date, body, "
               "received_at) VALUES (?,?,?,?,?,?)")
        .bind(1, kiosk)
        .bind(2, activity->id)
        .bind(3, group)
        .bind(4, format_date_iso(activity->date))
        .bind(5, wire::to_json(*activity).dump())
        .bind(6, now)
        .run();
    return std::nullopt;
}

std::vector<KeptLocalActivity> kept_local_activities(Database& db, const std::string& group,
                                                     const std::string& from_date) {
    // Times are stored as "HH:MM", so their text orders them.
    Statement s = db.prepare("SELECT kiosk, kiosk_group, body FROM local_activities "
                             "WHERE (? = '' OR kiosk_group = ?) AND date >= ? "
                             "ORDER BY date, json_extract(body, '$.start'), kiosk, id");
    s.bind(1, group).bind(2, group).bind(3, from_date);
    std::vector<KeptLocalActivity> list;
    while (s.step()) {
        auto body = nlohmann::json::parse(s.column_text(2), nullptr, false);
        std::string problem;
        std::optional<LocalActivity> activity = wire::read_local_activity(body, problem);
        if (!activity) continue; // checked on the way in; a later, stricter check drops it
        list.push_back({s.column_text(0), s.column_text(1), std::move(*activity)});
    }
    return list;
}

std::size_t cut_to_fit(std::vector<LocalActivity>& answer, std::size_t max_bytes) {
    std::size_t size = wire::to_body(std::vector<LocalActivity>{}).size();
    std::size_t fitting = 0;
    for (const LocalActivity& activity : answer) {
        size += wire::to_json(activity).dump().size() + 1; // the entry and its comma
        if (size > max_bytes) break;
        ++fitting;
    }
    const std::size_t dropped = answer.size() - fitting;
    answer.resize(fitting);
    return dropped;
}

} // namespace bk::hub
