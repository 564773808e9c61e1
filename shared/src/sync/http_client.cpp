// libcurl behind HttpClient.
#include "buurtkiosk/sync/http_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <csignal>
#include <mutex>
#include <stdexcept>

namespace bk {
namespace {

// Where the body of one transfer goes, and how much of it may come.
struct BodyTarget {
    const HttpRequest& request;
    HttpResponse& response;
    std::size_t received = 0;
    bool sink_refused = false;
};

size_t on_body(char* data, size_t size, size_t count, void* user) {
    auto* target = static_cast<BodyTarget*>(user);
    const size_t n = size * count;
    if (n > target->request.max_body_bytes - target->received) {
        target->response.too_large = true;
        return 0; // anything other than n aborts the transfer
    }
    target->received += n;
    if (target->request.body_sink) {
        if (!target->request.body_sink(std::string_view(data, n))) {
            target->sink_refused = true;
            return 0;
        }
    } else {
        target->response.body.append(data, n);
    }
    return n;
}

size_t on_header(char* data, size_t size, size_t count, void* user) {
    auto* headers = static_cast<std::map<std::string, std::string>*>(user);
    std::string line(data, size * count);
    auto colon = line.find(':');
    if (line.rfind("HTTP/", 0) == 0) {
        headers->clear(); // a new response (e.g. after 100 Continue) starts fresh
    } else if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        std::string value = line.substr(colon + 1);
        auto b = value.find_first_not_of(" \t");
        auto e = value.find_last_not_of(" \t\r\n");
        (*headers)[name] = b == std::string::npos ? "" : value.substr(b, e - b + 1);
    }
    return size * count;
}

// libcurl calls this about once a second and on every chunk; non-zero aborts the transfer.
int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    auto* cancel = static_cast<const std::atomic<bool>*>(user);
    return cancel && cancel->load() ? 1 : 0;
}

} // namespace

void http_global_init() {
    static std::once_flag once;
    std::call_once(once, [] {
        std::signal(SIGPIPE, SIG_IGN);
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            throw std::runtime_error("curl_global_init failed");
    });
}

std::string HttpResponse::header(const std::string& lowercase_name) const {
    auto it = headers.find(lowercase_name);
    return it == headers.end() ? std::string() : it->second;
}

HttpClient::HttpClient(HttpTimeouts timeouts) : curl_(nullptr), timeouts_(timeouts) {
    http_global_init();
    curl_ = curl_easy_init();
    if (!curl_) throw std::runtime_error("curl_easy_init failed");
}

HttpClient::~HttpClient() {
    curl_easy_cleanup(static_cast<CURL*>(curl_));
}

HttpResponse HttpClient::perform(const HttpRequest& request) {
    CURL* c = static_cast<CURL*>(curl_);
    curl_easy_reset(c);
    HttpResponse response;
    char error_buffer[CURL_ERROR_SIZE] = {0};

    curl_easy_setopt(c, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // we run on a worker thread
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error_buffer);
    // Only ever talk HTTP(S); a redirect is never followed (a hub has no reason to send one, and
    // following it could send the bearer token to another origin).
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeouts_.connect.count()));
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, timeouts_.low_speed_bytes_per_second);
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME,
                     static_cast<long>(timeouts_.low_speed_time.count()));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(request.total_timeout.count()));
    BodyTarget target{request, response};
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &target);
    // Refuses at once an answer whose Content-Length is already too large; on_body counts the
    // rest (no Content-Length, a lying one, or gzip that inflates).
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.max_body_bytes));
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &response.headers);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); // whatever libcurl can decode
    if (cancel_) {
        curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
        curl_easy_setopt(c, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool>*>(cancel_));
    }

    curl_slist* headers = nullptr;
    for (const auto& [name, value] : request.headers)
        headers = curl_slist_append(headers, (name + ": " + value).c_str());
    if (request.method == "POST") {
        curl_easy_setopt(c, CURLOPT_POST, 1L);
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE,
                         static_cast<curl_off_t>(request.body.size()));
        headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    } else if (request.method != "GET") {
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);

    CURLcode rc = curl_easy_perform(c);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);
    if (rc == CURLE_FILESIZE_EXCEEDED) response.too_large = true;
    if (rc != CURLE_OK) {
        response.transport_error =
            response.too_large
                ? "answer larger than " + std::to_string(request.max_body_bytes) + " bytes"
            : target.sink_refused             ? std::string("the answer could not be stored")
            : rc == CURLE_ABORTED_BY_CALLBACK ? std::string("cancelled")
            : error_buffer[0]                 ? std::string(error_buffer)
                                              : std::string(curl_easy_strerror(rc));
        response.timed_out = rc == CURLE_OPERATION_TIMEDOUT;
        response.status = 0; // a half-received answer is no answer
        return response;
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

} // namespace bk
