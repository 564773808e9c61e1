// One client connection as an httplib::Stream whose reads stop at the request's deadline and
// byte budget: httplib's own read timeout restarts with every byte, so a client sending one byte
// a second could otherwise hold a worker thread for as long as it likes.
#pragma once
#include <httplib.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <string>

namespace bk::hub {

class RequestStream : public httplib::Stream {
public:
    using Clock = std::chrono::steady_clock;

    RequestStream(int socket, std::chrono::milliseconds read_timeout,
                  std::chrono::milliseconds write_timeout);

    // The next request must arrive completely (request line, headers, body) before `deadline`
    // and in at most `max_bytes`.
    void begin_request(Clock::time_point deadline, std::size_t max_bytes);
    // Waits up to `idle` (and never past the deadline) for the request's first byte.
    bool wait_for_request(std::chrono::milliseconds idle);

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char* ptr, size_t size) override;
    using httplib::Stream::write;
    ssize_t write(const char* ptr, size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    socket_t socket() const override { return socket_; }

private:
    // Waits for `events` up to `timeout`; true when they came.
    bool wait(short events, std::chrono::milliseconds timeout) const;
    std::chrono::milliseconds read_wait() const; // the read timeout, cut to the deadline

    int socket_;
    std::chrono::milliseconds read_timeout_;
    std::chrono::milliseconds write_timeout_;
    Clock::time_point deadline_ = Clock::time_point::max();
    std::size_t budget_ = 0; // bytes this request may still bring in
    // httplib reads request lines one byte at a time: buffer, as its own SocketStream does.
    std::array<char, 4096> buffer_{};
    std::size_t buffered_from_ = 0;
    std::size_t buffered_to_ = 0;
};

} // namespace bk::hub
