// Sign-ups: validation, capacity and waiting list, codes, cancellation with promotion, retention.
#include "buurtkiosk/store/sign_ups.h"

#include "buurtkiosk/domain/person.h"
#include "buurtkiosk/domain/sign_up_code.h"
#include "buurtkiosk/domain/trim.h"
#include "buurtkiosk/domain/uuid.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/hub_places.h"
#include "buurtkiosk/store/outbox.h"
#include "buurtkiosk/store/store_error.h"
#include "buurtkiosk/store/sync_state.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>

#include <stdexcept>

namespace bk {

namespace {

constexpr const char* kColumns =
    "id, activity_id, date, first_name, people, phone, code, status, created_at, checked_in_at, "
    "moved_by_hub_at, no_show_at, walk_in, over_capacity";

SignUpStatus parse_status(const std::string& id) {
    if (id == "waiting_list") return SignUpStatus::WaitingList;
    if (id == "cancelled") return SignUpStatus::Cancelled;
    return SignUpStatus::Confirmed;
}

SignUp read_sign_up(const Statement& s) {
    SignUp sign_up;
    sign_up.id = s.column_text(0);
    sign_up.activity_id = s.column_text(1);
    sign_up.date = parse_date(s.column_text(2)).value_or(Date{});
    sign_up.first_name = s.column_text(3);
    sign_up.people = static_cast<int>(s.column_int(4));
    sign_up.phone = s.column_optional_text(5);
    sign_up.code = s.column_text(6);
    sign_up.status = parse_status(s.column_text(7));
    sign_up.created_at = s.column_text(8);
    sign_up.checked_in_at = s.column_optional_text(9);
    sign_up.moved_by_hub = !s.column_is_null(10);
    sign_up.no_show_at = s.column_optional_text(11);
    sign_up.walk_in = s.column_int(12) != 0;
    sign_up.over_capacity = s.column_int(13) != 0;
    return sign_up;
}

// Refuses a bad request before anything is written; returns the phone number to store.
std::optional<std::string> checked_phone(const SignUpRequest& r) {
    if (r.activity_id.empty()) throw std::invalid_argument("sign-up: activity id is empty");
    if (!r.date.ok()) throw std::invalid_argument("sign-up: date is not a real date");
    if (r.people < 1 || r.people > 6)
        throw std::invalid_argument("sign-up: number of people must be 1 to 6");
    if (r.capacity < 1) throw std::invalid_argument("sign-up: activity has no places");
    if (r.form_token.empty()) throw std::invalid_argument("sign-up: form token is empty");
    PersonCheck person = check_person(r.first_name, r.phone.value_or(""), PhoneRule::Optional);
    if (person.name_problem)
        throw std::invalid_argument("sign-up: " + name_problem_words(*person.name_problem));
    if (person.phone_problem)
        throw std::invalid_argument("sign-up: phone number refused: " + *person.phone_problem);
    return person.phone;
}

} // namespace

const char* sign_up_status_id(SignUpStatus status) {
    switch (status) {
    case SignUpStatus::Confirmed: return "confirmed";
    case SignUpStatus::WaitingList: return "waiting_list";
    case SignUpStatus::Cancelled: return "cancelled";
    }
    return "confirmed";
}

SignUpResult SignUps::sign_up(const SignUpRequest& request, TimePoint now) {
    std::optional<std::string> phone = checked_phone(request);
    Transaction transaction(db_);
    if (auto earlier = by_form_token(request.form_token)) return *earlier;
    const SignUpStatus status =
        places_taken(request.activity_id, request.date) + request.people <= request.capacity
            ? SignUpStatus::Confirmed
            : SignUpStatus::WaitingList;
    SignUpResult result = record(request, phone, status, std::nullopt, now);
    transaction.commit();
    return result;
}

WalkInResult SignUps::add_walk_in(const WalkInRequest& walk_in, TimePoint now) {
    const SignUpRequest request{walk_in.activity_id, walk_in.date, walk_in.first_name,
                                walk_in.people,      std::nullopt, walk_in.capacity,
                                walk_in.form_token};
    checked_phone(request);
    Transaction transaction(db_);
    if (auto earlier = by_form_token(request.form_token)) return {true, 0, earlier->id};
    const int left = request.capacity - places_taken(request.activity_id, request.date);
    const bool beyond = request.people > left;
    if (beyond && !walk_in.over_capacity) return {false, std::max(0, left), {}};
    SignUpResult result = record(request, std::nullopt, SignUpStatus::Confirmed, beyond, now);
    transaction.commit();
    return {true, 0, result.id};
}

std::optional<SignUpResult> SignUps::by_form_token(const std::string& form_token) const {
    Statement earlier = db_.prepare("SELECT id, code, status FROM sign_ups WHERE form_token = ?");
    earlier.bind(1, form_token);
    if (!earlier.step()) return std::nullopt;
    return SignUpResult{parse_status(earlier.column_text(2)), earlier.column_text(1),
                        earlier.column_text(0), true};
}

SignUpResult SignUps::record(const SignUpRequest& request, const std::optional<std::string>& phone,
                             SignUpStatus status, std::optional<bool> walk_in_over_capacity,
                             TimePoint now) {
    SignUpResult result;
    result.id = make_uuid_v4();
    result.code = unused_code();
    result.status = status;
    const std::string date = format_date_iso(request.date);
    const std::string created = format_utc(now);
    const std::string first_name = trim(request.first_name);
    const bool walk_in = walk_in_over_capacity.has_value();
    const bool over = walk_in && *walk_in_over_capacity;
    db_.prepare("INSERT INTO sign_ups (id, activity_id, date, first_name, people, phone, code, "
                "capacity, status, form_token, created_at, checked_in_at, walk_in, over_capacity) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .bind(1, result.id)
        .bind(2, request.activity_id)
        .bind(3, date)
        .bind(4, first_name)
        .bind(5, request.people)
        .bind(6, phone)
        .bind(7, result.code)
        .bind(8, request.capacity)
        .bind(9, sign_up_status_id(result.status))
        .bind(10, request.form_token)
        .bind(11, created)
        .bind(12, walk_in ? std::optional<std::string>(created) : std::nullopt)
        .bind(13, walk_in ? 1 : 0)
        .bind(14, over ? 1 : 0)
        .run();

    nlohmann::json body{{"id", result.id},
                        {"activity_id", request.activity_id},
                        {"date", date},
                        {"first_name", first_name},
                        {"people", request.people},
                        {"code", result.code},
                        {"status", sign_up_status_id(result.status)},
                        {"capacity", request.capacity}, // the hub counts with it
                        {"created_at", created}};
    if (phone) body["phone"] = *phone;
    if (walk_in) {
        // The hub confirms a walk-in whatever its count: the person is in the room.
        body["walk_in"] = true;
        body["checked_in_at"] = created;
        body["over_capacity"] = over;
    }
    Outbox(db_).enqueue("sign_up", body.dump(), now, result.id);
    return result;
}

std::string SignUps::unused_code() {
    // 25^4 = 390,625 codes against a few hundred active sign-ups: a clash is rare, and the
    // partial unique index in the schema stops any that slips through.
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string code = random_sign_up_code();
        Statement taken =
            db_.prepare("SELECT 1 FROM sign_ups WHERE code = ? AND status <> 'cancelled'");
        taken.bind(1, code);
        if (!taken.step()) return code;
    }
    throw StoreError("store: no free sign-up code found", 0);
}

CancelResult SignUps::cancel_by_code(const std::string& code, TimePoint now) {
    CancelResult result;
    Transaction transaction(db_);
    std::optional<SignUp> sign_up = find_by_code(code);
    if (!sign_up) return result;
    result.found = true;
    result.cancelled = *sign_up;

    const std::string cancelled_at = format_utc(now);
    db_.prepare("UPDATE sign_ups SET status = 'cancelled', cancelled_at = ? WHERE id = ?")
        .bind(1, cancelled_at)
        .bind(2, sign_up->id)
        .run();
    // "promoted" stays in the payload, empty: the kiosk promotes nobody by itself any more.
    nlohmann::json body{{"sign_up_id", sign_up->id},
                        {"code", sign_up->code},
                        {"cancelled_at", cancelled_at},
                        {"promoted", nlohmann::json::array()}};
    Outbox(db_).enqueue("cancellation", body.dump(), now, sign_up->id);
    transaction.commit();
    return result;
}

bool SignUps::check_in(const std::string& id, TimePoint now) {
    return volunteer_change("check_in", "checked_in_at",
                            "UPDATE sign_ups SET checked_in_at = ?1 WHERE id = ?2 AND "
                            "status = 'confirmed' AND checked_in_at IS NULL AND no_show_at IS NULL",
                            id, now);
}

bool SignUps::volunteer_change(const char* kind, const char* at_field, const char* sql,
                               const std::string& id, TimePoint now) {
    Transaction transaction(db_);
    const std::string at = format_utc(now);
    db_.prepare(sql).bind(1, at).bind(2, id).run();
    if (db_.changes() == 0) return false;
    nlohmann::json body{{"sign_up_id", id}, {at_field, at}};
    Outbox(db_).enqueue(kind, body.dump(), now, id);
    transaction.commit();
    return true;
}

bool SignUps::mark_no_show(const std::string& id, TimePoint now) {
    return volunteer_change("no_show", "no_show_at",
                            "UPDATE sign_ups SET no_show_at = ?1 WHERE id = ?2 AND "
                            "status = 'confirmed' AND checked_in_at IS NULL AND no_show_at IS NULL",
                            id, now);
}

bool SignUps::move_up(const std::string& id, TimePoint now) {
    // ?1 (the time) goes only into the outbox item: the place itself is the change.
    return volunteer_change("move_up", "moved_up_at",
                            "UPDATE sign_ups SET status = 'confirmed' WHERE id = ?2 AND "
                            "status = 'waiting_list' AND ?1 IS NOT NULL",
                            id, now);
}

int SignUps::places_taken(const std::string& activity_id, Date date) const {
    const std::string day = format_date_iso(date);
    // This kiosk's own people, sent or not: the hub's count leaves them out (docs/protocol.md).
    Statement own = db_.prepare("SELECT coalesce(sum(people), 0) FROM sign_ups WHERE "
                                "activity_id = ? AND date = ? AND status = 'confirmed'");
    own.bind(1, activity_id).bind(2, day);
    own.step();
    if (!counted_by_hub(activity_id, date)) return static_cast<int>(own.column_int(0));
    Statement hub = db_.prepare("SELECT taken FROM hub_places WHERE activity_id = ? AND date = ?");
    hub.bind(1, activity_id).bind(2, day);
    const std::int64_t others = hub.step() ? hub.column_int(0) : 0; // not listed: nobody
    return static_cast<int>(std::min<std::int64_t>(others + own.column_int(0), INT_MAX));
}

bool SignUps::counted_by_hub(const std::string& activity_id, Date date) const {
    // A count from a sign-up's answer, or the hub's whole list (which lists only booked ones).
    Statement hub = db_.prepare("SELECT 1 FROM hub_places WHERE activity_id = ? AND date = ?");
    hub.bind(1, activity_id).bind(2, format_date_iso(date));
    return hub.step() || SyncState(db_).get(kHubPlacesAsOf).has_value();
}

std::vector<SignUp> SignUps::list_for(const std::string& activity_id, Date date) const {
    Statement statement =
        db_.prepare(std::string("SELECT ") + kColumns +
                    " FROM sign_ups WHERE activity_id = ? AND date = ? AND status <> 'cancelled' "
                    "ORDER BY status = 'waiting_list', rowid");
    statement.bind(1, activity_id).bind(2, format_date_iso(date));
    std::vector<SignUp> list;
    while (statement.step())
        list.push_back(read_sign_up(statement));
    return list;
}

std::optional<SignUp> SignUps::find_by_code(const std::string& code) const {
    Statement statement = db_.prepare(std::string("SELECT ") + kColumns +
                                      " FROM sign_ups WHERE code = ? AND status <> 'cancelled'");
    statement.bind(1, normalise_sign_up_code(code));
    if (!statement.step()) return std::nullopt;
    return read_sign_up(statement);
}

int SignUps::purge_older_than(Date date) {
    db_.prepare("DELETE FROM sign_ups WHERE date < ?").bind(1, format_date_iso(date)).run();
    const int purged = db_.changes();
    if (purged > 0) db_.checkpoint(); // names and phone numbers must leave the WAL too
    return purged;
}

} // namespace bk
