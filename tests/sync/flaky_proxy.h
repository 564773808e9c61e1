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
    Pass,               // forward and answer honestly
    Answer500,          // do not forward; 500
    Answer409,          // do not forward; 409 "in progress"
    HangBeforeForward,  // never forward, never answer
    HangAfterForward,   // the hub stores it, the kiosk never hears back
    CutAfterForward,    // the hub stores it, the answer's body is cut short
    ResetBeforeForward, // the connection is closed without an answer; the hub never sees it
    StrangerOk,         // not forwarded; 200 application/json about another key
};

// What the proxy does to every request while set (the script above covers submissions only).
enum class Hostility {
    None,
    Portal,          // a captive portal: every request gets 200 text/html, nothing is forwarded
    StrangerJson,    // submissions get 200 application/json about another key, not forwarded
    HugeFile,        // GET /v1/files/...: 200 announcing and streaming 1 GiB of zeros
    EndlessManifest, // GET /v1/manifest: 200 application/json without a length, never ending
    GzipManifest,    // GET /v1/manifest: 200 gzip (about 130 KB) that inflates to 128 MiB
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
    void hostile(Hostility hostility) { hostility_ = hostility; }
    int connections() const { return connections_; }

private:
    void serve();
    void handle(int client);

    std::string hub_url_;
    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<int> seen_{0};
    std::atomic<int> connections_{0};
    std::atomic<Hostility> hostility_{Hostility::None};
    std::mutex mutex_;
    std::deque<Misbehaviour> script_;
    std::thread thread_;
};

} // namespace bk::test
