// A misbehaving hub for tests: a raw-socket HTTP server on 127.0.0.1 that forwards to the real
// hub, but answers submissions according to a script (500, hang, body cut short, ...).
#pragma once
#include <atomic>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace bk::test {

enum class Misbehaviour {
    Pass,              // forward and answer honestly
    Answer500,         // do not forward; 500
    Answer409,         // do not forward; 409 "in progress"
    HangBeforeForward, // never forward, never answer
    HangAfterForward,  // the hub stores it, the kiosk never hears back
    CutAfterForward,   // the hub stores it, the answer's body is cut short
};

class FlakyProxy {
public:
    explicit FlakyProxy(std::string hub_url); // e.g. "http://127.0.0.1:4711"
    ~FlakyProxy();
    // Each POST /v1/submissions takes the next step of the script; Pass once it is empty.
    void script(std::deque<Misbehaviour> steps);
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    int submissions_seen() const { return seen_; }
    int script_left();

private:
    void serve();
    void handle(int client);

    std::string hub_url_;
    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<int> seen_{0};
    std::mutex mutex_;
    std::deque<Misbehaviour> script_;
    std::thread thread_;
};

} // namespace bk::test
