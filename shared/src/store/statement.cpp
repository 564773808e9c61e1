// Thin RAII wrapper over sqlite3_stmt; every failure becomes a StoreError with SQLite's message.
#include "buurtkiosk/store/statement.h"

#include "buurtkiosk/store/database.h"

#include <sqlite3.h>

namespace bk {

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) db_->fail("bind", rc);
    return *this;
}

Statement& Statement::bind(int index, const std::string& value) {
    int rc = sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                               SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) db_->fail("bind", rc);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    if (value) return bind(index, *value);
    if (int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) db_->fail("bind", rc);
    return *this;
}

Statement& Statement::bind(int index, std::optional<std::int64_t> value) {
    if (value) return bind(index, *value);
    if (int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) db_->fail("bind", rc);
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(stmt_);
    db_->fail(std::string("run \"") + sqlite3_sql(stmt_) + "\"", rc);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::column_int(int index) const {
    return sqlite3_column_int64(stmt_, index);
}

std::string Statement::column_text(int index) const {
    const auto* text = sqlite3_column_text(stmt_, index);
    if (!text) return {};
    return std::string(reinterpret_cast<const char*>(text),
                       static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index)));
}

std::optional<std::string> Statement::column_optional_text(int index) const {
    if (column_is_null(index)) return std::nullopt;
    return column_text(index);
}

bool Statement::column_is_null(int index) const {
    return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

} // namespace bk
