// RequestStream: poll(2) and recv(2) with the request's deadline, send(2) with a timeout.
#include "request_stream.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace bk::hub {
namespace {

using std::chrono::milliseconds;

void address_of(const sockaddr_storage& addr, std::string& ip, int& port) {
    char text[INET6_ADDRSTRLEN] = "";
    if (addr.ss_family == AF_INET) {
        const auto& v4 = reinterpret_cast<const sockaddr_in&>(addr);
        inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
        port = ntohs(v4.sin_port);
    } else if (addr.ss_family == AF_INET6) {
        const auto& v6 = reinterpret_cast<const sockaddr_in6&>(addr);
        inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
        port = ntohs(v6.sin6_port);
    }
    ip = text;
}

} // namespace

RequestStream::RequestStream(int socket, milliseconds read_timeout, milliseconds write_timeout)
    : socket_(socket), read_timeout_(read_timeout), write_timeout_(write_timeout) {}

void RequestStream::begin_request(Clock::time_point deadline, std::size_t max_bytes) {
    deadline_ = deadline;
    // Bytes of a pipelined next request already in the buffer count against this request too.
    std::size_t buffered = buffered_to_ - buffered_from_;
    budget_ = max_bytes > buffered ? max_bytes - buffered : 0;
}

bool RequestStream::wait_for_request(milliseconds idle) {
    if (buffered_from_ < buffered_to_) return true;
    return wait(POLLIN, std::min(idle, read_wait()));
}

milliseconds RequestStream::read_wait() const {
    auto left = std::chrono::duration_cast<milliseconds>(deadline_ - Clock::now());
    return std::clamp(left, milliseconds(0), read_timeout_);
}

bool RequestStream::wait(short events, milliseconds timeout) const {
    auto until = Clock::now() + timeout;
    for (;;) {
        auto left = std::chrono::duration_cast<milliseconds>(until - Clock::now());
        pollfd p{socket_, events, 0};
        int n = ::poll(&p, 1, static_cast<int>(std::max(left, milliseconds(0)).count()));
        if (n > 0) return true;
        if (n == 0 || errno != EINTR) return false;
    }
}

bool RequestStream::is_readable() const {
    return buffered_from_ < buffered_to_ || wait(POLLIN, read_wait());
}

bool RequestStream::is_writable() const {
    return wait(POLLOUT, write_timeout_);
}

ssize_t RequestStream::read(char* ptr, size_t size) {
    if (buffered_from_ == buffered_to_) {
        if (budget_ == 0 || !is_readable()) return -1; // too large, too slow, or gone
        ssize_t n = ::recv(socket_, buffer_.data(), std::min(buffer_.size(), budget_), 0);
        if (n <= 0) return n;
        buffered_from_ = 0;
        buffered_to_ = static_cast<std::size_t>(n);
        budget_ -= buffered_to_;
    }
    std::size_t n = std::min(size, buffered_to_ - buffered_from_);
    std::memcpy(ptr, buffer_.data() + buffered_from_, n);
    buffered_from_ += n;
    return static_cast<ssize_t>(n);
}

ssize_t RequestStream::write(const char* ptr, size_t size) {
    if (!is_writable()) return -1;
    return ::send(socket_, ptr, size, MSG_NOSIGNAL);
}

void RequestStream::get_remote_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage addr{};
    socklen_t length = sizeof addr;
    if (::getpeername(socket_, reinterpret_cast<sockaddr*>(&addr), &length) == 0)
        address_of(addr, ip, port);
}

void RequestStream::get_local_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage addr{};
    socklen_t length = sizeof addr;
    if (::getsockname(socket_, reinterpret_cast<sockaddr*>(&addr), &length) == 0)
        address_of(addr, ip, port);
}

} // namespace bk::hub
