// The sync_state table: one row per key.
#include "buurtkiosk/store/sync_state.h"

#include "buurtkiosk/store/database.h"

namespace bk {

std::optional<std::string> SyncState::get(const std::string& key) const {
    Statement statement = db_.prepare("SELECT value FROM sync_state WHERE key = ?");
    statement.bind(1, key);
    if (!statement.step()) return std::nullopt;
    return statement.column_text(0);
}

void SyncState::set(const std::string& key, const std::string& value) {
    db_.prepare("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void SyncState::erase(const std::string& key) {
    db_.prepare("DELETE FROM sync_state WHERE key = ?").bind(1, key).run();
}

} // namespace bk
