// Small key/value facts the sync client keeps between runs: highest accepted manifest version,
// the manifest's ETag, the last sync error.
#pragma once
#include <optional>
#include <string>

namespace bk {

class Database;

class SyncState {
public:
    explicit SyncState(Database& db) : db_(db) {}

    std::optional<std::string> get(const std::string& key) const;
    void set(const std::string& key, const std::string& value);
    void erase(const std::string& key);

private:
    Database& db_;
};

} // namespace bk
