// Wrong guesses at a secret (the volunteer PIN, a sign-up code) and the growing wait after too
// many. Kept in the store, so restarting the kiosk hands out no fresh guesses.
#pragma once
#include "buurtkiosk/domain/clock.h"

#include <chrono>
#include <optional>
#include <string>

namespace bk {

class Database;

struct GuessPolicy {
    int attempts_before_lockout = 5;
    std::chrono::seconds first_lockout{300}; // doubles with every further lockout, up to 64x
    // A day without a wrong guess forgets the count and the lockouts: typos of visitors spread
    // over weeks should not add up to a lockout.
    std::chrono::seconds forget_after{24 * 3600};
};

// One per secret and process: the stored count is read when it is made.
class GuessLimit {
public:
    // `name` is the row in the store ("volunteer_pin", "cancel_code"). With `db` null, or when
    // the store fails, the count lives in memory only: the limit still holds until a restart.
    GuessLimit(std::string name, GuessPolicy policy, Database* db);

    // When the wait ends; nullopt when guessing is allowed now.
    std::optional<TimePoint> locked_until(TimePoint now) const;
    // Counts a wrong guess; true when it starts a wait.
    bool wrong(TimePoint now);
    // The secret was right: the count and the lockouts start over.
    void right();
    int wrong_guesses() const { return wrong_; }

private:
    void load();
    void save();

    std::string name_;
    GuessPolicy policy_;
    Database* db_;
    int wrong_ = 0;
    int lockouts_ = 0;
    std::optional<TimePoint> locked_until_;
    std::optional<TimePoint> last_wrong_;
};

} // namespace bk
