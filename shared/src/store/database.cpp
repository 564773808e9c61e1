// Opening the store: connection settings that make a commit durable, then schema migrations.
#include "buurtkiosk/store/database.h"

#include "buurtkiosk/store/private_files.h"
#include "buurtkiosk/store/store_error.h"

#include <sqlite3.h>

namespace bk {

namespace {
constexpr int kBusyTimeoutMs = 5000;
// A checkpoint after a delete must not hold up the thread that deleted (the UI thread purges).
constexpr int kCheckpointWaitMs = 250;
} // namespace

Database::Database(const std::filesystem::path& file, const std::vector<Migration>& migrations)
    : file_(file) {
    // Names and phone numbers: the file is the kiosk user's alone, and SQLite gives the -wal
    // and -shm files the mode of the database file.
    make_private_file(file);
    int rc =
        sqlite3_open_v2(file.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError("cannot open store " + file.string() + ": " + message, rc);
    }
    try {
        sqlite3_extended_result_codes(db_, 1);
        sqlite3_busy_timeout(db_, kBusyTimeoutMs);
        // WAL lets the sync thread read while the UI thread writes; FULL syncs the WAL on every
        // commit, so a confirmed sign-up survives a power cut (NORMAL may lose the last ones).
        if (query_text("PRAGMA journal_mode=WAL") != "wal")
            throw StoreError("cannot switch store " + file.string() + " to WAL mode", SQLITE_ERROR);
        exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        // Deleted rows (a delivered callback request, a purged sign-up) are overwritten with
        // zeros instead of lingering on free pages where anyone with the file could read them.
        exec("PRAGMA secure_delete=ON;");
        migrate(migrations);
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

Database::~Database() {
    sqlite3_close(db_);
}

void Database::fail(const std::string& doing, int code) const {
    std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code);
    throw StoreError("store " + file_.string() + ": cannot " + doing + ": " + message, code);
}

Statement Database::prepare(const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()) + 1, &stmt, nullptr);
    if (rc != SQLITE_OK) fail("prepare \"" + sql + "\"", rc);
    return Statement(*this, stmt);
}

void Database::exec(const std::string& sql) {
    char* error = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw StoreError("store " + file_.string() + ": " + message, rc);
    }
}

std::string Database::query_text(const std::string& sql) {
    Statement statement = prepare(sql);
    return statement.step() ? statement.column_text(0) : std::string{};
}

int Database::schema_version() {
    if (query_text("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'") == "0")
        return 0;
    std::string version = query_text("SELECT max(version) FROM schema_version");
    return version.empty() ? 0 : std::stoi(version);
}

int Database::changes() const {
    return sqlite3_changes(db_);
}

bool Database::checkpoint() {
    // TRUNCATE waits for writers and for readers of older snapshots. When another connection
    // stays busy, SQLite checkpoints what it can and returns BUSY; the rest of the WAL goes at
    // the next checkpoint. Never throws: the delete before it has committed and must stand.
    sqlite3_busy_timeout(db_, kCheckpointWaitMs);
    int rc = sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    return rc == SQLITE_OK;
}

std::int64_t Database::own_changes() const {
    return sqlite3_total_changes64(db_);
}

Database::ChangeStamp Database::change_stamp() {
    Statement version = prepare("PRAGMA data_version");
    version.step();
    return {own_changes(), version.column_int(0)};
}

bool Database::in_transaction() const {
    return sqlite3_get_autocommit(db_) == 0;
}

void Database::migrate(const std::vector<Migration>& migrations) {
    for (const Migration& migration : migrations) {
        // Read the version inside the write transaction: another thread may open the same file
        // at the same moment and migrate first.
        Transaction transaction(*this);
        exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        if (schema_version() >= migration.version) continue;
        exec(migration.sql);
        prepare("INSERT INTO schema_version (version) VALUES (?)").bind(1, migration.version).run();
        transaction.commit();
    }
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (done_) return;
    // Never throws: a failed rollback leaves SQLite to roll back when the connection closes.
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace bk
