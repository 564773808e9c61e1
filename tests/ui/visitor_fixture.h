// What every UI scenario needs: a temp folder with the kiosk's data dir, a way to run the real
// kiosk with a script, and the store it wrote, opened with the shared/ store API.
#pragma once
#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/store/database.h"
#include "support/kiosk_runner.h"
#include "support/temp_dir.h"

#include <memory>
#include <string>
#include <vector>

namespace bk::test {

// The demo's Digicafé on Tuesday 24 November 2026 (8 places), on the home screen at 10:15.
inline constexpr const char* kActivity = "digicafe";
inline constexpr const char* kToday = "2026-11-24";
inline constexpr int kCapacity = 8;

class VisitorFixture {
public:
    // Runs the kiosk with `script`; fails the test (with the kiosk's output) on a bad ending.
    KioskRun run(const std::string& script, const std::vector<std::string>& extra = {},
                 int expected_exit = 0);
    KioskRun run_unchecked(const std::string& script, const std::vector<std::string>& extra = {});
    std::filesystem::path store_file() const { return tmp_ / "data" / "kiosk.sqlite"; }
    std::unique_ptr<Database> store() const; // the kiosk's store, as the sync client would open it
    static Date today();

private:
    TempDir tmp_;
};

} // namespace bk::test
