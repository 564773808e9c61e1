// How many wrong logins the desk allows: per account (kept in hub.db by DeskAccounts, counted
// here for names without an account) and per client address (in memory).
#pragma once
#include "buurtkiosk/domain/clock.h"

#include <chrono>
#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace bk::hub {

struct LoginLimits {
    // Per account: this many wrong passwords in a row lock it for `account_lock`.
    int account_failures = 10;
    std::chrono::seconds account_lock{15 * 60};
    // Per client address: this many failed logins within `address_window`, then 429 until the
    // oldest of them is older than the window.
    int address_failures = 20;
    std::chrono::seconds address_window{10 * 60};
    // Memory bounds: the addresses and unknown names remembered at most.
    std::size_t max_remembered = 10'000;
};

class LoginThrottle {
public:
    explicit LoginThrottle(LoginLimits limits = {}) : limits_(limits) {}
    const LoginLimits& limits() const { return limits_; }

    // True when `address` has used up its failed logins for now.
    bool address_blocked(const std::string& address, TimePoint now);
    void count_failure_from(const std::string& address, TimePoint now);

    // Names without an account are locked like accounts are, so a lock does not tell that an
    // account exists. Only in memory: storing names anyone may type would let anyone fill
    // hub.db, and a name without an account protects nothing.
    std::optional<TimePoint> unknown_name_locked_until(const std::string& name, TimePoint now);
    // Returns the end of the lock when this failure starts one.
    std::optional<TimePoint> count_unknown_name_failure(const std::string& name, TimePoint now);

private:
    struct NameFailures {
        int count = 0;
        std::optional<TimePoint> locked_until;
        TimePoint last;
    };
    void forget_oldest_address();
    void forget_oldest_name();

    LoginLimits limits_;
    std::mutex mutex_;
    std::map<std::string, std::deque<TimePoint>> address_failures_;
    std::map<std::string, NameFailures> unknown_names_;
};

} // namespace bk::hub
