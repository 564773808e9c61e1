// The store's schema as numbered migrations; each one runs once, in its own transaction.
#pragma once
#include <vector>

namespace bk {

struct Migration {
    int version;
    const char* sql;
};

// Ordered by version, starting at 1. Add new migrations at the end; never edit a shipped one.
const std::vector<Migration>& store_migrations();

} // namespace bk
