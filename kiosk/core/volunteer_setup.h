// Builds the volunteer session: the PIN hash from KioskLayout::volunteer_pin(), and the lists the
// volunteer screen reads, on the UI thread's store connection.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "kiosk_layout.h"
#include "volunteer_session.h"

#include <filesystem>
#include <functional>
#include <memory>

namespace bk {

class Database;
class CachedSignUps;

class VolunteerSetup {
public:
    // `db`: the UI thread's connection (StoredRequests::database()) and `seen` what it read for the
    // screens (StoredRequests::sign_ups_seen()); both null when the store is closed. `stored`
    // runs after each change a volunteer made (it wakes the sync, so the hub hears at once).
    VolunteerSetup(const KioskLayout& layout, Database* db, CachedSignUps* seen, const Clock& clock,
                   std::function<void()> stored = {});
    VolunteerSession& session() { return session_; }

private:
    const Clock& clock_;
    Database* db_;
    std::function<void()> stored_;
    CachedSignUps* seen_;
    VolunteerSession session_;
};

// `buurtkiosk --set-volunteer-pin`: reads a PIN of 4 to 8 digits from standard input and stores
// its Argon2id hash (mode 0600). Returns the process exit code.
int set_volunteer_pin(const KioskLayout& layout);

} // namespace bk
