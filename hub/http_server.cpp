// HubHttpServer: the connection loop of httplib 0.11.4's Server::process_and_close_socket,
// with the limits of ConnectionLimits added (httplib itself has none of them).
#include "http_server.h"

#include "buurtkiosk/protocol/wire.h"
#include "request_stream.h"

#include <sys/socket.h>
#include <unistd.h>

#include <iostream>

namespace bk::hub {
namespace {

std::string peer_address(int socket) {
    RequestStream stream(socket, {}, {});
    std::string ip;
    int port = 0;
    stream.get_remote_ip_and_port(ip, port);
    return ip;
}

} // namespace

HubHttpServer::HubHttpServer(ConnectionLimits limits) : limits_(limits) {
    new_task_queue = [workers = limits_.workers] { return new httplib::ThreadPool(workers); };
    set_payload_max_length(limits_.max_body_bytes);
}

void HubHttpServer::widen_listen_backlog() {
    ::listen(svr_sock_, SOMAXCONN); // Linux: listen(2) again on a listening socket resizes it
}

bool HubHttpServer::process_and_close_socket(socket_t sock) {
    std::string address = peer_address(sock);
    bool ok = false;
    if (claim(address)) {
        ok = serve_connection(sock);
        release(address);
    } else {
        refuse(sock, address);
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ok;
}

bool HubHttpServer::serve_connection(int socket) {
    using std::chrono::milliseconds;
    RequestStream stream(socket, milliseconds(read_timeout_sec_ * 1000 + read_timeout_usec_ / 1000),
                         milliseconds(write_timeout_sec_ * 1000 + write_timeout_usec_ / 1000));
    bool ok = false;
    // svr_sock_ turns invalid when stop() was called: no new request on this connection then.
    for (std::size_t left = keep_alive_max_count_; left > 0 && svr_sock_ != INVALID_SOCKET;
         --left) {
        stream.begin_request(RequestStream::Clock::now() + limits_.request_deadline,
                             limits_.max_body_bytes + limits_.max_header_bytes);
        if (!stream.wait_for_request(limits_.idle)) break;
        bool closed = false;
        ok = process_request(stream, left == 1, closed, nullptr);
        if (!ok || closed) break;
    }
    return ok;
}

void HubHttpServer::refuse(int socket, const std::string& address) {
    std::cerr << "hub: refused a connection from " << address << ": already " << limits_.per_address
              << " open from there\n";
    std::string body = wire::error_body("too many connections from your address; retry later");
    std::string answer = "HTTP/1.1 503 Service Unavailable\r\n"
                         "Content-Type: application/json\r\n"
                         "Retry-After: 10\r\n"
                         "Connection: close\r\n"
                         "Content-Length: " +
                         std::to_string(body.size()) + "\r\n\r\n" + body;
    // A fresh connection's send buffer takes this at once; never wait for a slow reader.
    ::send(socket, answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

bool HubHttpServer::claim(const std::string& address) {
    std::lock_guard lock(mutex_);
    int& open = open_per_address_[address];
    if (open >= limits_.per_address) return false;
    ++open;
    return true;
}

void HubHttpServer::release(const std::string& address) {
    std::lock_guard lock(mutex_);
    if (--open_per_address_[address] <= 0) open_per_address_.erase(address);
}

} // namespace bk::hub
