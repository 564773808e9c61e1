// How much of the hub one client may take: every limit here bounds a worker thread's time.
#pragma once
#include <chrono>
#include <cstddef>

namespace bk::hub {

struct ConnectionLimits {
    std::size_t workers = 64; // threads serving connections; more connections wait in line
    int per_address = 16;     // open connections from one client address; more get 503 at once
    std::chrono::seconds request_deadline{10}; // request line, headers and body together
    std::chrono::milliseconds idle{1000};      // wait for a request on a new or kept-alive one
    std::size_t max_header_bytes = 64 * 1024;  // on top of the body limit
    // The desk's pictures (8 MiB, desk_picture.h) and their form; a kiosk's requests are far
    // smaller and their JSON has limits of its own (bounded_json.h).
    std::size_t max_body_bytes = 9 << 20;
};

} // namespace bk::hub
