// Visitor or volunteer: the one place that decides, with the PIN check, the lockout after wrong
// PINs and the end of a volunteer session.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/store/guess_limit.h"

#include <chrono>
#include <optional>
#include <string>

namespace bk {

// Argon2id hash of a PIN (libsodium crypto_pwhash_str), with limits small enough for a
// Raspberry Pi class board: see docs/operations.md. A short PIN is protected by the lockout.
std::string hash_pin(const std::string& pin);

struct PinPolicy {
    int attempts_before_lockout = 5;
    std::chrono::seconds first_lockout{300}; // doubles with every further lockout
    std::chrono::seconds session{600};       // a volunteer session ends after this much idleness
};

enum class PinCheck { Accepted, Wrong, LockedOut };

class Database;

class VolunteerAccess {
public:
    // `pin_hash` empty: no PIN configured; the kiosk refuses volunteer mode until one is set.
    // With `store` the wrong PINs and the lockout are kept there, so a restart continues them.
    VolunteerAccess(std::string pin_hash, PinPolicy policy = {}, Database* store = nullptr);

    bool pin_configured() const { return !pin_hash_.empty(); }
    PinCheck try_pin(const std::string& pin, TimePoint now);
    bool unlocked(TimePoint now) const;
    void touch(TimePoint now); // volunteer activity keeps the session open
    void lock();               // "Sluiten", and the privacy reset
    // When the lockout ends; nullopt when not locked out.
    std::optional<TimePoint> locked_until(TimePoint now) const;
    int wrong_attempts() const { return guesses_.wrong_guesses(); }

private:
    std::string pin_hash_;
    PinPolicy policy_;
    GuessLimit guesses_;
    std::optional<TimePoint> last_activity_;
};

} // namespace bk
