// One sync cycle: manifest (If-None-Match) -> install if new -> drain the outbox -> heartbeat.
#include "sync/sync_client.h"

#include "protocol/wire.h"
#include "store/database.h"
#include "store/outbox.h"

#include <fstream>
#include <iostream>
#include <set>

namespace bk {

struct SyncCycle {
    SyncReport report;
    std::string detail;    // technical words for the first error
    bool hub_down = false; // no answer at all: skip the rest of the cycle
    bool auth_failed = false;

    void fail(std::string plain, std::string technical) {
        std::cerr << "sync: " << technical << "\n";
        if (report.error.empty()) {
            report.error = std::move(plain);
            detail = std::move(technical);
        }
    }
};

namespace {

const char* kRetry = " De kiosk probeert het later opnieuw.";

// Turns an exchange that did not give the expected answer into plain words and a log line.
void report_failure(SyncCycle& cycle, const std::string& what, const HttpResponse& r);

} // namespace

SyncClient::SyncClient(SyncOptions options, const Clock& clock)
    : options_(std::move(options)), clock_(clock),
      store_(options_.config.data_dir, options_.config.public_key),
      started_(std::chrono::steady_clock::now()), random_(std::random_device{}()) {
    http_global_init(); // before any thread of ours starts
    status_.content_version = store_.current_version();
}

SyncClient::~SyncClient() {
    stop();
}

void SyncClient::on_installed(InstalledCallback callback) {
    std::lock_guard lock(status_mutex_);
    on_installed_ = std::move(callback);
}

std::string SyncClient::url(const std::string& path) const {
    return options_.config.hub_url + path;
}

HttpRequest SyncClient::request(const std::string& method, const std::string& path,
                                std::chrono::milliseconds timeout) const {
    HttpRequest r;
    r.method = method;
    r.url = url(path);
    r.total_timeout = timeout;
    r.headers.emplace_back("Authorization", "Bearer " + options_.config.token);
    r.headers.emplace_back("User-Agent", "buurtkiosk/" + options_.kiosk_version);
    return r;
}

SyncStatus SyncClient::status() const {
    std::lock_guard lock(status_mutex_);
    return status_;
}

namespace {

void report_failure(SyncCycle& cycle, const std::string& what, const HttpResponse& r) {
    if (!r.transport_error.empty()) {
        cycle.hub_down = true;
        if (r.timed_out)
            cycle.fail(std::string("De centrale server antwoordt niet op tijd.") + kRetry,
                       what + ": timeout: " + r.transport_error);
        else
            cycle.fail(std::string("Geen verbinding met de centrale server.") + kRetry,
                       what + ": " + r.transport_error);
        return;
    }
    std::string hub_says = wire::error_message(r.body);
    if (r.status == 401) {
        cycle.auth_failed = true;
        cycle.fail("De centrale server herkent deze kiosk niet: de toegangscode klopt niet. "
                   "Vraag de beheerder om een nieuwe toegangscode.",
                   what + ": 401 unauthorized: " + hub_says);
    } else if (r.status >= 500) {
        cycle.fail("De centrale server heeft een storing (code " + std::to_string(r.status) + ")." +
                       kRetry,
                   what + ": HTTP " + std::to_string(r.status) + ": " + hub_says);
    } else {
        cycle.fail("De centrale server gaf een onverwacht antwoord (code " +
                       std::to_string(r.status) + ")." + kRetry,
                   what + ": HTTP " + std::to_string(r.status) + ": " + hub_says);
    }
}

} // namespace

SyncReport SyncClient::run_once() {
    std::lock_guard run(run_mutex_);
    SyncCycle cycle;
    const TimePoint began = clock_.now();
    if (!http_) {
        HttpTimeouts t{options_.timeouts.connect, options_.timeouts.low_speed_bytes_per_second,
                       options_.timeouts.low_speed_time};
        http_ = std::make_unique<HttpClient>(t);
        http_->set_cancel_flag(&cancel_);
    }
    try {
        if (!db_ && !options_.database_file.empty())
            db_ = std::make_unique<Database>(options_.database_file);
        sync_content(cycle);
        if (db_ && !cycle.hub_down && !cycle.auth_failed) drain_outbox(cycle, *db_);
        if (db_ && !cycle.hub_down && !cycle.auth_failed) send_heartbeat(cycle, *db_);
    } catch (const std::exception& e) {
        // A full disk or a broken store: say so, keep the thread alive, try again next cycle.
        cycle.fail("De kiosk kon de gegevens niet bijwerken (opslagfout).",
                   std::string("sync cycle aborted: ") + e.what());
    }

    int depth = 0, quarantined = 0;
    if (db_) {
        try {
            Outbox outbox(*db_);
            depth = outbox.depth();
            quarantined = outbox.quarantined_count();
        } catch (const std::exception&) {
        }
    }
    std::lock_guard lock(status_mutex_);
    status_.last_attempt = began;
    if (cycle.report.error.empty()) status_.last_success = clock_.now();
    status_.last_error = cycle.report.error;
    status_.last_error_detail = cycle.detail;
    status_.outbox_depth = depth;
    status_.quarantined = quarantined;
    status_.content_version = store_.current_version();
    status_.content_expires = store_.current_expires();
    // Both are "YYYY-MM-DDTHH:MM:SSZ", so text order is time order.
    status_.content_expired =
        !status_.content_expires.empty() && format_utc(clock_.now()) > status_.content_expires;
    cycle.report.content_version = status_.content_version;
    return cycle.report;
}

void SyncClient::sync_content(SyncCycle& cycle) {
    auto req = request("GET", wire::kManifestPath, options_.timeouts.manifest);
    if (!etag_.empty() && store_.current_bundle())
        req.headers.emplace_back("If-None-Match", etag_);
    else if (!etag_.empty() && !refused_error_.empty())
        req.headers.emplace_back("If-None-Match", etag_);
    HttpResponse r = http_->perform(req);
    if (r.answered() && r.status == 304) {
        cycle.report.content = SyncReport::Content::NotModified;
        if (!refused_error_.empty()) { // the hub still offers the bundle we refused
            cycle.report.content = SyncReport::Content::Refused;
            cycle.fail(refused_error_, refused_detail_);
        }
        return;
    }
    if (r.answered() && r.status == 404) {
        cycle.report.content = SyncReport::Content::NothingPublished;
        return;
    }
    if (!r.answered() || r.status != 200) {
        cycle.report.content = SyncReport::Content::Failed;
        report_failure(cycle, "GET " + std::string(wire::kManifestPath), r);
        return;
    }
    std::string signature = r.header("x-manifest-signature");
    if (signature.empty()) {
        HttpResponse s =
            http_->perform(request("GET", wire::kManifestSigPath, options_.timeouts.manifest));
        if (!s.answered() || s.status != 200) {
            cycle.report.content = SyncReport::Content::Failed;
            report_failure(cycle, "GET " + std::string(wire::kManifestSigPath), s);
            return;
        }
        signature = s.body;
    }

    auto fetch = [&](const std::string& sha256, const std::filesystem::path& to) -> std::string {
        HttpResponse f =
            http_->perform(request("GET", wire::kFilesPrefix + sha256, options_.timeouts.file));
        if (!f.answered() || f.status != 200) {
            SyncCycle scratch;
            report_failure(scratch, "GET " + std::string(wire::kFilesPrefix) + sha256, f);
            if (scratch.hub_down) cycle.hub_down = true;
            if (scratch.auth_failed) cycle.auth_failed = true;
            return scratch.detail;
        }
        std::ofstream out(to, std::ios::binary);
        out.write(f.body.data(), static_cast<std::streamsize>(f.body.size()));
        out.close();
        return out ? std::string() : "cannot write " + to.string();
    };
    InstallOutcome outcome = store_.install(r.body, signature, fetch);
    cycle.report.content_version = outcome.version;
    switch (outcome.kind) {
    case InstallOutcome::Kind::Installed:
    case InstallOutcome::Kind::AlreadyCurrent: {
        etag_ = r.header("etag");
        refused_error_.clear();
        refused_detail_.clear();
        cycle.report.content = outcome.kind == InstallOutcome::Kind::Installed
                                   ? SyncReport::Content::Installed
                                   : SyncReport::Content::AlreadyCurrent;
        if (outcome.kind == InstallOutcome::Kind::Installed) {
            InstalledCallback callback;
            {
                std::lock_guard lock(status_mutex_);
                status_.content_version = outcome.version;
                callback = on_installed_;
            }
            if (callback) callback(*store_.current_bundle(), outcome.version);
        }
        break;
    }
    case InstallOutcome::Kind::Refused:
        // Remember it so a 304 for the same manifest keeps the problem visible, without
        // downloading and refusing it again every cycle.
        etag_ = r.header("etag");
        refused_error_ = outcome.problem;
        refused_detail_ = outcome.detail;
        cycle.report.content = SyncReport::Content::Refused;
        cycle.fail(outcome.problem, outcome.detail);
        break;
    case InstallOutcome::Kind::FetchFailed:
        cycle.report.content = SyncReport::Content::Failed;
        cycle.fail(outcome.problem, outcome.detail);
        break;
    }
}

void SyncClient::drain_outbox(SyncCycle& cycle, Database& db) {
    Outbox outbox(db);
    std::set<std::string> tried; // each item at most once per cycle
    while (!cycle.hub_down && !cycle.auth_failed) {
        auto due = outbox.due(clock_.now(), options_.batch);
        std::vector<OutboxItem> items;
        for (auto& item : due)
            if (!tried.count(item.id)) items.push_back(std::move(item));
        if (items.empty()) break;
        for (const auto& item : items) {
            tried.insert(item.id);
            wire::Submission s;
            s.id = item.id;
            s.kind = item.kind;
            s.created_at = item.created_at;
            s.payload = nlohmann::json::parse(item.body, nullptr, false);
            if (s.payload.is_discarded() || !s.payload.is_object()) {
                outbox.quarantine(item.id, "outbox body is not a JSON object");
                ++cycle.report.quarantined;
                cycle.fail("Een inzending op deze kiosk is beschadigd en apart gezet. Meld dit aan "
                           "de beheerder.",
                           "outbox item " + item.id + " has a body that is not a JSON object");
                continue;
            }
            auto req = request("POST", wire::kSubmissionsPath, options_.timeouts.submission);
            req.headers.emplace_back(wire::kIdempotencyKey, item.id);
            req.headers.emplace_back("Content-Type", "application/json");
            req.body = wire::to_body(s);
            HttpResponse r = http_->perform(req);
            if (r.answered() && (r.status == 200 || r.status == 201)) {
                outbox.mark_delivered(item.id);
                ++cycle.report.delivered;
                continue;
            }
            if (r.answered() && (r.status == 422 || r.status == 400)) {
                // Retrying can never help (same key, other body; or a body the hub cannot read):
                // set it aside where volunteers and the heartbeat can see it.
                std::string reason =
                    "HTTP " + std::to_string(r.status) + ": " + wire::error_message(r.body);
                outbox.quarantine(item.id, reason);
                ++cycle.report.quarantined;
                cycle.fail("Een inzending is door de centrale server geweigerd en apart gezet. "
                           "Meld dit aan de beheerder.",
                           "submission " + item.id + " quarantined: " + reason);
                continue;
            }
            if (cancel_) return; // stop() cut the request off: not the item's failure
            // 409 (still in progress at the hub), 5xx, timeouts, bodies cut short: try later.
            report_failure(cycle, "POST " + std::string(wire::kSubmissionsPath) + " " + item.id, r);
            if (cycle.auth_failed) return; // not the item's fault: leave its attempts alone
            std::string why =
                r.transport_error.empty() ? "HTTP " + std::to_string(r.status) : r.transport_error;
            outbox.mark_failed(item.id, why,
                               clock_.now() +
                                   retry_delay(options_.retry, item.attempts + 1, random_));
            ++cycle.report.retry_later;
            if (cycle.hub_down) return; // no answer at all: the rest waits for the next cycle
        }
    }
}

void SyncClient::send_heartbeat(SyncCycle& cycle, Database& db) {
    Outbox outbox(db);
    wire::Heartbeat h;
    h.kiosk_version = options_.kiosk_version;
    h.uptime_seconds = std::chrono::duration_cast<std::chrono::seconds>(
                           std::chrono::steady_clock::now() - started_)
                           .count();
    h.content_version = store_.current_version();
    h.outbox_depth = outbox.depth();
    h.quarantined = outbox.quarantined_count();
    h.last_error = cycle.detail;
    h.sent_at = format_utc(clock_.now());
    auto req = request("POST", wire::kHeartbeatPath, options_.timeouts.heartbeat);
    req.headers.emplace_back("Content-Type", "application/json");
    req.body = wire::to_body(h);
    HttpResponse r = http_->perform(req);
    if (r.answered() && r.status >= 200 && r.status < 300) {
        cycle.report.heartbeat_sent = true;
        return;
    }
    report_failure(cycle, "POST " + std::string(wire::kHeartbeatPath), r);
}

void SyncClient::start() {
    std::lock_guard lock(wake_mutex_);
    if (thread_.joinable()) return;
    stopping_ = false;
    cancel_ = false;
    {
        std::lock_guard s(status_mutex_);
        status_.running = true;
    }
    thread_ = std::thread([this] { loop(); });
}

void SyncClient::stop() {
    {
        std::lock_guard lock(wake_mutex_);
        stopping_ = true;
        if (thread_.joinable()) cancel_ = true;
    }
    wake_cv_.notify_all();
    if (thread_.joinable()) thread_.join();
    cancel_ = false;
    std::lock_guard s(status_mutex_);
    status_.running = false;
}

void SyncClient::wake() {
    {
        std::lock_guard lock(wake_mutex_);
        wake_requested_ = true;
    }
    wake_cv_.notify_all();
}

void SyncClient::loop() {
    for (;;) {
        {
            std::lock_guard lock(wake_mutex_);
            if (stopping_) return;
            wake_requested_ = false;
        }
        run_once();
        // Sleep until the next cycle, or sooner when an outbox item's retry falls due.
        auto wait = options_.interval;
        if (db_) {
            try {
                if (auto next = Outbox(*db_).next_attempt()) {
                    auto until =
                        std::chrono::duration_cast<std::chrono::milliseconds>(*next - clock_.now());
                    wait = std::clamp(until, std::chrono::milliseconds{50}, wait);
                }
            } catch (const std::exception&) {
            }
        }
        std::unique_lock lock(wake_mutex_);
        wake_cv_.wait_for(lock, wait, [this] { return stopping_ || wake_requested_; });
    }
}

} // namespace bk
