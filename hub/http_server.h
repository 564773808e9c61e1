// httplib::Server with limits a public endpoint needs: a larger, fixed pool of worker threads,
// a cap on connections per client address, and a deadline for each whole request.
#pragma once
#include "connection_limits.h"

#include <httplib.h>

#include <map>
#include <mutex>
#include <string>

namespace bk::hub {

class HubHttpServer : public httplib::Server {
public:
    explicit HubHttpServer(ConnectionLimits limits);
    // Call after binding: httplib listens with a backlog of 5, so a burst of connections waits
    // a whole second for SYN retries while the accept thread is busy.
    void widen_listen_backlog();

private:
    // Replaces httplib's per-connection loop (same steps, on a RequestStream).
    bool process_and_close_socket(socket_t sock) override;
    bool serve_connection(int socket);
    // Answers 503 at once; the connection does not take a worker for long.
    void refuse(int socket, const std::string& address);
    bool claim(const std::string& address);
    void release(const std::string& address);

    ConnectionLimits limits_;
    std::mutex mutex_;
    std::map<std::string, int> open_per_address_;
};

} // namespace bk::hub
