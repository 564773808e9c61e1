// The desk's accounts in hub.db: name, role, the kiosk groups an editor works for, the password
// hash, and the wrong passwords and lock of each (docs/desk.md).
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "hub_store.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bk::hub {

// editor: content for its own groups; sociaal-team: callback requests of every group, never
// content; admin: accounts, keys and the fleet, every group.
enum class DeskRole { Editor, SociaalTeam, Admin };

std::optional<DeskRole> parse_desk_role(std::string_view text); // "editor", "sociaal-team", "admin"
const char* desk_role_name(DeskRole role);                      // the same words back
bool sees_every_group(DeskRole role);

// Account names: 1 to 64 of a-z, 0-9, '.', '-' and '_', starting with a letter or digit (they
// appear in the log and on the page, and people type them).
bool is_account_name(std::string_view name);

struct DeskAccount {
    std::string name;
    DeskRole role = DeskRole::Editor;
    std::vector<std::string> groups; // editors only; sorted
    std::string created_at;
    std::string locked_until;  // "" when not locked now (UTC text otherwise)
    std::string last_login_at; // "" when never
};

// What a login needs to know about an account.
struct LoginRecord {
    DeskAccount account;
    std::string password_hash;
};

class DeskAccounts {
public:
    explicit DeskAccounts(HubStore& store) : store_(store) {}

    // False when the name is taken (nothing changes then).
    bool add(const DeskAccount& account, const std::string& password_hash, TimePoint now);
    // Removes the account and ends its sessions; false when there is no such account.
    bool remove(const std::string& name);
    // Replaces the hash and ends every session of the account (whoever knew the old password is
    // logged out); false when there is no such account.
    bool set_password(const std::string& name, const std::string& password_hash);
    // Forgets the wrong passwords and the lock; false when there is no such account.
    bool unlock(const std::string& name);

    std::vector<DeskAccount> list(TimePoint now);
    std::optional<DeskAccount> find(const std::string& name, TimePoint now);
    std::optional<LoginRecord> login_record(const std::string& name, TimePoint now);

    // Counts a wrong password. When it is the `limit`th in a row, the account is locked for
    // `lock_for` and the count starts over; returns the end of that lock then.
    std::optional<TimePoint> count_wrong_password(const std::string& name, TimePoint now, int limit,
                                                  std::chrono::seconds lock_for);
    // A right password: the count starts over and the login time is kept. False when the
    // account was locked (or removed) in the meantime by a login running alongside: the login
    // is refused then.
    bool count_right_password(const std::string& name, TimePoint now);

private:
    HubStore& store_;
};

} // namespace bk::hub
