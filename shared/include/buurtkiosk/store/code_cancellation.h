// A visitor cancelling a sign-up with its code. Wrong codes are limited like the volunteer PIN
// (kept in the store, for the whole kiosk): otherwise anyone could try codes until one cancels
// somebody else's place. Volunteers cancel through SignUps, without this limit.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/store/guess_limit.h"
#include "buurtkiosk/store/sign_ups.h"

#include <optional>
#include <string>

namespace bk {

class Database;

// What a code belongs to, shown before the visitor confirms the cancellation.
struct CodeLookup {
    std::optional<SignUp> sign_up;         // nullopt: no active sign-up has this code
    std::optional<TimePoint> try_again_at; // as in CancelResult: nothing was looked up
};

class CodeCancellation {
public:
    explicit CodeCancellation(Database& db, GuessPolicy policy = {});

    // The first step: what the code belongs to, changing nothing but the guess count. Only a
    // wrong code counts as a guess, so looking up and then cancelling costs one guess at most.
    CodeLookup find(const std::string& code, TimePoint now);

    // While a wait runs nothing is looked up and `try_again_at` says until when; the wrong
    // code that starts a wait says so too. A right code does not clear the count: a visitor
    // could otherwise reset it with a sign-up of their own.
    CancelResult cancel(const std::string& code, TimePoint now);

private:
    Database& db_;
    GuessLimit guesses_;
};

} // namespace bk
