// DeskAccounts on hub.db's desk_accounts and desk_account_groups tables (hub_store.cpp,
// migration 4), each change in one transaction.
#include "desk_accounts.h"

#include <algorithm>

namespace bk::hub {
namespace {

DeskAccount account_from(Statement& row, Database& db, TimePoint now) {
    DeskAccount a;
    a.name = row.column_text(0);
    a.role = parse_desk_role(row.column_text(1)).value_or(DeskRole::Editor);
    a.created_at = row.column_text(2);
    const std::string locked = row.column_text(3);
    if (!locked.empty() && locked > format_utc(now)) a.locked_until = locked;
    a.last_login_at = row.column_text(4);
    Statement groups =
        db.prepare("SELECT kiosk_group FROM desk_account_groups WHERE account = ? ORDER BY 1");
    groups.bind(1, a.name);
    while (groups.step())
        a.groups.push_back(groups.column_text(0));
    return a;
}

constexpr const char* kAccountColumns =
    "SELECT name, role, created_at, locked_until, last_login_at, password_hash FROM desk_accounts";

} // namespace

std::optional<DeskRole> parse_desk_role(std::string_view text) {
    if (text == "editor") return DeskRole::Editor;
    if (text == "sociaal-team") return DeskRole::SociaalTeam;
    if (text == "admin") return DeskRole::Admin;
    return std::nullopt;
}

const char* desk_role_name(DeskRole role) {
    switch (role) {
    case DeskRole::Editor: return "editor";
    case DeskRole::SociaalTeam: return "sociaal-team";
    case DeskRole::Admin: return "admin";
    }
    return "editor";
}

bool sees_every_group(DeskRole role) {
    return role != DeskRole::Editor;
}

bool is_account_name(std::string_view name) {
    if (name.empty() || name.size() > 64) return false;
    auto letter_or_digit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!letter_or_digit(name[0])) return false;
    return std::all_of(name.begin(), name.end(), [&](char c) {
        return letter_or_digit(c) || c == '.' || c == '-' || c == '_';
    });
}

bool DeskAccounts::add(const DeskAccount& account, const std::string& password_hash,
                       TimePoint now) {
    auto [hold, db] = store_.lock();
    Transaction transaction(db);
    if (db.prepare("SELECT 1 FROM desk_accounts WHERE name = ?").bind(1, account.name).step())
        return false;
    db.prepare("INSERT INTO desk_accounts (name, role, password_hash, created_at) "
               "VALUES (?,?,?,?)")
        .bind(1, account.name)
        .bind(2, desk_role_name(account.role))
        .bind(3, password_hash)
        .bind(4, format_utc(now))
        .run();
    Statement group =
        db.prepare("INSERT OR IGNORE INTO desk_account_groups (account, kiosk_group) VALUES (?,?)");
    for (const std::string& g : account.groups) {
        group.bind(1, account.name).bind(2, g).run();
        group.reset();
    }
    transaction.commit();
    return true;
}

bool DeskAccounts::remove(const std::string& name) {
    auto [hold, db] = store_.lock();
    Transaction transaction(db);
    db.prepare("DELETE FROM desk_sessions WHERE account = ?").bind(1, name).run();
    db.prepare("DELETE FROM desk_account_groups WHERE account = ?").bind(1, name).run();
    db.prepare("DELETE FROM desk_accounts WHERE name = ?").bind(1, name).run();
    const bool removed = db.changes() > 0;
    transaction.commit();
    return removed;
}

bool DeskAccounts::set_password(const std::string& name, const std::string& password_hash) {
    auto [hold, db] = store_.lock();
    Transaction transaction(db);
    db.prepare("UPDATE desk_accounts SET password_hash = ? WHERE name = ?")
        .bind(1, password_hash)
        .bind(2, name)
        .run();
    if (db.changes() == 0) return false;
    // In the same transaction: there is no moment with the new password and an old session.
    db.prepare("DELETE FROM desk_sessions WHERE account = ?").bind(1, name).run();
    transaction.commit();
    return true;
}

bool DeskAccounts::unlock(const std::string& name) {
    auto [hold, db] = store_.lock();
    db.prepare("UPDATE desk_accounts SET failed_logins = 0, locked_until = '' WHERE name = ?")
        .bind(1, name)
        .run();
    return db.changes() > 0;
}

std::vector<DeskAccount> DeskAccounts::list(TimePoint now) {
    auto [hold, db] = store_.lock();
    Statement rows = db.prepare(std::string(kAccountColumns) + " ORDER BY name");
    std::vector<DeskAccount> out;
    while (rows.step())
        out.push_back(account_from(rows, db, now));
    return out;
}

std::optional<DeskAccount> DeskAccounts::find(const std::string& name, TimePoint now) {
    auto record = login_record(name, now);
    if (!record) return std::nullopt;
    return std::move(record->account);
}

std::optional<LoginRecord> DeskAccounts::login_record(const std::string& name, TimePoint now) {
    auto [hold, db] = store_.lock();
    Statement row = db.prepare(std::string(kAccountColumns) + " WHERE name = ?");
    row.bind(1, name);
    if (!row.step()) return std::nullopt;
    LoginRecord record;
    record.password_hash = row.column_text(5);
    record.account = account_from(row, db, now);
    return record;
}

std::optional<TimePoint> DeskAccounts::count_wrong_password(const std::string& name, TimePoint now,
                                                            int limit,
                                                            std::chrono::seconds lock_for) {
    auto [hold, db] = store_.lock();
    Transaction transaction(db);
    db.prepare("UPDATE desk_accounts SET failed_logins = failed_logins + 1 WHERE name = ?")
        .bind(1, name)
        .run();
    Statement count = db.prepare("SELECT failed_logins FROM desk_accounts WHERE name = ?");
    count.bind(1, name);
    std::optional<TimePoint> locked;
    if (count.step() && count.column_int(0) >= limit) {
        // Whole seconds, as stored: the page and `user list` show the same end.
        locked = std::chrono::time_point_cast<std::chrono::seconds>(now + lock_for);
        db.prepare("UPDATE desk_accounts SET failed_logins = 0, locked_until = ? WHERE name = ?")
            .bind(1, format_utc(*locked))
            .bind(2, name)
            .run();
    }
    transaction.commit();
    return locked;
}

bool DeskAccounts::count_right_password(const std::string& name, TimePoint now) {
    auto [hold, db] = store_.lock();
    const std::string at = format_utc(now);
    db.prepare("UPDATE desk_accounts SET failed_logins = 0, last_login_at = ? "
               "WHERE name = ? AND locked_until <= ?")
        .bind(1, at)
        .bind(2, name)
        .bind(3, at)
        .run();
    return db.changes() > 0;
}

} // namespace bk::hub
