// The kiosk's link to its hub: reads kiosk.json, runs the sync client on its thread, hands new
// content to the app on the UI thread and tells volunteers how sync is doing.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/sync/sync_status.h"
#include "kiosk_layout.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace bk {

class App;
class SyncClient;

class KioskSync {
public:
    // nullptr with `error` set when the config cannot be read; the kiosk then runs offline.
    static std::unique_ptr<KioskSync> from_config(const std::filesystem::path& config_file,
                                                  const KioskLayout& layout, const Clock& clock,
                                                  std::string& error);
    ~KioskSync();

    // The last bundle sync installed, to show at start-up; nullopt before the first one.
    std::optional<std::filesystem::path> current_bundle() const;
    void start(App& app); // new bundles are offered to `app` on its UI thread
    SyncStatus status() const;
    void wake(); // deliver now, e.g. right after a sign-up

private:
    explicit KioskSync(std::unique_ptr<SyncClient> client);
    std::unique_ptr<SyncClient> client_;
};

} // namespace bk
