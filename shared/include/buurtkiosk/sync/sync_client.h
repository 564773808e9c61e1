// The kiosk's side of protocol v1: pull signed content, push the outbox, send a heartbeat.
// Runs on its own thread so the UI never waits for the network.
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/sync/content_store.h"
#include "buurtkiosk/sync/http_client.h"
#include "buurtkiosk/sync/kiosk_config.h"
#include "buurtkiosk/sync/retry_delay.h"
#include "buurtkiosk/sync/sync_status.h"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <thread>

namespace bk {

class Database;
struct SyncCycle; // one cycle's bookkeeping, private to sync_client.cpp

// Every limit is a setting so tests can use a second where a kiosk uses minutes.
struct SyncTimeouts {
    std::chrono::milliseconds connect{15'000};
    long low_speed_bytes_per_second = 100;
    std::chrono::seconds low_speed_time{60};
    std::chrono::milliseconds manifest{30'000};
    std::chrono::milliseconds file{300'000};
    std::chrono::milliseconds submission{30'000};
    std::chrono::milliseconds heartbeat{15'000};
};

struct SyncOptions {
    KioskConfig config;
    std::filesystem::path
        database_file; // the kiosk's store; the sync thread opens its own connection
    SyncTimeouts timeouts;
    RetryPolicy retry;
    // Between cycles after a cycle in which the hub could not be reached or gave no proper
    // answer: 5 s, doubling with jitter, at most 10 minutes (a new submission still wakes it).
    RetryPolicy failure_backoff{std::chrono::milliseconds{5'000}, std::chrono::minutes(10)};
    std::chrono::milliseconds interval{60'000}; // between cycles when nothing is due sooner
    int batch = 100;                            // outbox items read per query
    std::string kiosk_version = BUURTKIOSK_VERSION;
};

// What one cycle did, for tests and the log.
struct SyncReport {
    enum class Content {
        NotModified,
        Installed,
        AlreadyCurrent,
        NothingPublished,
        Refused,
        Failed
    };
    Content content = Content::Failed;
    std::int64_t content_version = 0;
    int delivered = 0;
    int retry_later = 0;
    int quarantined = 0;
    bool heartbeat_sent = false;
    bool unreachable = false; // an exchange with the hub failed: the next cycle waits longer
    std::string error;        // plain Dutch, the first problem of the cycle
};

class SyncClient {
public:
    using InstalledCallback =
        std::function<void(const std::filesystem::path& bundle, std::int64_t version)>;

    SyncClient(SyncOptions options, const Clock& clock);
    ~SyncClient(); // stops the thread
    SyncClient(const SyncClient&) = delete;
    SyncClient& operator=(const SyncClient&) = delete;

    // Called on the sync thread after a new bundle became current; the kiosk applies it when no
    // form is open.
    void on_installed(InstalledCallback callback);

    SyncReport run_once(); // one full cycle on the calling thread
    void start();          // cycles on a background thread until stop()
    void stop();
    void wake(); // run a cycle now (e.g. right after a sign-up was committed)

    SyncStatus status() const;
    const ContentStore& content() const { return store_; }

private:
    void sync_content(SyncCycle& cycle);
    void drain_outbox(SyncCycle& cycle, Database& db);
    // GET /v1/places: the hub's counts of the group (a hub that answers 404 counts none).
    void fetch_places(SyncCycle& cycle, Database& db);
    // GET /v1/local-activities: the group's quick activities (a hub that answers 404 has none).
    void fetch_local_activities(SyncCycle& cycle, Database& db);
    void send_heartbeat(SyncCycle& cycle, Database& db);
    std::string url(const std::string& path) const;
    HttpRequest request(const std::string& method, const std::string& path,
                        std::chrono::milliseconds timeout) const;
    std::optional<TimePoint> next_outbox_attempt();
    void loop();

    SyncOptions options_;
    const Clock& clock_;
    ContentStore store_;
    std::chrono::steady_clock::time_point started_;
    std::mt19937_64 random_;

    std::mutex run_mutex_; // one cycle at a time
    std::unique_ptr<HttpClient> http_;
    std::unique_ptr<Database> db_;
    std::string etag_;          // of the manifest last installed or refused
    std::string refused_error_; // repeated while the hub keeps serving a refused manifest
    std::string refused_detail_;
    std::string logged_error_; // the problem last written to the log
    int failed_cycles_ = 0;    // in a row; run_once counts, loop() backs off

    mutable std::mutex status_mutex_;
    SyncStatus status_;
    InstalledCallback on_installed_;

    std::mutex wake_mutex_;
    std::condition_variable wake_cv_;
    bool wake_requested_ = false;
    bool stopping_ = false;
    std::atomic<bool> cancel_{false}; // stop(): abort a transfer in progress instead of waiting
    std::thread thread_;
};

} // namespace bk
