// One libcurl easy handle, used by one thread, with the kiosk's safety settings always on:
// TLS verification, no signals, no redirects, connect / low-speed / total timeouts.
#pragma once
#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bk {

// Call once before any thread uses HttpClient (libcurl's global init is not thread-safe).
// Also ignores SIGPIPE, which a dropped TLS connection would otherwise raise.
void http_global_init();

struct HttpTimeouts {
    std::chrono::milliseconds connect{15'000};
    long low_speed_bytes_per_second = 100; // below this for `low_speed_time`: give up
    std::chrono::seconds low_speed_time{60};
};

struct HttpRequest {
    std::string method = "GET";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::chrono::milliseconds total_timeout{60'000};
    // An answer larger than this (counted after decompression) is cut off and reported as a
    // transport error: a server, or something pretending to be one, decides nothing about the
    // kiosk's memory.
    std::size_t max_body_bytes = 64 * 1024;
    // When set, the body goes here piece by piece instead of into HttpResponse::body (downloads
    // straight to disk); returning false ends the transfer.
    std::function<bool(std::string_view)> body_sink;
};

struct HttpResponse {
    long status = 0;                            // 0 when no HTTP answer arrived
    std::map<std::string, std::string> headers; // names in lowercase
    std::string body;
    std::string transport_error; // curl's words when the exchange failed (timeout, cut short)
    bool timed_out = false;
    bool too_large = false; // the answer went past max_body_bytes
    bool answered() const { return transport_error.empty() && status != 0; }
    std::string header(const std::string& lowercase_name) const;
};

class HttpClient {
public:
    explicit HttpClient(HttpTimeouts timeouts);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    HttpResponse perform(const HttpRequest& request);
    // While `*cancel` is true, a transfer in progress ends at once (transport_error "cancelled").
    void set_cancel_flag(const std::atomic<bool>* cancel) { cancel_ = cancel; }

private:
    void* curl_; // CURL*, kept for connection reuse between requests
    HttpTimeouts timeouts_;
    const std::atomic<bool>* cancel_ = nullptr;
};

} // namespace bk
