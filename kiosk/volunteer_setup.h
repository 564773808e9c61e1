// Builds the volunteer desk: the PIN hash from <data dir>/volunteer-pin, and the store
// connection the volunteer screen reads sign-up lists from.
#pragma once
#include "domain/clock.h"
#include "volunteer_desk.h"

#include <filesystem>
#include <memory>

namespace bk {

class Database;

class VolunteerSetup {
public:
    VolunteerSetup(const std::filesystem::path& data_dir, const Clock& clock);
    ~VolunteerSetup();
    VolunteerDesk& desk() { return desk_; }

private:
    const Clock& clock_;
    std::unique_ptr<Database> db_;
    VolunteerDesk desk_;
};

// `buurtkiosk --set-volunteer-pin`: reads a PIN of 4 to 8 digits from standard input and stores
// its Argon2id hash (mode 0600). Returns the process exit code.
int set_volunteer_pin(const std::filesystem::path& data_dir);

} // namespace bk
