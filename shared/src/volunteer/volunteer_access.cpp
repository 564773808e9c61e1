#include "volunteer/volunteer_access.h"

#include <sodium.h>

#include <stdexcept>

namespace bk {

namespace {
// 16 MiB and three passes: about 0.1 s on a Raspberry Pi 4, far below its memory.
constexpr unsigned long long kOpsLimit = 3;
constexpr std::size_t kMemLimit = 16u * 1024u * 1024u;

void ensure_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}
} // namespace

std::string hash_pin(const std::string& pin) {
    ensure_sodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.c_str(), pin.size(), kOpsLimit, kMemLimit) != 0)
        throw std::runtime_error("not enough memory to hash the PIN");
    return out;
}

VolunteerAccess::VolunteerAccess(std::string pin_hash, PinPolicy policy)
    : pin_hash_(std::move(pin_hash)), policy_(policy) {}

std::optional<TimePoint> VolunteerAccess::locked_until(TimePoint now) const {
    if (locked_until_ && now < *locked_until_) return locked_until_;
    return std::nullopt;
}

PinCheck VolunteerAccess::try_pin(const std::string& pin, TimePoint now) {
    if (locked_until(now)) return PinCheck::LockedOut;
    ensure_sodium();
    bool ok = pin_configured() &&
              crypto_pwhash_str_verify(pin_hash_.c_str(), pin.c_str(), pin.size()) == 0;
    if (ok) {
        wrong_ = 0;
        lockouts_ = 0;
        locked_until_.reset();
        last_activity_ = now;
        return PinCheck::Accepted;
    }
    if (++wrong_ >= policy_.attempts_before_lockout) {
        wrong_ = 0;
        locked_until_ = now + policy_.first_lockout * (1 << std::min(lockouts_, 6));
        ++lockouts_;
        return PinCheck::LockedOut;
    }
    return PinCheck::Wrong;
}

bool VolunteerAccess::unlocked(TimePoint now) const {
    return last_activity_ && now - *last_activity_ < policy_.session;
}

void VolunteerAccess::touch(TimePoint now) {
    if (unlocked(now)) last_activity_ = now;
}

void VolunteerAccess::lock() {
    last_activity_.reset();
}

} // namespace bk
