// Counting places on the hub: the sign_ups table of migration 2 (hub_store.cpp).
#include "hub_places.h"

#include "buurtkiosk/domain/calendar.h"

#include <algorithm>
#include <climits>

namespace bk::hub {
namespace {

// Far above any real id or activity id; keeps every count's JSON small in GET /v1/places.
constexpr std::size_t kMaxIdLength = 200;
// The kiosk's form allows a handful of people and content at most 10,000 places; the bounds
// keep the sums far from overflowing.
constexpr std::int64_t kMaxPeople = 1000;
constexpr std::int64_t kMaxCapacity = 100000;

struct Occurrence {
    std::string group;
    std::string activity_id;
    std::string date;
};

struct NewSignUp {
    std::string id;
    Occurrence occurrence;
    int people = 0;
    int capacity = 0;
    bool walk_in = false;       // added by a volunteer, in the room already
    bool over_capacity = false; // the volunteer added them beyond the places
};

bool flag(const nlohmann::json& payload, const char* key) {
    return payload.contains(key) && payload[key].is_boolean() && payload[key].get<bool>();
}

std::optional<std::string> id_field(const nlohmann::json& payload, const char* key) {
    if (!payload.contains(key) || !payload[key].is_string()) return std::nullopt;
    std::string text = payload[key].get<std::string>();
    if (text.empty() || text.size() > kMaxIdLength) return std::nullopt;
    return text;
}

std::optional<int> positive_field(const nlohmann::json& payload, const char* key,
                                  std::int64_t max) {
    if (!payload.contains(key) || !payload[key].is_number_integer()) return std::nullopt;
    auto value = payload[key].get<std::int64_t>();
    if (value < 1 || value > max) return std::nullopt;
    return static_cast<int>(value);
}

// Only a date as the kiosk writes it: string comparison in SQL then orders dates correctly.
std::optional<std::string> date_field(const nlohmann::json& payload) {
    if (!payload.contains("date") || !payload["date"].is_string()) return std::nullopt;
    std::string text = payload["date"].get<std::string>();
    auto date = parse_date(text);
    if (!date || format_date_iso(*date) != text) return std::nullopt;
    return text;
}

std::optional<NewSignUp> countable(const nlohmann::json& payload, const std::string& group) {
    auto id = id_field(payload, "id");
    auto activity_id = id_field(payload, "activity_id");
    auto date = date_field(payload);
    auto people = positive_field(payload, "people", kMaxPeople);
    auto capacity = positive_field(payload, "capacity", kMaxCapacity);
    if (!id || !activity_id || !date || !people || !capacity) return std::nullopt;
    return NewSignUp{*id,       {group, *activity_id, *date}, *people,
                     *capacity, flag(payload, "walk_in"),     flag(payload, "over_capacity")};
}

int clamped(std::int64_t people) {
    return static_cast<int>(std::min<std::int64_t>(people, INT_MAX));
}

// The occurrence's people, but those of `others_than` (a kiosk's name; "" counts everyone).
wire::PlaceCount count_of(Database& db, const Occurrence& occurrence,
                          const std::string& others_than) {
    Statement s =
        db.prepare("SELECT COALESCE(SUM(CASE WHEN status = 'confirmed' THEN people END), 0), "
                   "COALESCE(SUM(CASE WHEN status = 'waiting_list' THEN people END), 0) "
                   "FROM sign_ups WHERE kiosk_group = ? AND activity_id = ? AND date = ? "
                   "AND kiosk <> ?");
    s.bind(1, occurrence.group)
        .bind(2, occurrence.activity_id)
        .bind(3, occurrence.date)
        .bind(4, others_than);
    s.step(); // an aggregate always has its one row
    return {occurrence.activity_id, occurrence.date, clamped(s.column_int(0)),
            clamped(s.column_int(1))};
}

// A sign-up the hub already has, with its status and its occurrence as counted now.
std::optional<wire::SignUpOutcome> known_outcome(Database& db, const std::string& kiosk,
                                                 const std::string& id, Occurrence* occurrence) {
    Statement s = db.prepare("SELECT kiosk_group, activity_id, date, status FROM sign_ups "
                             "WHERE kiosk = ? AND id = ?");
    s.bind(1, kiosk).bind(2, id);
    if (!s.step()) return std::nullopt;
    Occurrence found{s.column_text(0), s.column_text(1), s.column_text(2)};
    std::string status = s.column_text(3);
    if (occurrence) *occurrence = found;
    return wire::SignUpOutcome{id, status, count_of(db, found, kiosk)};
}

} // namespace

std::optional<wire::SignUpOutcome> place_sign_up(Database& db, const std::string& kiosk,
                                                 const std::string& group,
                                                 const nlohmann::json& payload,
                                                 const std::string& now) {
    auto sign_up = countable(payload, group);
    if (!sign_up) return std::nullopt;
    // The same sign-up under another key (a kiosk's outbox rebuilt) is counted once.
    if (auto earlier = known_outcome(db, kiosk, sign_up->id, nullptr)) return earlier;

    // Never refused: the visitor was already told something at the kiosk, maybe offline. A
    // walk-in is in the room: a volunteer put them on the list, so they keep their place.
    const wire::PlaceCount before = count_of(db, sign_up->occurrence, "");
    const std::string status =
        sign_up->walk_in || before.taken + sign_up->people <= sign_up->capacity ? "confirmed"
                                                                                : "waiting_list";
    db.prepare("INSERT INTO sign_ups (kiosk, id, kiosk_group, activity_id, date, people, "
               "capacity, status, received_at, walk_in, over_capacity) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?)")
        .bind(1, kiosk)
        .bind(2, sign_up->id)
        .bind(3, group)
        .bind(4, sign_up->occurrence.activity_id)
        .bind(5, sign_up->occurrence.date)
        .bind(6, sign_up->people)
        .bind(7, sign_up->capacity)
        .bind(8, status)
        .bind(9, now)
        .bind(10, sign_up->walk_in ? 1 : 0)
        .bind(11, sign_up->walk_in && sign_up->over_capacity ? 1 : 0)
        .run();
    return wire::SignUpOutcome{sign_up->id, status, count_of(db, sign_up->occurrence, kiosk)};
}

std::optional<wire::SignUpOutcome> place_cancellation(Database& db, const std::string& kiosk,
                                                      const nlohmann::json& payload) {
    auto id = id_field(payload, "sign_up_id");
    if (!id) return std::nullopt;
    Occurrence occurrence;
    if (!known_outcome(db, kiosk, *id, &occurrence)) return std::nullopt;

    db.prepare("UPDATE sign_ups SET status = 'cancelled' WHERE kiosk = ? AND id = ?")
        .bind(1, kiosk)
        .bind(2, *id)
        .run();
    // Only the kiosk's own waiting sign-ups of the same occurrence: a promoted id can neither
    // bring back a cancelled sign-up nor touch another kiosk's or another activity's.
    if (payload.contains("promoted") && payload["promoted"].is_array()) {
        Statement promote = db.prepare(
            "UPDATE sign_ups SET status = 'confirmed' WHERE kiosk = ? AND id = ? AND "
            "status = 'waiting_list' AND kiosk_group = ? AND activity_id = ? AND date = ?");
        for (const nlohmann::json& promoted : payload["promoted"]) {
            if (!promoted.is_string()) continue;
            promote.bind(1, kiosk)
                .bind(2, promoted.get<std::string>())
                .bind(3, occurrence.group)
                .bind(4, occurrence.activity_id)
                .bind(5, occurrence.date)
                .run();
            promote.reset();
        }
    }
    return wire::SignUpOutcome{*id, "cancelled", count_of(db, occurrence, kiosk)};
}

std::optional<wire::SignUpOutcome> place_move_up(Database& db, const std::string& kiosk,
                                                 const nlohmann::json& payload) {
    auto id = id_field(payload, "sign_up_id");
    if (!id) return std::nullopt;
    Occurrence occurrence;
    if (!known_outcome(db, kiosk, *id, &occurrence)) return std::nullopt;
    // A cancelled sign-up stays cancelled: a late move-up cannot bring it back.
    db.prepare("UPDATE sign_ups SET status = 'confirmed' WHERE kiosk = ? AND id = ? AND "
               "status = 'waiting_list'")
        .bind(1, kiosk)
        .bind(2, *id)
        .run();
    return known_outcome(db, kiosk, *id, nullptr);
}

std::vector<wire::PlaceCount> place_counts(Database& db, const std::string& group,
                                           const std::string& from_date,
                                           const std::string& others_than) {
    Statement s = db.prepare(
        "SELECT activity_id, date, SUM(CASE WHEN status = 'confirmed' THEN people ELSE 0 END), "
        "SUM(CASE WHEN status = 'waiting_list' THEN people ELSE 0 END) FROM sign_ups "
        "WHERE kiosk_group = ? AND date >= ? AND status <> 'cancelled' AND kiosk <> ? "
        "GROUP BY activity_id, date ORDER BY date, activity_id");
    s.bind(1, group).bind(2, from_date).bind(3, others_than);
    std::vector<wire::PlaceCount> counts;
    while (s.step())
        counts.push_back({s.column_text(0), s.column_text(1), clamped(s.column_int(2)),
                          clamped(s.column_int(3))});
    return counts;
}

std::size_t cut_to_fit(wire::Places& answer, std::size_t max_bytes) {
    std::size_t size = wire::to_body(wire::Places{answer.as_of, {}}).size();
    std::size_t fitting = 0;
    for (const wire::PlaceCount& count : answer.places) {
        size += wire::to_body(wire::Places{"", {count}}).size(); // an entry and its comma, or more
        if (size > max_bytes) break;
        ++fitting;
    }
    const std::size_t dropped = answer.places.size() - fitting;
    answer.places.resize(fitting);
    return dropped;
}

} // namespace bk::hub
