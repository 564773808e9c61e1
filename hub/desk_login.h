// A login at the desk: the address and account limits, the password check (as slow for a name
// without an account as with one), and a log line for every outcome, never with a password.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "desk_accounts.h"
#include "login_throttle.h"

#include <optional>
#include <string>

namespace bk::hub {

enum class LoginResult {
    Accepted,
    Wrong,         // wrong password or no such account: one answer for both
    AccountLocked, // too many wrong passwords for this name (also now)
    AddressBlocked // too many failed logins from this address
};

struct LoginOutcome {
    LoginResult result = LoginResult::Wrong;
    std::optional<DeskAccount> account; // set when Accepted
};

class DeskLogin {
public:
    DeskLogin(DeskAccounts& accounts, LoginThrottle& throttle)
        : accounts_(accounts), throttle_(throttle) {}

    // `name` as typed (matched without regard to ASCII case); `address` is the client's.
    LoginOutcome attempt(const std::string& name, const std::string& password,
                         const std::string& address, TimePoint now);

private:
    LoginOutcome known(const LoginRecord& record, const std::string& password,
                       const std::string& address, TimePoint now);
    LoginOutcome unknown(const std::string& name, const std::string& password,
                         const std::string& address, TimePoint now);

    DeskAccounts& accounts_;
    LoginThrottle& throttle_;
};

} // namespace bk::hub
