// HubStore on the shared SQLite layer (store/database.h): WAL, synchronous=FULL, one
// transaction per submission.
#include "hub_store.h"

#include "buurtkiosk/protocol/wire.h"
#include "hub_layout.h"
#include "hub_local_activities.h"
#include "hub_places.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace bk::hub {
namespace {

// Version 1 is the schema from before hub.db had versions, hence IF NOT EXISTS: a hub.db made
// then gets version 1 recorded without change. Add new migrations at the end.
const std::vector<Migration>& hub_migrations() {
    static const std::vector<Migration> migrations{{1, R"sql(
CREATE TABLE IF NOT EXISTS kiosks (
  name TEXT PRIMARY KEY,
  kiosk_group TEXT NOT NULL,
  token_sha256 TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_heartbeat_at TEXT NOT NULL DEFAULT '',
  last_heartbeat TEXT NOT NULL DEFAULT ''
);
-- Every Idempotency-Key ever seen, kept for good: kiosks can be offline longer than any window.
CREATE TABLE IF NOT EXISTS submissions (
  kiosk TEXT NOT NULL,
  id TEXT NOT NULL,
  body_sha256 TEXT NOT NULL,
  state TEXT NOT NULL,
  response_status INTEGER NOT NULL,
  response_body TEXT NOT NULL,
  received_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS submissions_key ON submissions (kiosk, id);
-- What the submissions carried; callback requests leave this table when exported.
CREATE TABLE IF NOT EXISTS records (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  kiosk TEXT NOT NULL,
  submission_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  payload TEXT NOT NULL
);
)sql"},
                                                   {2, R"sql(
-- The hub's count of places (docs/protocol.md, "Places shared with the hub"): one row per
-- counted sign-up, seq in the order received. No names: those stay in records' payloads.
CREATE TABLE sign_ups (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  kiosk TEXT NOT NULL,
  id TEXT NOT NULL,
  kiosk_group TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  date TEXT NOT NULL,
  people INTEGER NOT NULL,
  capacity INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'waiting_list', 'cancelled')),
  received_at TEXT NOT NULL
);
CREATE UNIQUE INDEX sign_ups_key ON sign_ups (kiosk, id);
CREATE INDEX sign_ups_occurrence ON sign_ups (kiosk_group, date, activity_id);
)sql"},
                                                   {3, R"sql(
-- Walk-ins a volunteer added at a kiosk (checked in at once; over capacity when the volunteer
-- said "toch toevoegen"), and the quick activities kiosks made, kept for their group until
-- they have passed (docs/protocol.md, "Quick activities").
ALTER TABLE sign_ups ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sign_ups ADD COLUMN over_capacity INTEGER NOT NULL DEFAULT 0;
CREATE TABLE local_activities (
  kiosk TEXT NOT NULL,
  id TEXT NOT NULL,
  kiosk_group TEXT NOT NULL,
  date TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (kiosk, id)
);
CREATE INDEX local_activities_group ON local_activities (kiosk_group, date);
)sql"},
                                                   {4, R"sql(
-- The desk's accounts (docs/desk.md): Argon2id hashes only, the wrong passwords counted and the
-- lock kept here so a restart hands out no fresh guesses. Times are UTC "YYYY-MM-DDTHH:MM:SSZ",
-- so they compare as text; '' is "never" / "not locked".
CREATE TABLE desk_accounts (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('editor', 'sociaal-team', 'admin')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT NOT NULL DEFAULT '',
  last_login_at TEXT NOT NULL DEFAULT ''
);
-- The kiosk groups an editor works for (sociaal-team and admin see every group).
CREATE TABLE desk_account_groups (
  account TEXT NOT NULL REFERENCES desk_accounts (name) ON DELETE CASCADE,
  kiosk_group TEXT NOT NULL,
  PRIMARY KEY (account, kiosk_group)
);
-- Logged-in browsers: the SHA-256 of the session id, never the id itself.
CREATE TABLE desk_sessions (
  id_sha256 TEXT PRIMARY KEY,
  account TEXT NOT NULL REFERENCES desk_accounts (name) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX desk_sessions_account ON desk_sessions (account);
)sql"}};
    return migrations;
}

// The data folder holds tokens' hashes, names and phone numbers: made private before the
// database file is created in it.
const std::filesystem::path& in_private_folder(const std::filesystem::path& file) {
    create_private_folder(file.parent_path());
    return file;
}

KioskRow kiosk_row(const Statement& s) {
    return {s.column_text(0), s.column_text(1), s.column_text(2), s.column_text(3),
            s.column_text(4)};
}

} // namespace

HubStore::HubStore(const std::filesystem::path& file)
    : db_(in_private_folder(file), hub_migrations()) {}

HubStore::~HubStore() = default;

HubStore::Locked HubStore::lock() {
    return {std::unique_lock(mutex_), db_};
}

void HubStore::add_kiosk(const std::string& name, const std::string& group,
                         const std::string& token_sha256, const std::string& now) {
    std::lock_guard lock(mutex_);
    if (db_.prepare("SELECT 1 FROM kiosks WHERE name = ?").bind(1, name).step())
        throw std::runtime_error("kiosk '" + name + "' already exists");
    db_.prepare("INSERT INTO kiosks (name, kiosk_group, token_sha256, created_at) VALUES (?,?,?,?)")
        .bind(1, name)
        .bind(2, group)
        .bind(3, token_sha256)
        .bind(4, now)
        .run();
}

std::optional<KioskRow> HubStore::kiosk_by_token(const std::string& token_sha256) {
    std::lock_guard lock(mutex_);
    Statement s = db_.prepare("SELECT name, kiosk_group, created_at, last_heartbeat_at, "
                              "last_heartbeat FROM kiosks WHERE token_sha256 = ?");
    s.bind(1, token_sha256);
    if (!s.step()) return std::nullopt;
    return kiosk_row(s);
}

std::vector<KioskRow> HubStore::kiosks() {
    std::lock_guard lock(mutex_);
    Statement s = db_.prepare("SELECT name, kiosk_group, created_at, last_heartbeat_at, "
                              "last_heartbeat FROM kiosks ORDER BY name");
    std::vector<KioskRow> out;
    while (s.step())
        out.push_back(kiosk_row(s));
    return out;
}

SubmissionAnswer HubStore::take_submission(const std::string& kiosk, const std::string& key,
                                           const std::string& body_sha256, const std::string& kind,
                                           const std::string& created_at,
                                           const std::string& payload, const std::string& now) {
    std::lock_guard lock(mutex_);
    Transaction transaction(db_); // a replay only reads; leaving without commit rolls back
    Statement find = db_.prepare("SELECT body_sha256, state, response_status, response_body "
                                 "FROM submissions WHERE kiosk = ? AND id = ?");
    find.bind(1, kiosk).bind(2, key);
    if (find.step()) {
        if (find.column_text(0) != body_sha256)
            return {422, wire::error_body("Idempotency-Key " + key +
                                          " was already used with a different body")};
        if (find.column_text(1) != "done")
            return {409, wire::error_body("submission " + key + " is still being processed")};
        return {200, find.column_text(3)};
    }
    if (kind == "local_activity") {
        // Kept for the kiosk's group, or refused with nothing stored, the key included: a
        // refusal is decided the same way each time, so a replay gets the same answer anyway.
        auto group = group_of(kiosk);
        auto problem = group ? keep_local_activity(db_, kiosk, *group, payload, now)
                             : "kiosk " + kiosk + " is no longer provisioned";
        if (problem) return {422, wire::error_body("submission " + key + ": " + *problem)};
    }
    nlohmann::json response{{"id", key}, {"status", "accepted"}, {"received_at", now}};
    if (auto outcome = decide_places(kiosk, kind, payload, now))
        response["sign_up"] = wire::to_json(*outcome);
    const std::string answer = response.dump();
    db_.prepare("INSERT INTO submissions (kiosk, id, body_sha256, state, response_status, "
                "response_body, received_at) VALUES (?,?,?,'done',201,?,?)")
        .bind(1, kiosk)
        .bind(2, key)
        .bind(3, body_sha256)
        .bind(4, answer)
        .bind(5, now)
        .run();
    db_.prepare("INSERT INTO records (kiosk, submission_id, kind, created_at, received_at, "
                "payload) VALUES (?,?,?,?,?,?)")
        .bind(1, kiosk)
        .bind(2, key)
        .bind(3, kind)
        .bind(4, created_at)
        .bind(5, now)
        .bind(6, payload)
        .run();
    transaction.commit(); // the 201 goes out only after this returned
    return {201, answer};
}

std::optional<wire::SignUpOutcome> HubStore::decide_places(const std::string& kiosk,
                                                           const std::string& kind,
                                                           const std::string& payload,
                                                           const std::string& now) {
    if (kind != "sign_up" && kind != "cancellation" && kind != "move_up") return std::nullopt;
    // The server parsed it within the protocol's limits before it came here.
    auto record = nlohmann::json::parse(payload, nullptr, false);
    if (!record.is_object()) return std::nullopt;
    if (kind == "cancellation") return place_cancellation(db_, kiosk, record);
    if (kind == "move_up") return place_move_up(db_, kiosk, record);
    // The group as the kiosk has it now: a kiosk moved to another group counts there from then on.
    auto group = group_of(kiosk);
    if (!group) return std::nullopt;
    return place_sign_up(db_, kiosk, *group, record, now);
}

std::optional<std::string> HubStore::group_of(const std::string& kiosk) {
    Statement group = db_.prepare("SELECT kiosk_group FROM kiosks WHERE name = ?");
    group.bind(1, kiosk);
    if (!group.step()) return std::nullopt;
    return group.column_text(0);
}

std::vector<wire::PlaceCount>
HubStore::places(const std::string& group, const std::string& from_date, const std::string& kiosk) {
    std::lock_guard lock(mutex_);
    return place_counts(db_, group, from_date, kiosk);
}

std::vector<KeptLocalActivity> HubStore::local_activities(const std::string& group,
                                                          const std::string& from_date) {
    std::lock_guard lock(mutex_);
    return kept_local_activities(db_, group, from_date);
}

void HubStore::record_heartbeat(const std::string& kiosk, const std::string& body,
                                const std::string& now) {
    std::lock_guard lock(mutex_);
    db_.prepare("UPDATE kiosks SET last_heartbeat_at = ?, last_heartbeat = ? WHERE name = ?")
        .bind(1, now)
        .bind(2, body)
        .bind(3, kiosk)
        .run();
}

std::vector<RecordRow> HubStore::records(const std::string& kind) {
    std::lock_guard lock(mutex_);
    Statement s = db_.prepare("SELECT seq, kiosk, submission_id, kind, created_at, received_at, "
                              "payload FROM records WHERE ? = '' OR kind = ? ORDER BY seq");
    s.bind(1, kind).bind(2, kind);
    std::vector<RecordRow> out;
    while (s.step())
        out.push_back({s.column_int(0), s.column_text(1), s.column_text(2), s.column_text(3),
                       s.column_text(4), s.column_text(5), s.column_text(6)});
    return out;
}

void HubStore::purge_records(const std::vector<std::int64_t>& seqs) {
    std::lock_guard lock(mutex_);
    Transaction transaction(db_);
    Statement remove = db_.prepare("DELETE FROM records WHERE seq = ?");
    for (auto seq : seqs) {
        remove.bind(1, seq).run();
        remove.reset();
    }
    transaction.commit();
    // The names and numbers leave hub.db-wal too, not only the table (secure_delete is on).
    db_.checkpoint();
}

std::vector<AttendanceRow> HubStore::attendance() {
    std::lock_guard lock(mutex_);
    // Check-ins and no-shows are records naming the sign-up they are about (same kiosk).
    Statement rows = db_.prepare(
        "SELECT s.kiosk_group, s.activity_id, s.date, "
        "SUM(CASE WHEN s.status = 'confirmed' THEN s.people ELSE 0 END), "
        "SUM(CASE WHEN s.status = 'waiting_list' THEN s.people ELSE 0 END), "
        "SUM(CASE WHEN s.status = 'confirmed' AND (s.walk_in = 1 OR EXISTS (SELECT 1 FROM "
        "records r WHERE r.kiosk = s.kiosk AND r.kind = 'check_in' AND "
        "json_extract(r.payload, '$.sign_up_id') = s.id)) THEN s.people ELSE 0 END), "
        "SUM(CASE WHEN s.status = 'confirmed' AND EXISTS (SELECT 1 FROM records r WHERE "
        "r.kiosk = s.kiosk AND r.kind = 'no_show' AND "
        "json_extract(r.payload, '$.sign_up_id') = s.id) THEN s.people ELSE 0 END), "
        "SUM(CASE WHEN s.status = 'confirmed' AND s.walk_in = 1 THEN s.people ELSE 0 END), "
        "SUM(CASE WHEN s.status = 'confirmed' AND s.over_capacity = 1 THEN s.people ELSE 0 END) "
        "FROM sign_ups s GROUP BY s.kiosk_group, s.activity_id, s.date "
        "ORDER BY s.date, s.activity_id, s.kiosk_group");
    std::vector<AttendanceRow> out;
    auto count = [&rows](int column) { return static_cast<int>(rows.column_int(column)); };
    while (rows.step())
        out.push_back({rows.column_text(0), rows.column_text(1), rows.column_text(2), count(3),
                       count(4), count(5), count(6), count(7), count(8)});
    return out;
}

} // namespace bk::hub
