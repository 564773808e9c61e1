#include "buurtkiosk/store/code_cancellation.h"

namespace bk {

CodeCancellation::CodeCancellation(Database& db, GuessPolicy policy)
    : db_(db), guesses_("cancel_code", policy, &db) {}

CodeLookup CodeCancellation::find(const std::string& code, TimePoint now) {
    CodeLookup result;
    if (auto until = guesses_.locked_until(now)) {
        result.try_again_at = until;
        return result;
    }
    result.sign_up = SignUps(db_).find_by_code(code);
    if (!result.sign_up && guesses_.wrong(now)) result.try_again_at = guesses_.locked_until(now);
    return result;
}

CancelResult CodeCancellation::cancel(const std::string& code, TimePoint now) {
    CancelResult result;
    if (auto until = guesses_.locked_until(now)) {
        result.try_again_at = until;
        return result;
    }
    result = SignUps(db_).cancel_by_code(code, now);
    if (!result.found && guesses_.wrong(now)) result.try_again_at = guesses_.locked_until(now);
    return result;
}

} // namespace bk
