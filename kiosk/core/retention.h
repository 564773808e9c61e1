// Keeps personal data no longer than needed: sign-ups are purged `signup_retention_days` after
// their activity, checked at start-up and whenever the date changes. Quick activities go once
// they have passed.
#pragma once
#include "buurtkiosk/domain/calendar.h"

#include <optional>

namespace bk {

class Database;

class Retention {
public:
    explicit Retention(Database* db) : db_(db) {} // the UI thread's connection; may be null
    // Purges once per day; cheap to call every frame.
    void on_day(Date today, int retention_days);

private:
    Database* db_;
    std::optional<Date> done_for_;
};

} // namespace bk
