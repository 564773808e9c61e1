// The one exception the store throws for SQLite failures: the operation, the file and SQLite's
// words.
#pragma once
#include <stdexcept>
#include <string>

namespace bk {

class StoreError : public std::runtime_error {
public:
    StoreError(const std::string& what, int sqlite_code)
        : std::runtime_error(what), sqlite_code_(sqlite_code) {}
    int sqlite_code() const { return sqlite_code_; }               // extended result code
    bool disk_full() const { return (sqlite_code_ & 0xFF) == 13; } // SQLITE_FULL

private:
    int sqlite_code_;
};

} // namespace bk
