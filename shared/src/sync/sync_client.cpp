// One sync cycle: manifest (If-None-Match) -> install if new -> drain the outbox -> heartbeat.
#include "buurtkiosk/sync/sync_client.h"

#include "buurtkiosk/protocol/bounded_json.h"
#include "buurtkiosk/protocol/wire.h"
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/hub_places.h"
#include "buurtkiosk/store/local_activities.h"
#include "buurtkiosk/store/outbox.h"

#include <fstream>
#include <iostream>
#include <set>

namespace bk {

struct SyncCycle {
    SyncReport report;
    std::string detail;    // technical words for the first error
    bool hub_down = false; // no answer at all: skip the rest of the cycle
    bool auth_failed = false;
    bool unreachable = false; // an exchange with the hub failed: back off before the next cycle

    // Logged by run_once, once per change of problem: a kiosk offline for days must not fill
    // its log with the same line every few seconds.
    void fail(std::string plain, std::string technical) {
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
      store_(options_.config.data_dir, options_.config.public_key, options_.config.kiosk_group),
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
    cycle.unreachable = true;
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

// A captive portal, proxy or maintenance page can answer 200 without the hub ever seeing the
// request: such an answer is no acknowledgement, and nothing may be deleted on its word.
void report_not_the_hub(SyncCycle& cycle, const std::string& what, const HttpResponse& r) {
    cycle.unreachable = true;
    cycle.hub_down = true; // whatever stands in between will answer the rest the same way
    cycle.fail(
        std::string("Het antwoord kwam niet van de centrale server (misschien een "
                    "inlogpagina of storingspagina van het netwerk).") +
            kRetry,
        what + ": HTTP " + std::to_string(r.status) + " that is not the hub's answer (" +
            (r.header("content-type").empty() ? "no content type" : r.header("content-type")) +
            ")");
}

bool is_json(const HttpResponse& r) {
    return r.header("content-type").rfind("application/json", 0) == 0;
}

// The hub answers a stored or replayed submission with {"id": <its key>, "status": ...}.
bool acknowledges(const HttpResponse& r, const std::string& key) {
    if (!r.answered() || (r.status != 200 && r.status != 201) || !is_json(r)) return false;
    std::string why;
    auto j = parse_bounded_json(r.body, kProtocolJson, why);
    return j && j->is_object() && j->contains("id") && (*j)["id"].is_string() &&
           (*j)["id"].get<std::string>() == key;
}

// What the hub decided for a sign-up, cancellation or move-up (docs/protocol.md, "Places shared
// with the hub"); nullopt for other kinds and from a hub that does not count places.
std::optional<wire::SignUpOutcome> hub_decision(const OutboxItem& item, const std::string& answer) {
    if (item.kind != "sign_up" && item.kind != "cancellation" && item.kind != "move_up")
        return std::nullopt;
    std::string malformed;
    std::optional<wire::SignUpOutcome> outcome = wire::parse_sign_up_outcome(answer, malformed);
    if (!malformed.empty())
        std::cerr << "sync: the hub's answer to " << item.id << " has a broken sign_up ("
                  << malformed << "); the kiosk keeps its own count\n";
    return outcome;
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
        if (db_ && !cycle.hub_down && !cycle.auth_failed) fetch_places(cycle, *db_);
        if (db_ && !cycle.hub_down && !cycle.auth_failed) fetch_local_activities(cycle, *db_);
        // Delivered items held names and phone numbers: take them out of the WAL too, once per
        // cycle rather than per item (a checkpoint costs an fsync).
        if (db_ && cycle.report.delivered > 0) db_->checkpoint();
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
    if (cycle.report.error != logged_error_) {
        if (cycle.report.error.empty())
            std::cerr << "sync: the hub answers again\n";
        else
            std::cerr << "sync: " << cycle.detail << "\n";
        logged_error_ = cycle.report.error;
    }
    cycle.report.unreachable = cycle.unreachable || cycle.auth_failed;
    failed_cycles_ = cycle.report.unreachable ? std::min(failed_cycles_ + 1, 64) : 0;
    std::lock_guard lock(status_mutex_);
    status_.failed_cycles = failed_cycles_;
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
    req.max_body_bytes = kManifestJson.max_bytes;
    if (!etag_.empty() && (store_.current_bundle() || !refused_error_.empty()))
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
    if (!is_json(r)) {
        cycle.report.content = SyncReport::Content::Failed;
        report_not_the_hub(cycle, "GET " + std::string(wire::kManifestPath), r);
        return;
    }
    std::string signature = r.header("x-manifest-signature");
    if (signature.empty()) {
        auto sig_request = request("GET", wire::kManifestSigPath, options_.timeouts.manifest);
        sig_request.max_body_bytes = 4096; // base64 of 64 bytes and a newline
        HttpResponse s = http_->perform(sig_request);
        if (!s.answered() || s.status != 200) {
            cycle.report.content = SyncReport::Content::Failed;
            report_failure(cycle, "GET " + std::string(wire::kManifestSigPath), s);
            return;
        }
        signature = s.body;
    }

    // Straight to disk, and never more than the signed manifest says the file holds.
    auto fetch = [&](const std::string& sha256, std::int64_t size,
                     const std::filesystem::path& to) -> std::string {
        std::ofstream out(to, std::ios::binary);
        auto file_request = request("GET", wire::kFilesPrefix + sha256, options_.timeouts.file);
        file_request.max_body_bytes = static_cast<std::size_t>(size);
        file_request.body_sink = [&out](std::string_view piece) {
            out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
            return static_cast<bool>(out);
        };
        HttpResponse f = http_->perform(file_request);
        out.close();
        if (!f.answered() || f.status != 200) {
            SyncCycle scratch;
            report_failure(scratch, "GET " + std::string(wire::kFilesPrefix) + sha256, f);
            if (scratch.hub_down) cycle.hub_down = true;
            if (scratch.auth_failed) cycle.auth_failed = true;
            cycle.unreachable = true;
            return scratch.detail;
        }
        return out ? std::string() : "cannot write " + to.string();
    };
    InstallOutcome outcome = store_.install(r.body, signature, fetch, format_utc(clock_.now()));
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
            std::string unreadable;
            auto payload = parse_bounded_json(item.body, kProtocolJson, unreadable);
            if (payload) s.payload = std::move(*payload);
            if (!payload || !s.payload.is_object()) {
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
            if (acknowledges(r, item.id)) {
                std::optional<wire::SignUpOutcome> outcome = hub_decision(item, r.body);
                outbox.mark_delivered(item.id, [&] {
                    if (outcome) HubPlaces(db).apply(*outcome, clock_.now());
                });
                ++cycle.report.delivered;
                continue;
            }
            if (r.answered() && (r.status == 200 || r.status == 201)) {
                report_not_the_hub(cycle, "POST " + std::string(wire::kSubmissionsPath), r);
                outbox.mark_failed(
                    item.id, "HTTP " + std::to_string(r.status) + " not from the hub",
                    clock_.now() + retry_delay(options_.retry, item.attempts + 1, random_));
                ++cycle.report.retry_later;
                return;
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

void SyncClient::fetch_places(SyncCycle& cycle, Database& db) {
    auto req = request("GET", wire::kPlacesPath, options_.timeouts.heartbeat);
    req.max_body_bytes = wire::kPlacesMaxBytes; // a busy group lists many occurrences
    HttpResponse r = http_->perform(req);
    if (r.answered() && r.status == 404) return; // a hub that does not count places (yet)
    if (!r.answered() || r.status != 200) {
        report_failure(cycle, "GET " + std::string(wire::kPlacesPath), r);
        return;
    }
    std::string why;
    std::optional<wire::Places> places =
        is_json(r) ? wire::parse_places(r.body, why) : std::nullopt;
    if (!places) {
        report_not_the_hub(cycle, "GET " + std::string(wire::kPlacesPath), r);
        return;
    }
    HubPlaces(db).replace(*places);
}

void SyncClient::fetch_local_activities(SyncCycle& cycle, Database& db) {
    const std::string what = "GET " + std::string(wire::kLocalActivitiesPath);
    auto req = request("GET", wire::kLocalActivitiesPath, options_.timeouts.heartbeat);
    req.max_body_bytes = wire::kLocalActivitiesMaxBytes;
    HttpResponse r = http_->perform(req);
    if (r.answered() && r.status == 404) return; // a hub from before quick activities
    if (!r.answered() || r.status != 200) {
        report_failure(cycle, what, r);
        return;
    }
    std::string why;
    std::optional<std::vector<LocalActivity>> activities =
        is_json(r) ? wire::parse_local_activities(r.body, why) : std::nullopt;
    if (!activities) {
        report_not_the_hub(cycle, what, r);
        return;
    }
    // The hub lists from its UTC yesterday on; the ones before this kiosk's today have passed,
    // and retention would only purge them again.
    const Date today = to_local(clock_.now()).date;
    std::erase_if(*activities, [&](const LocalActivity& a) { return a.date < today; });
    LocalActivities(db).keep_from_hub(*activities);
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

std::optional<TimePoint> SyncClient::next_outbox_attempt() {
    if (!db_) return std::nullopt;
    try {
        return Outbox(*db_).next_attempt();
    } catch (const std::exception&) {
        return std::nullopt; // the next cycle reports the store's problem
    }
}

void SyncClient::loop() {
    for (;;) {
        {
            std::lock_guard lock(wake_mutex_);
            if (stopping_) return;
            wake_requested_ = false;
        }
        SyncReport report = run_once();
        // Sleep until the next cycle, or sooner when an outbox item's retry falls due; after a
        // failed exchange of any kind (refused, timed out, 500, not the hub), back off instead:
        // a queued item must not make the kiosk knock many times a second on a closed door.
        auto wait = options_.interval;
        if (report.unreachable) {
            wait = retry_delay(options_.failure_backoff, failed_cycles_, random_);
        } else {
            if (auto next = next_outbox_attempt()) {
                auto until =
                    std::chrono::duration_cast<std::chrono::milliseconds>(*next - clock_.now());
                wait = std::clamp(until, std::chrono::milliseconds{50}, wait);
            }
        }
        std::unique_lock lock(wake_mutex_);
        wake_cv_.wait_for(lock, wait, [this] { return stopping_ || wake_requested_; });
    }
}

} // namespace bk
