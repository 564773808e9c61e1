// A hub in a temp folder with a signing key, one provisioned kiosk and a copy of the demo
// content, plus the kiosk's own data folder: the common ground of the sync tests.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/sync/sync_client.h"
#include "support/hub_process.h"
#include "support/temp_dir.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bk::test {

class SyncWorld {
public:
    SyncWorld(); // keygen, provision "kiosk-1" in group "demo", start the hub
    TempDir tmp;
    HubProcess hub;
    std::string public_key;
    std::string token;
    std::filesystem::path key_file;
    std::filesystem::path content_dir; // editable copy of content/demo
    std::filesystem::path kiosk_dir;
    SystemClock clock;

    // Provisions another kiosk of group "demo" at the hub; returns its token.
    std::string provision(const std::string& kiosk) const;
    // Sync options of a second kiosk of the group ("kiosk-2"), with a data folder of its own.
    SyncOptions second_kiosk() const;
    // Publishes content_dir for group "demo"; returns the hub's stdout.
    std::string publish(const std::filesystem::path& key = {});
    // Short timeouts and retries so failures cost milliseconds, not minutes.
    SyncOptions options(const std::string& hub_url = {}) const;
    std::filesystem::path database_file() const { return kiosk_dir / "kiosk.db"; }
    // Adds a one-off activity at 12:00 tomorrow (or `days_from_today`) to
    // content_dir/activities.json, with sign-up when it has a capacity.
    void add_activity(const std::string& id, const std::string& title,
                      std::optional<int> capacity = std::nullopt, int days_from_today = 1) const;
    // Puts `count` sign-ups in the kiosk's outbox in one transaction; returns their ids.
    std::vector<std::string> enqueue_sign_ups(int count) const;
    // Submission ids the hub stored, one entry per stored record (duplicates would show twice).
    std::vector<std::string> hub_records() const;
    // Runs cycles until the outbox is empty or `seconds` passed; returns the final depth.
    int drain(SyncClient& client, int seconds = 10) const;
};

// Every id of `sent` stands exactly once in `stored`, and nothing else does.
void expect_each_exactly_once(const std::vector<std::string>& sent,
                              const std::vector<std::string>& stored);

// load_bundle on the kiosk's current bundle: does it hold an activity with this id?
bool current_has_activity(const SyncClient& client, const std::string& id);

} // namespace bk::test
