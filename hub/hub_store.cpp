// SQLite behind HubStore: WAL, synchronous=FULL, one transaction per submission.
#include "hub_store.h"

#include "hub_layout.h"
#include "protocol/wire.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace bk::hub {
namespace {

// A prepared statement that finalizes itself; text binds copy their value.
class Stmt {
public:
    Stmt(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("hub.db: ") + sqlite3_errmsg(db));
    }
    ~Stmt() { sqlite3_finalize(s_); }
    Stmt& bind(int i, const std::string& v) {
        sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt& bind(int i, std::int64_t v) {
        sqlite3_bind_int64(s_, i, v);
        return *this;
    }
    bool step() {
        int rc = sqlite3_step(s_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw std::runtime_error(std::string("hub.db: ") + sqlite3_errmsg(db_));
    }
    std::string text(int col) {
        auto p = sqlite3_column_text(s_, col);
        return p ? std::string(reinterpret_cast<const char*>(p),
                               static_cast<size_t>(sqlite3_column_bytes(s_, col)))
                 : std::string();
    }
    std::int64_t integer(int col) { return sqlite3_column_int64(s_, col); }

private:
    sqlite3* db_;
    sqlite3_stmt* s_ = nullptr;
};

const char* kSchema = R"sql(
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
)sql";

} // namespace

HubStore::HubStore(const std::filesystem::path& file) {
    create_private_folder(file.parent_path());
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        throw std::runtime_error(file.string() + ": " + why);
    }
    sqlite3_busy_timeout(db_, 5000);
    exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
    exec(kSchema);
}

HubStore::~HubStore() {
    sqlite3_close(db_);
}

void HubStore::exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string why = err ? err : "unknown";
        sqlite3_free(err);
        throw std::runtime_error("hub.db: " + why);
    }
}

void HubStore::add_kiosk(const std::string& name, const std::string& group,
                         const std::string& token_sha256, const std::string& now) {
    std::lock_guard lock(mutex_);
    Stmt find(db_, "SELECT 1 FROM kiosks WHERE name = ?");
    if (find.bind(1, name).step()) throw std::runtime_error("kiosk '" + name + "' already exists");
    Stmt(db_, "INSERT INTO kiosks (name, kiosk_group, token_sha256, created_at) VALUES (?,?,?,?)")
        .bind(1, name)
        .bind(2, group)
        .bind(3, token_sha256)
        .bind(4, now)
        .step();
}

std::optional<KioskRow> HubStore::kiosk_by_token(const std::string& token_sha256) {
    std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT name, kiosk_group, created_at, last_heartbeat_at, last_heartbeat "
                "FROM kiosks WHERE token_sha256 = ?");
    s.bind(1, token_sha256);
    if (!s.step()) return std::nullopt;
    return KioskRow{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)};
}

std::vector<KioskRow> HubStore::kiosks() {
    std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT name, kiosk_group, created_at, last_heartbeat_at, last_heartbeat "
                "FROM kiosks ORDER BY name");
    std::vector<KioskRow> out;
    while (s.step())
        out.push_back({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    return out;
}

SubmissionAnswer HubStore::take_submission(const std::string& kiosk, const std::string& key,
                                           const std::string& body_sha256, const std::string& kind,
                                           const std::string& created_at,
                                           const std::string& payload, const std::string& now) {
    std::lock_guard lock(mutex_);
    exec("BEGIN IMMEDIATE");
    try {
        Stmt find(db_, "SELECT body_sha256, state, response_status, response_body "
                       "FROM submissions WHERE kiosk = ? AND id = ?");
        find.bind(1, kiosk).bind(2, key);
        if (find.step()) {
            SubmissionAnswer answer;
            if (find.text(0) != body_sha256)
                answer = {422, wire::error_body("Idempotency-Key " + key +
                                                " was already used with a different body")};
            else if (find.text(1) != "done")
                answer = {409, wire::error_body("submission " + key + " is still being processed")};
            else
                answer = {200, find.text(3)};
            exec("ROLLBACK");
            return answer;
        }
        std::string response =
            nlohmann::json{{"id", key}, {"status", "accepted"}, {"received_at", now}}.dump();
        Stmt(db_, "INSERT INTO submissions (kiosk, id, body_sha256, state, response_status, "
                  "response_body, received_at) VALUES (?,?,?,'done',201,?,?)")
            .bind(1, kiosk)
            .bind(2, key)
            .bind(3, body_sha256)
            .bind(4, response)
            .bind(5, now)
            .step();
        Stmt(db_, "INSERT INTO records (kiosk, submission_id, kind, created_at, received_at, "
                  "payload) VALUES (?,?,?,?,?,?)")
            .bind(1, kiosk)
            .bind(2, key)
            .bind(3, kind)
            .bind(4, created_at)
            .bind(5, now)
            .bind(6, payload)
            .step();
        exec("COMMIT"); // the 201 goes out only after this returned
        return {201, response};
    } catch (...) {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void HubStore::record_heartbeat(const std::string& kiosk, const std::string& body,
                                const std::string& now) {
    std::lock_guard lock(mutex_);
    Stmt(db_, "UPDATE kiosks SET last_heartbeat_at = ?, last_heartbeat = ? WHERE name = ?")
        .bind(1, now)
        .bind(2, body)
        .bind(3, kiosk)
        .step();
}

std::vector<RecordRow> HubStore::records(const std::string& kind) {
    std::lock_guard lock(mutex_);
    Stmt s(db_, "SELECT seq, kiosk, submission_id, kind, created_at, received_at, payload "
                "FROM records WHERE ? = '' OR kind = ? ORDER BY seq");
    s.bind(1, kind).bind(2, kind);
    std::vector<RecordRow> out;
    while (s.step())
        out.push_back(
            {s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
    return out;
}

void HubStore::purge_records(const std::vector<std::int64_t>& seqs) {
    std::lock_guard lock(mutex_);
    exec("BEGIN IMMEDIATE");
    try {
        for (auto seq : seqs)
            Stmt(db_, "DELETE FROM records WHERE seq = ?").bind(1, seq).step();
        exec("COMMIT");
    } catch (...) {
        sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

} // namespace bk::hub
