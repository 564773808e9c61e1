// A prepared SQLite statement: bind by position (1-based), step through rows, read columns.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

struct sqlite3_stmt;

namespace bk {

class Database;

class Statement {
public:
    Statement(Database& db, sqlite3_stmt* stmt) : db_(&db), stmt_(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, const std::string& value);
    Statement& bind(int index, const char* value) { return bind(index, std::string(value)); }
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bind(int index, std::optional<std::int64_t> value); // nullopt binds NULL

    // Next row: true while there is one. Throws StoreError on failure.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    std::int64_t column_int(int index) const;
    std::string column_text(int index) const;
    std::optional<std::string> column_optional_text(int index) const;
    bool column_is_null(int index) const;

private:
    Database* db_;
    sqlite3_stmt* stmt_;
};

} // namespace bk
