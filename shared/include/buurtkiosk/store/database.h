// One SQLite connection to the kiosk's store file, with its schema brought up to date on open.
// One Database per thread: the UI thread and the sync thread each open their own.
#pragma once
#include "buurtkiosk/store/schema.h"
#include "buurtkiosk/store/statement.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

struct sqlite3;

namespace bk {

class Database {
public:
    // Opens or creates the file (mode 0600, see private_files.h); WAL, synchronous=FULL,
    // busy_timeout 5000 ms, foreign keys on, secure_delete on; then applies the missing ones of
    // `migrations` (the kiosk's store by default; the hub passes its own).
    // Throws StoreError with SQLite's message on failure.
    explicit Database(const std::filesystem::path& file,
                      const std::vector<Migration>& migrations = store_migrations());
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Statement prepare(const std::string& sql);
    // Runs one or more statements without results (schema, pragmas).
    void exec(const std::string& sql);
    // The first column of the first row of a query, as text ("" when no row).
    std::string query_text(const std::string& sql);

    int schema_version();
    // Copies the WAL into the file and truncates it. Call after deleting personal data: until
    // then the deleted rows are still readable in kiosk.sqlite-wal. Best effort: false when
    // another connection kept it from finishing (the next checkpoint does the rest).
    bool checkpoint();
    int changes() const; // rows changed by the last statement
    // Moves whenever a commit changed the file, by this connection (total_changes) or by any
    // other (PRAGMA data_version, which is one query): caches of query results compare it.
    struct ChangeStamp {
        std::int64_t own = -1;
        std::int64_t others = -1;
        bool operator==(const ChangeStamp&) const = default;
    };
    ChangeStamp change_stamp();
    std::int64_t own_changes() const; // this connection's part of it, without a query
    bool in_transaction() const;
    const std::filesystem::path& file() const { return file_; }
    sqlite3* handle() { return db_; }

    // Turns a SQLite result code into a StoreError naming what was being done.
    [[noreturn]] void fail(const std::string& doing, int code) const;

private:
    void migrate(const std::vector<Migration>& migrations);

    std::filesystem::path file_;
    sqlite3* db_ = nullptr;
};

// BEGIN IMMEDIATE on construction (takes the write lock up front, so a busy database waits
// here and not halfway); rolls back in the destructor unless commit() returned.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool done_ = false;
};

} // namespace bk
