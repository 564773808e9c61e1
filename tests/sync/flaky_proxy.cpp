// FlakyProxy: a thread per connection, keep-alive.
#include "flaky_proxy.h"

#include "buurtkiosk/sync/http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <map>
#include <stdexcept>
#include <vector>

namespace bk::test {
namespace {

// Reads until `want` bytes are buffered or the peer closes; false when closed or stopping.
bool fill(int fd, std::string& buffer, size_t want, const std::atomic<bool>& stopping) {
    while (buffer.size() < want) {
        pollfd p{fd, POLLIN, 0};
        int ready = poll(&p, 1, 50);
        if (stopping) return false;
        if (ready <= 0) continue;
        char chunk[8192];
        ssize_t n = recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0) return false;
        buffer.append(chunk, static_cast<size_t>(n));
    }
    return true;
}

void send_all(int fd, const std::string& bytes) {
    size_t sent = 0;
    while (sent < bytes.size()) {
        ssize_t n = send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) return;
        sent += static_cast<size_t>(n);
    }
}

std::string reason(long status) {
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 409: return "Conflict";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

std::string response_head(long status, const std::map<std::string, std::string>& headers,
                          size_t content_length) {
    std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reason(status) + "\r\n";
    for (const auto& [name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + std::to_string(content_length) + "\r\n\r\n";
    return head;
}

// Streams `total` bytes of `filler` after `head`, until the peer stops reading.
void stream(int fd, const std::string& head, char filler, size_t total,
            const std::atomic<bool>& stopping) {
    send_all(fd, head);
    const std::string chunk(64 * 1024, filler);
    for (size_t sent = 0; sent < total && !stopping; sent += chunk.size())
        if (send(fd, chunk.data(), chunk.size(), MSG_NOSIGNAL) <= 0) return;
}

// gzip of `size` spaces (valid JSON whitespace): a small answer that inflates enormously.
std::string gzip_of_spaces(size_t size) {
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    const std::string spaces(1 << 20, ' ');
    std::string out;
    char buffer[1 << 16];
    for (size_t fed = 0; fed < size; fed += spaces.size()) {
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(spaces.data()));
        z.avail_in = static_cast<uInt>(spaces.size());
        const int flush = fed + spaces.size() >= size ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, sizeof buffer - z.avail_out);
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

// True when the hostility answered the request itself; false to go on as usual.
bool answer_hostile(int client, Hostility hostility, const std::string& method,
                    const std::string& path, const std::atomic<bool>& stopping) {
    const std::map<std::string, std::string> json{{"Content-Type", "application/json"}};
    switch (hostility) {
    case Hostility::None: return false;
    case Hostility::Portal: {
        const std::string page =
            "<html><body>Welkom! Log in om internet te gebruiken.</body></html>";
        send_all(client, response_head(200, {{"Content-Type", "text/html"}}, page.size()) + page);
        return true;
    }
    case Hostility::StrangerJson: {
        if (path != "/v1/submissions") return false;
        const std::string body =
            R"({"id":"00000000-0000-4000-8000-000000000000","status":"accepted"})";
        send_all(client, response_head(200, json, body.size()) + body);
        return true;
    }
    case Hostility::HugeFile:
        if (method != "GET" || path.rfind("/v1/files/", 0) != 0) return false;
        stream(client,
               response_head(200, {{"Content-Type", "application/octet-stream"}}, 1ull << 30), '\0',
               1ull << 30, stopping);
        return true;
    case Hostility::EndlessManifest:
        if (method != "GET" || path != "/v1/manifest") return false;
        stream(client,
               "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n",
               ' ', 1ull << 30, stopping);
        return true;
    case Hostility::GzipManifest: {
        if (method != "GET" || path != "/v1/manifest") return false;
        static const std::string bomb = gzip_of_spaces(128u << 20);
        send_all(client,
                 response_head(200,
                               {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}},
                               bomb.size()) +
                     bomb);
        return true;
    }
    }
    return false;
}

} // namespace

FlakyProxy::FlakyProxy(std::string hub_url) : hub_url_(std::move(hub_url)) {
    listener_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int yes = 1;
    setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        listen(listener_, 8) != 0)
        throw std::runtime_error("FlakyProxy: cannot listen");
    socklen_t len = sizeof addr;
    getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { serve(); });
}

FlakyProxy::~FlakyProxy() {
    stopping_ = true;
    thread_.join();
    close(listener_);
}

void FlakyProxy::script(std::deque<Misbehaviour> steps) {
    std::lock_guard lock(mutex_);
    script_ = std::move(steps);
}

int FlakyProxy::script_left() {
    std::lock_guard lock(mutex_);
    return static_cast<int>(script_.size());
}

void FlakyProxy::serve() {
    // A thread per connection: libcurl may leave a kept-alive connection idle in its pool and
    // open another; serving one at a time would then wait on the idle one for ever.
    std::vector<std::thread> connections;
    while (!stopping_) {
        pollfd p{listener_, POLLIN, 0};
        if (poll(&p, 1, 50) <= 0) continue;
        int client = accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) continue;
        ++connections_;
        connections.emplace_back([this, client] {
            handle(client);
            close(client);
        });
    }
    for (auto& t : connections)
        t.join();
}

void FlakyProxy::handle(int client) {
    HttpClient upstream(HttpTimeouts{std::chrono::milliseconds(1000), 1, std::chrono::seconds(5)});
    std::string buffer;
    while (!stopping_) {
        // Request line and headers.
        size_t end;
        while ((end = buffer.find("\r\n\r\n")) == std::string::npos)
            if (!fill(client, buffer, buffer.size() + 1, stopping_)) return;
        std::string head = buffer.substr(0, end);
        buffer.erase(0, end + 4);
        HttpRequest forward;
        size_t sp1 = head.find(' '), sp2 = head.find(' ', sp1 + 1);
        forward.method = head.substr(0, sp1);
        std::string path = head.substr(sp1 + 1, sp2 - sp1 - 1);
        forward.url = hub_url_ + path;
        forward.total_timeout = std::chrono::milliseconds(5000);
        forward.max_body_bytes = 64u << 20; // the demo's pictures pass through
        size_t content_length = 0;
        size_t pos = head.find("\r\n");
        while (pos != std::string::npos) {
            size_t next = head.find("\r\n", pos + 2);
            std::string line =
                head.substr(pos + 2, next == std::string::npos ? next : next - pos - 2);
            pos = next;
            auto colon = line.find(':');
            if (colon == std::string::npos) continue;
            std::string name = line.substr(0, colon), value = line.substr(colon + 2);
            std::string lower = name;
            for (auto& c : lower)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (lower == "content-length") content_length = std::stoul(value);
            if (lower == "authorization" || lower == "idempotency-key" ||
                lower == "if-none-match" || lower == "content-type")
                forward.headers.emplace_back(name, value);
        }
        if (!fill(client, buffer, content_length, stopping_)) return;
        forward.body = buffer.substr(0, content_length);
        buffer.erase(0, content_length);

        if (answer_hostile(client, hostility_, forward.method, path, stopping_)) {
            if (hostility_ == Hostility::Portal || hostility_ == Hostility::StrangerJson) continue;
            return; // a stream: the connection is spent
        }
        Misbehaviour step = Misbehaviour::Pass;
        if (path == "/v1/submissions") {
            ++seen_;
            std::lock_guard lock(mutex_);
            if (!script_.empty()) {
                step = script_.front();
                script_.pop_front();
            }
        }
        const std::map<std::string, std::string> json{{"Content-Type", "application/json"}};
        if (step == Misbehaviour::Answer500 || step == Misbehaviour::Answer409) {
            long status = step == Misbehaviour::Answer500 ? 500 : 409;
            std::string body = "{\"error\":\"scripted failure\"}";
            send_all(client, response_head(status, json, body.size()) + body);
            continue;
        }
        if (step == Misbehaviour::ResetBeforeForward) {
            linger reset{1, 0}; // close with RST, not FIN
            setsockopt(client, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            return;
        }
        if (step == Misbehaviour::StrangerOk) {
            std::string body =
                R"({"id":"00000000-0000-4000-8000-000000000000","status":"accepted"})";
            send_all(client, response_head(200, json, body.size()) + body);
            continue;
        }
        if (step == Misbehaviour::HangBeforeForward) {
            fill(client, buffer, buffer.size() + 1, stopping_); // until the kiosk gives up
            return;
        }
        HttpResponse real = upstream.perform(forward);
        if (step == Misbehaviour::HangAfterForward) {
            fill(client, buffer, buffer.size() + 1, stopping_);
            return;
        }
        std::map<std::string, std::string> headers;
        for (const char* name : {"content-type", "etag", "x-manifest-signature"})
            if (!real.header(name).empty()) headers[name] = real.header(name);
        if (step == Misbehaviour::CutAfterForward) {
            send_all(client, response_head(real.status, headers, real.body.size() + 100) +
                                 real.body.substr(0, real.body.size() / 2));
            return; // close mid-body
        }
        send_all(client, response_head(real.status, headers, real.body.size()) + real.body);
    }
}

} // namespace bk::test
