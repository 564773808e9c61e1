// `buurtkiosk-hub serve`: protocol v1 over HTTP (put TLS in front, see docs/operations.md).
#pragma once
#include "agenda_feeds.h"
#include "connection_limits.h"
#include "kiosk_preview.h"

#include <filesystem>
#include <string>

namespace bk::hub {

struct ServeOptions {
    std::filesystem::path data;
    std::string bind = "127.0.0.1";
    int port = 8080; // 0: any free port (printed on stdout)
    ConnectionLimits limits;
    std::filesystem::path signing_key; // the desk publishes with it; missing: it cannot
    std::filesystem::path kiosk_program = default_kiosk_program(); // for the desk's previews
    FeedLimits feeds;                                              // the desk's agenda feeds
    std::chrono::minutes feed_interval{60};
};

// Runs until SIGTERM or SIGINT; returns the process exit code.
int serve(const ServeOptions& options);

} // namespace bk::hub
