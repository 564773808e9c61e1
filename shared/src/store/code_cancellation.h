// A visitor cancelling a sign-up with its code. Wrong codes are limited like the volunteer PIN
// (kept in the store, for the whole kiosk): otherwise anyone could try codes until one cancels
// somebody else's place. Volunteers cancel through SignUps, without this limit.
#pragma once
#include "domain/clock.h"
#include "store/guess_limit.h"
#include "store/sign_ups.h"

#include <string>

namespace bk {

class Database;

class CodeCancellation {
public:
    explicit CodeCancellation(Database& db, GuessPolicy policy = {});

    // While a wait runs nothing is looked up and `try_again_at` says until when; the wrong
    // code that starts a wait says so too. A right code does not clear the count: a visitor
    // could otherwise reset it with a sign-up of their own.
    CancelResult cancel(const std::string& code, TimePoint now);

private:
    Database& db_;
    GuessLimit guesses_;
};

} // namespace bk
