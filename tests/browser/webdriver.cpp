// The WebDriver client: chromedriver spawned with posix_spawn in a process group of its own,
// commands as JSON over HTTP (W3C WebDriver, plus chromedriver's log endpoint).
#include "webdriver.h"

#include "buurtkiosk/protocol/signing.h"
#include "support/temp_dir.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace bk::test {
namespace {

using namespace std::chrono_literals;

// WebDriver's name for an element reference in JSON.
constexpr const char* kElementKey = "element-6066-11e4-a52e-4f735466cecf";
constexpr const char* kStartedLine = "ChromeDriver was started successfully on port ";

bool executable(const char* path) {
    return access(path, X_OK) == 0;
}

// Waits up to `limit` for `pid` to exit; true when it did (and was reaped).
bool reaped_within(pid_t pid, std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    for (;;) {
        int status = 0;
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid || (done < 0 && errno != EINTR)) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(20ms);
    }
}

// The UTF-8 text split into code points: each becomes one key press.
std::vector<std::string> code_points(const std::string& text) {
    std::vector<std::string> out;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 || out.empty())
            out.emplace_back(1, c);
        else
            out.back() += c;
    }
    return out;
}

std::string element_id(const nlohmann::json& value) {
    if (!value.is_object() || !value.contains(kElementKey))
        throw std::runtime_error("WebDriver: not an element: " + value.dump());
    return value.at(kElementKey).get<std::string>();
}

std::string string_or_empty(const nlohmann::json& value, const char* name) {
    auto it = value.find(name);
    return it != value.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

ChromeDriverProcess::ChromeDriverProcess(std::filesystem::path log_file)
    : log_file_(std::move(log_file)) {
    if (!executable(kChromeDriver) || !executable(kChromium))
        throw std::runtime_error(std::string("the browser tests need Debian's chromium and "
                                             "chromium-driver (") +
                                 kChromium + ", " + kChromeDriver +
                                 "), which are not installed: run scripts/install-deps.sh");
    const int log_fd = ::open(log_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (log_fd < 0) throw std::runtime_error("cannot write " + log_file_.string());
    std::string program = kChromeDriver;
    std::string port_arg = "--port=0";
    char* argv[] = {program.data(), port_arg.data(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, log_fd, 1);
    posix_spawn_file_actions_adddup2(&actions, log_fd, 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // A group of its own: whatever it starts can be ended with it, by the group's id.
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    const int rc = posix_spawn(&pid_, kChromeDriver, &actions, &attributes, argv, environ);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    ::close(log_fd);
    if (rc != 0) {
        pid_ = -1;
        throw std::runtime_error(std::string("cannot start ") + kChromeDriver);
    }
    // It prints "ChromeDriver was started successfully on port <port>." once it listens.
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (std::chrono::steady_clock::now() < deadline) {
        const std::string log = read_text(log_file_);
        const auto at = log.find(kStartedLine);
        if (at != std::string::npos && log.find('\n', at) != std::string::npos) {
            port_ = std::stoi(log.substr(at + std::string(kStartedLine).size()));
            return;
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("chromedriver ended at its start: " + log);
        }
        std::this_thread::sleep_for(20ms);
    }
    stop();
    throw std::runtime_error("chromedriver did not say it listens; its log: " +
                             read_text(log_file_));
}

ChromeDriverProcess::~ChromeDriverProcess() {
    stop();
}

void ChromeDriverProcess::stop() {
    if (pid_ <= 0) return;
    const pid_t group = pid_;
    kill(pid_, SIGTERM);
    if (!reaped_within(pid_, 5000ms)) {
        kill(pid_, SIGKILL);
        reaped_within(pid_, 5000ms);
    }
    pid_ = -1;
    // Anything it started and left behind (a browser whose session did not end). The group's
    // id stays taken while any member lives, so this reaches only what this test started.
    kill(-group, SIGKILL);
}

// --- Element ---------------------------------------------------------------------------------

std::string Element::path(const std::string& command) const {
    return "/element/" + id_ + command;
}

void Element::click() {
    browser_->command("POST", path("/click"));
}

void Element::send_keys(const std::string& text) {
    browser_->command("POST", path("/value"), {{"text", text}});
}

void Element::clear() {
    browser_->command("POST", path("/clear"));
}

std::string Element::text() {
    return browser_->command("GET", path("/text")).get<std::string>();
}

std::optional<std::string> Element::attribute(const std::string& name) {
    const nlohmann::json value = browser_->command("GET", path("/attribute/" + name));
    if (value.is_null()) return std::nullopt;
    return value.get<std::string>();
}

nlohmann::json Element::property(const std::string& name) {
    return browser_->command("GET", path("/property/" + name));
}

std::string Element::computed_style(const std::string& property) {
    return browser_
        ->execute("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);",
                  nlohmann::json::array({reference(), property}))
        .get<std::string>();
}

std::string Element::computed_label() {
    return browser_->command("GET", path("/computedlabel")).get<std::string>();
}

ElementRect Element::rect() {
    const nlohmann::json r = browser_->command("GET", path("/rect"));
    return {r.at("x").get<double>(), r.at("y").get<double>(), r.at("width").get<double>(),
            r.at("height").get<double>()};
}

std::string Element::describe() {
    return browser_
        ->execute("const e = arguments[0];"
                  "return e.localName + (e.id ? '#' + e.id : '') +"
                  "  (e.classList.length ? '.' + [...e.classList].join('.') : '');",
                  nlohmann::json::array({reference()}))
        .get<std::string>();
}

nlohmann::json Element::reference() const {
    return {{kElementKey, id_}};
}

// --- Browser ---------------------------------------------------------------------------------

Browser::Browser(const ChromeDriverProcess& driver)
    : http_(HttpTimeouts{2000ms, 1, 30s}), driver_url_(driver.url()) {
    const nlohmann::json chrome_options = {{"binary", kChromium},
                                           {"args",
                                            {"--headless=new", "--no-sandbox", "--disable-gpu",
                                             "--window-size=1280,900", "--lang=nl"}}};
    const nlohmann::json capabilities = {
        {"alwaysMatch",
         {{"browserName", "chrome"},
          {"goog:chromeOptions", chrome_options},
          {"goog:loggingPrefs", {{"browser", "ALL"}}},
          // No implicit wait: an element that is not there fails the test at once.
          {"timeouts", {{"implicit", 0}, {"pageLoad", 20000}, {"script", 5000}}}}}};
    const nlohmann::json value = send("POST", "/session", {{"capabilities", capabilities}});
    session_ = value.at("sessionId").get<std::string>();
}

Browser::~Browser() {
    try {
        send("DELETE", "/session/" + session_, nullptr);
    } catch (...) {
        // chromedriver's end takes the browser's process group with it.
    }
}

nlohmann::json Browser::send(const std::string& method, const std::string& path,
                             const nlohmann::json& body) {
    HttpRequest request;
    request.method = method;
    request.url = driver_url_ + path;
    request.total_timeout = 60s; // a new session starts Chromium: seconds on a busy machine
    request.max_body_bytes = 32 * 1024 * 1024; // screenshots, as base64
    if (method == "POST") {
        request.headers.emplace_back("Content-Type", "application/json; charset=utf-8");
        request.body = body.dump();
    }
    const HttpResponse response = http_.perform(request);
    const std::string what = "WebDriver " + method + " " + path;
    if (!response.answered()) throw std::runtime_error(what + ": " + response.transport_error);
    const nlohmann::json answer = nlohmann::json::parse(response.body, nullptr, false);
    if (answer.is_discarded() || !answer.is_object() || !answer.contains("value"))
        throw std::runtime_error(what +
                                 ": not a WebDriver answer: " + response.body.substr(0, 300));
    const nlohmann::json& value = answer.at("value");
    if (response.status != 200) {
        const std::string error = value.is_object() ? string_or_empty(value, "error") : "";
        std::string message = value.is_object() ? string_or_empty(value, "message") : "";
        message = message.substr(0, message.find('\n')); // without chromedriver's stack trace
        throw std::runtime_error(what + ": " + std::to_string(response.status) + " " + error +
                                 ": " + message);
    }
    return value;
}

nlohmann::json Browser::command(const std::string& method, const std::string& path,
                                const nlohmann::json& body) {
    return send(method, "/session/" + session_ + path, body);
}

void Browser::go(const std::string& url) {
    command("POST", "/url", {{"url", url}});
}

void Browser::back() {
    command("POST", "/back");
}

std::string Browser::url() {
    return command("GET", "/url").get<std::string>();
}

std::string Browser::title() {
    return command("GET", "/title").get<std::string>();
}

std::string Browser::page_source() {
    return command("GET", "/source").get<std::string>();
}

Element Browser::find(const std::string& css) {
    return {*this,
            element_id(command("POST", "/element", {{"using", "css selector"}, {"value", css}}))};
}

std::vector<Element> Browser::find_all(const std::string& css) {
    std::vector<Element> out;
    for (const nlohmann::json& e :
         command("POST", "/elements", {{"using", "css selector"}, {"value", css}}))
        out.emplace_back(*this, element_id(e));
    return out;
}

Element Browser::active_element() {
    return {*this, element_id(command("GET", "/element/active"))};
}

void Browser::keys(const std::string& text) {
    nlohmann::json presses = nlohmann::json::array();
    for (const std::string& c : code_points(text)) {
        presses.push_back({{"type", "keyDown"}, {"value", c}});
        presses.push_back({{"type", "keyUp"}, {"value", c}});
    }
    const nlohmann::json keyboard = {{"type", "key"}, {"id", "keyboard"}, {"actions", presses}};
    command("POST", "/actions", {{"actions", nlohmann::json::array({keyboard})}});
}

nlohmann::json Browser::execute(const std::string& script, const nlohmann::json& args) {
    return command("POST", "/execute/sync", {{"script", script}, {"args", args}});
}

std::vector<BrowserCookie> Browser::cookies() {
    std::vector<BrowserCookie> out;
    for (const nlohmann::json& c : command("GET", "/cookie")) {
        BrowserCookie cookie;
        cookie.name = string_or_empty(c, "name");
        cookie.value = string_or_empty(c, "value");
        cookie.domain = string_or_empty(c, "domain");
        cookie.path = string_or_empty(c, "path");
        cookie.same_site = string_or_empty(c, "sameSite");
        cookie.http_only = c.value("httpOnly", false);
        cookie.secure = c.value("secure", false);
        out.push_back(std::move(cookie));
    }
    return out;
}

std::vector<BrowserLogEntry> Browser::log() {
    std::vector<BrowserLogEntry> out;
    for (const nlohmann::json& e : command("POST", "/se/log", {{"type", "browser"}}))
        out.push_back({string_or_empty(e, "level"), string_or_empty(e, "source"),
                       string_or_empty(e, "message")});
    return out;
}

void Browser::screenshot(const std::filesystem::path& png) {
    const auto bytes = decode_base64(command("GET", "/screenshot").get<std::string>());
    if (!bytes) throw std::runtime_error("WebDriver: the screenshot is not base64");
    std::filesystem::create_directories(png.parent_path());
    std::ofstream out(png, std::ios::binary | std::ios::trunc);
    out << *bytes;
    if (!out) throw std::runtime_error("cannot write " + png.string());
}

void Browser::set_window_size(int width, int height) {
    command("POST", "/window/rect", {{"width", width}, {"height", height}});
}

std::string Browser::wait_for_url(const std::string& wanted, int seconds) {
    std::string seen;
    wait_until([&] { return (seen = url()) == wanted; }, seconds);
    return seen;
}

std::string Browser::wait_for_title(const std::string& wanted, int seconds) {
    std::string seen;
    wait_until([&] { return (seen = title()) == wanted; }, seconds);
    return seen;
}

bool wait_until(const std::function<bool()>& done, int seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    for (;;) {
        if (done()) return true;
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(50ms);
    }
}

} // namespace bk::test
