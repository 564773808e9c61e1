// LoginThrottle: sliding windows of failure times per address, counts and locks per unknown
// name, each map bounded.
#include "login_throttle.h"

#include <algorithm>

namespace bk::hub {

bool LoginThrottle::address_blocked(const std::string& address, TimePoint now) {
    std::lock_guard lock(mutex_);
    auto it = address_failures_.find(address);
    if (it == address_failures_.end()) return false;
    auto& times = it->second;
    while (!times.empty() && times.front() <= now - limits_.address_window)
        times.pop_front();
    if (times.empty()) {
        address_failures_.erase(it);
        return false;
    }
    return static_cast<int>(times.size()) >= limits_.address_failures;
}

void LoginThrottle::count_failure_from(const std::string& address, TimePoint now) {
    std::lock_guard lock(mutex_);
    if (!address_failures_.count(address) && address_failures_.size() >= limits_.max_remembered)
        forget_oldest_address();
    auto& times = address_failures_[address];
    times.push_back(now);
    // More than the limit is never needed to decide.
    while (static_cast<int>(times.size()) > limits_.address_failures)
        times.pop_front();
}

std::optional<TimePoint> LoginThrottle::unknown_name_locked_until(const std::string& name,
                                                                  TimePoint now) {
    std::lock_guard lock(mutex_);
    auto it = unknown_names_.find(name);
    if (it == unknown_names_.end() || !it->second.locked_until) return std::nullopt;
    if (*it->second.locked_until <= now) {
        it->second.locked_until.reset();
        return std::nullopt;
    }
    return it->second.locked_until;
}

std::optional<TimePoint> LoginThrottle::count_unknown_name_failure(const std::string& name,
                                                                   TimePoint now) {
    std::lock_guard lock(mutex_);
    if (!unknown_names_.count(name) && unknown_names_.size() >= limits_.max_remembered)
        forget_oldest_name();
    NameFailures& f = unknown_names_[name];
    f.last = now;
    if (++f.count < limits_.account_failures) return std::nullopt;
    f.count = 0;
    f.locked_until = std::chrono::time_point_cast<std::chrono::seconds>(now + limits_.account_lock);
    return f.locked_until;
}

// Full maps (an attack from many addresses, or with many names) lose the entry whose last
// failure is oldest: the one least likely to matter now.
void LoginThrottle::forget_oldest_address() {
    auto oldest = std::min_element(
        address_failures_.begin(), address_failures_.end(), [](const auto& a, const auto& b) {
            return a.second.empty() || (!b.second.empty() && a.second.back() < b.second.back());
        });
    if (oldest != address_failures_.end()) address_failures_.erase(oldest);
}

void LoginThrottle::forget_oldest_name() {
    auto oldest = std::min_element(
        unknown_names_.begin(), unknown_names_.end(),
        [](const auto& a, const auto& b) { return a.second.last < b.second.last; });
    if (oldest != unknown_names_.end()) unknown_names_.erase(oldest);
}

} // namespace bk::hub
