// The HTTP routes of protocol v1 (docs/protocol.md), on cpp-httplib with the hub's limits, and
// the desk's beside them (desk_routes.h).
#include "server.h"

#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/signing.h"
#include "buurtkiosk/protocol/wire.h"
#include "desk_routes.h"
#include "feed_schedule.h"

#include "buurtkiosk/sync/http_client.h"
#include "group_files.h"
#include "http_server.h"
#include "hub_layout.h"
#include "hub_local_activities.h"
#include "hub_places.h"
#include "hub_store.h"

#include <httplib.h>

#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace bk::hub {
namespace {

std::string now_utc() {
    return format_utc(std::chrono::system_clock::now());
}

// The first date of GET /v1/places and /v1/local-activities: a kiosk's local date may still be
// the day before the hub's UTC date, and its today must be in the answer.
std::string utc_yesterday(std::chrono::system_clock::time_point now) {
    return format_utc(now - std::chrono::hours(24)).substr(0, 10);
}

void send_error(httplib::Response& res, int status, const std::string& message) {
    res.status = status;
    res.set_content(wire::error_body(message), "application/json");
}

// The manifest currently published for a group, with its signature, read as one pair.
struct Published {
    std::string manifest;
    std::string signature;
    std::string etag;
};

std::optional<Published> published(const HubLayout& layout, const std::string& group) {
    auto version = read_file(layout.group(group) / "current");
    if (!version) return std::nullopt;
    while (!version->empty() && std::isspace(static_cast<unsigned char>(version->back())))
        version->pop_back();
    auto manifest = read_file(layout.group(group) / (*version + ".json"));
    auto signature = read_file(layout.group(group) / (*version + ".json.sig"));
    if (!manifest || !signature) return std::nullopt;
    while (!signature->empty() && std::isspace(static_cast<unsigned char>(signature->back())))
        signature->pop_back();
    return Published{*manifest, *signature, "\"" + sha256_hex(*manifest).substr(0, 32) + "\""};
}

class Routes {
public:
    Routes(HubLayout layout, HubStore& store)
        : layout_(std::move(layout)), store_(store), group_files_(layout_) {}

    void install(httplib::Server& server) {
        server.Get(wire::kHealthPath, [](const httplib::Request&, httplib::Response& res) {
            res.set_content("{\"status\":\"ok\"}", "application/json");
        });
        server.Get(wire::kManifestPath,
                   [this](const auto& req, auto& res) { manifest(req, res, false); });
        server.Get(wire::kManifestSigPath,
                   [this](const auto& req, auto& res) { manifest(req, res, true); });
        server.Get(R"(/v1/files/([0-9a-f]{64}))",
                   [this](const auto& req, auto& res) { file(req, res); });
        server.Post(wire::kSubmissionsPath,
                    [this](const auto& req, auto& res) { submission(req, res); });
        server.Post(wire::kHeartbeatPath,
                    [this](const auto& req, auto& res) { heartbeat(req, res); });
        server.Get(wire::kPlacesPath, [this](const auto& req, auto& res) { places(req, res); });
        server.Get(wire::kLocalActivitiesPath,
                   [this](const auto& req, auto& res) { local_activities(req, res); });
    }

private:
    // The kiosk behind the bearer token, or a 401 that says what is wrong.
    std::optional<KioskRow> authenticate(const httplib::Request& req, httplib::Response& res) {
        std::string auth = req.get_header_value("Authorization");
        const std::string prefix = "Bearer ";
        if (auth.rfind(prefix, 0) != 0 || auth.size() == prefix.size()) {
            send_error(res, 401,
                       "missing bearer token: send 'Authorization: Bearer <token>' as "
                       "printed by 'buurtkiosk-hub provision'");
            return std::nullopt;
        }
        auto kiosk = store_.kiosk_by_token(sha256_hex(auth.substr(prefix.size())));
        if (!kiosk) {
            send_error(res, 401,
                       "unknown token: this kiosk is not provisioned on this hub, or "
                       "its token was replaced; provision it again");
            return std::nullopt;
        }
        return kiosk;
    }

    void manifest(const httplib::Request& req, httplib::Response& res, bool signature_only) {
        auto kiosk = authenticate(req, res);
        if (!kiosk) return;
        auto p = published(layout_, kiosk->group);
        if (!p) {
            send_error(res, 404, "nothing published yet for kiosk group '" + kiosk->group + "'");
            return;
        }
        res.set_header("ETag", p->etag);
        res.set_header("Cache-Control", "no-cache");
        if (signature_only) {
            res.set_content(p->signature + "\n", "text/plain");
            return;
        }
        if (req.get_header_value("If-None-Match") == p->etag) {
            res.status = 304;
            return;
        }
        res.set_header(wire::kSignatureHeader, p->signature);
        res.set_content(p->manifest, "application/json");
    }

    void file(const httplib::Request& req, httplib::Response& res) {
        auto kiosk = authenticate(req, res);
        if (!kiosk) return;
        const std::string sha256 = req.matches[1].str();
        // Another group's file gets the same answer as a missing one: a kiosk cannot even learn
        // that it exists.
        std::optional<std::string> bytes;
        if (group_files_.lists(kiosk->group, sha256)) bytes = read_file(layout_.files() / sha256);
        if (!bytes) {
            send_error(res, 404, "no file with sha256 " + sha256);
            return;
        }
        res.set_header("Cache-Control", "public, max-age=31536000, immutable");
        res.set_content(*bytes, "application/octet-stream"); // httplib 0.11 copies either way
    }

    void submission(const httplib::Request& req, httplib::Response& res) {
        auto kiosk = authenticate(req, res);
        if (!kiosk) return;
        std::string key = req.get_header_value(wire::kIdempotencyKey);
        if (key.empty() || key.size() > 100) {
            send_error(res, 400, "Idempotency-Key header is required (the submission's UUID)");
            return;
        }
        std::string why;
        auto s = wire::parse_submission(req.body, why);
        if (!s) {
            send_error(res, 400, "submission body: " + why);
            return;
        }
        if (s->id != key) {
            send_error(res, 400, "Idempotency-Key does not match the body's id");
            return;
        }
        auto answer = store_.take_submission(kiosk->name, key, sha256_hex(req.body), s->kind,
                                             s->created_at, s->payload.dump(), now_utc());
        res.status = answer.status;
        res.set_content(answer.body, "application/json");
    }

    void heartbeat(const httplib::Request& req, httplib::Response& res) {
        auto kiosk = authenticate(req, res);
        if (!kiosk) return;
        std::string why;
        auto h = wire::parse_heartbeat(req.body, why);
        if (!h) {
            send_error(res, 400, "heartbeat body: " + why);
            return;
        }
        store_.record_heartbeat(kiosk->name, wire::to_body(*h), now_utc());
        res.status = 204;
    }

    void places(const httplib::Request& req, httplib::Response& res) {
        auto kiosk = authenticate(req, res);
        if (!kiosk) return;
        const auto now = std::chrono::system_clock::now();
        wire::Places answer{format_utc(now),
                            store_.places(kiosk->group, utc_yesterday(now), kiosk->name)};
        const std::size_t all = answer.places.size();
        if (cut_to_fit(answer, wire::kPlacesMaxBytes) > 0)
            std::cerr << "hub: places for group '" << kiosk->group << "' cut to "
                      << answer.places.size() << " of " << all
                      << " occurrences (the kiosks' answer limit)\n";
        res.set_header("Cache-Control", "no-store");
        res.set_content(wire::to_body(answer), "application/json");
    }

    void local_activities(const httplib::Request& req, httplib::Response& res) {
        auto kiosk = authenticate(req, res);
        if (!kiosk) return;
        std::vector<LocalActivity> answer;
        for (KeptLocalActivity& kept :
             store_.local_activities(kiosk->group, utc_yesterday(std::chrono::system_clock::now())))
            answer.push_back(std::move(kept.activity));
        const std::size_t all = answer.size();
        if (cut_to_fit(answer, wire::kLocalActivitiesMaxBytes) > 0)
            std::cerr << "hub: quick activities for group '" << kiosk->group << "' cut to "
                      << answer.size() << " of " << all << " (the kiosks' answer limit)\n";
        res.set_header("Cache-Control", "no-store");
        res.set_content(wire::to_body(answer), "application/json");
    }

    HubLayout layout_;
    HubStore& store_;
    GroupFiles group_files_;
};

} // namespace

int serve(const ServeOptions& options) {
    // Block the stop signals in every thread; one thread waits for them and stops the server,
    // so shutdown never runs inside a signal handler.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    http_global_init(); // before any thread: the desk and the schedule fetch agenda feeds
    HubLayout layout{options.data};
    create_private_folder(layout.files());
    HubStore store(layout.database());
    Routes routes(layout, store);
    HubHttpServer server(options.limits);
    server.set_tcp_nodelay(true); // small JSON answers must not wait for delayed ACKs
    // The whole-request deadline and the idle wait for a kept-alive connection are in
    // options.limits; this is the longest a single read may wait within them.
    server.set_read_timeout(30, 0);
    server.set_write_timeout(30, 0);
    routes.install(server);
    // The municipality's web pages under /desk/ (docs/desk.md).
    DeskRoutes desk(store,
                    {options.data, options.signing_key, options.kiosk_program, options.feeds});
    desk.install(server);
    server.set_exception_handler([](const auto&, auto& res, const std::exception_ptr& ep) {
        std::string what = "internal error";
        try {
            std::rethrow_exception(ep);
        } catch (const std::exception& e) {
            what = e.what();
        } catch (...) {
        }
        std::cerr << "hub: request failed: " << what << "\n";
        send_error(res, 500, "internal error; the hub's log says more");
    });
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty() && res.status == 404) send_error(res, 404, "no such endpoint");
    });
    // One line per request; paths and status only (bodies may hold personal data).
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
        std::cerr << "hub: " << req.method << " " << req.path << " " << res.status << "\n";
    });

    int port = options.port;
    if (port == 0) {
        port = server.bind_to_any_port(options.bind);
        if (port <= 0) {
            std::cerr << "hub: cannot listen on " << options.bind << "\n";
            return 1;
        }
    } else if (!server.bind_to_port(options.bind, port)) {
        std::cerr << "hub: cannot listen on " << options.bind << ":" << port
                  << " (in use, or no permission)\n";
        return 1;
    }
    server.widen_listen_backlog();
    std::cout << "buurtkiosk-hub listening on http://" << options.bind << ":" << port << std::endl;

    // Agenda feeds are fetched on the hub's own schedule; stopped (and waited for) on return.
    FeedSchedule feed_schedule(options.data, options.feeds, options.feed_interval);
    std::thread waiter([&] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        std::cerr << "hub: stopping (signal " << sig << ")\n";
        server.stop();
    });
    server.listen_after_bind();
    // listen returned: make sure the waiter ends too (it may still be waiting for a signal).
    // SIGTERM is blocked in every thread, so this only ends the waiter's sigwait.
    pthread_kill(waiter.native_handle(), SIGTERM); // NOLINT(bugprone-bad-signal-to-kill-thread)
    waiter.join();
    std::cerr << "hub: stopped\n";
    return 0;
}

} // namespace bk::hub
