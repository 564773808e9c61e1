// DeskLogin: the order of the checks, and the hub's log lines about logins (stderr, the
// journal under systemd).
#include "desk_login.h"

#include "desk_password.h"

#include <iostream>

namespace bk::hub {
namespace {

std::string lowercase(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// One line per event. A name without an account is not written down: people type their
// password into the name field by mistake, and such a name is not worth keeping anyway.
void log_login(const std::string& what, const std::string& account, const std::string& address) {
    std::cerr << "hub: desk login " << what << " for "
              << (account.empty() ? std::string("an unknown account") : "'" + account + "'")
              << " from " << address << "\n";
}

} // namespace

LoginOutcome DeskLogin::attempt(const std::string& typed_name, const std::string& password,
                                const std::string& address, TimePoint now) {
    if (throttle_.address_blocked(address, now)) {
        std::cerr << "hub: desk login refused from " << address << ": "
                  << throttle_.limits().address_failures << " failed logins within "
                  << throttle_.limits().address_window.count() / 60 << " minutes\n";
        return {LoginResult::AddressBlocked, std::nullopt};
    }
    const std::string name = lowercase(typed_name);
    std::optional<LoginRecord> record;
    if (is_account_name(name)) record = accounts_.login_record(name, now);
    return record ? known(*record, password, address, now) : unknown(name, password, address, now);
}

LoginOutcome DeskLogin::known(const LoginRecord& record, const std::string& password,
                              const std::string& address, TimePoint now) {
    const std::string& name = record.account.name;
    // A locked account is refused without looking at the password, the right one included;
    // the answer takes as long as for a locked name without an account.
    if (!record.account.locked_until.empty()) {
        throttle_.count_failure_from(address, now);
        log_login("refused (locked until " + record.account.locked_until + ")", name, address);
        return {LoginResult::AccountLocked, std::nullopt};
    }
    if (desk_password_matches(record.password_hash, password)) {
        if (accounts_.count_right_password(name, now)) {
            log_login("accepted", name, address);
            return {LoginResult::Accepted, record.account};
        }
        // Locked by logins running alongside while this one was being checked.
        throttle_.count_failure_from(address, now);
        log_login("refused (locked meanwhile)", name, address);
        return {LoginResult::AccountLocked, std::nullopt};
    }
    throttle_.count_failure_from(address, now);
    const auto& limits = throttle_.limits();
    auto locked =
        accounts_.count_wrong_password(name, now, limits.account_failures, limits.account_lock);
    log_login("failed (wrong password)", name, address);
    if (!locked) return {LoginResult::Wrong, std::nullopt};
    std::cerr << "hub: desk account '" << name << "' locked until " << format_utc(*locked)
              << " after " << limits.account_failures << " wrong passwords (the last from "
              << address << ")\n";
    return {LoginResult::AccountLocked, std::nullopt};
}

LoginOutcome DeskLogin::unknown(const std::string& name, const std::string& password,
                                const std::string& address, TimePoint now) {
    throttle_.count_failure_from(address, now);
    if (throttle_.unknown_name_locked_until(name, now)) {
        log_login("refused (locked)", "", address);
        return {LoginResult::AccountLocked, std::nullopt};
    }
    desk_password_matches("", password); // the dummy hash: as slow as a real check
    auto locked = throttle_.count_unknown_name_failure(name, now);
    log_login("failed (no such account)", "", address);
    return {locked ? LoginResult::AccountLocked : LoginResult::Wrong, std::nullopt};
}

} // namespace bk::hub
