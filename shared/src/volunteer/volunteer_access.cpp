#include "buurtkiosk/volunteer/volunteer_access.h"

#include <sodium.h>

#include <stdexcept>

namespace bk {

namespace {
// 16 MiB and three passes: about 0.1 s on a Raspberry Pi 4, far below its memory.
constexpr unsigned long long kOpsLimit = 3;
constexpr std::size_t kMemLimit = 16u * 1024u * 1024u;

GuessPolicy guess_policy(const PinPolicy& pin) {
    GuessPolicy policy;
    policy.attempts_before_lockout = pin.attempts_before_lockout;
    policy.first_lockout = pin.first_lockout;
    return policy;
}

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

VolunteerAccess::VolunteerAccess(std::string pin_hash, PinPolicy policy, Database* store)
    : pin_hash_(std::move(pin_hash)), policy_(policy),
      guesses_("volunteer_pin", guess_policy(policy), store) {}

std::optional<TimePoint> VolunteerAccess::locked_until(TimePoint now) const {
    return guesses_.locked_until(now);
}

PinCheck VolunteerAccess::try_pin(const std::string& pin, TimePoint now) {
    if (locked_until(now)) return PinCheck::LockedOut;
    ensure_sodium();
    bool ok = pin_configured() &&
              crypto_pwhash_str_verify(pin_hash_.c_str(), pin.c_str(), pin.size()) == 0;
    if (ok) {
        guesses_.right();
        last_activity_ = now;
        return PinCheck::Accepted;
    }
    return guesses_.wrong(now) ? PinCheck::LockedOut : PinCheck::Wrong;
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
