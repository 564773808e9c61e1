// `buurtkiosk-hub serve`: protocol v1 over HTTP (put TLS in front, see docs/operations.md).
#pragma once
#include "connection_limits.h"

#include <filesystem>
#include <string>

namespace bk::hub {

struct ServeOptions {
    std::filesystem::path data;
    std::string bind = "127.0.0.1";
    int port = 8080; // 0: any free port (printed on stdout)
    ConnectionLimits limits;
};

// Runs until SIGTERM or SIGINT; returns the process exit code.
int serve(const ServeOptions& options);

} // namespace bk::hub
