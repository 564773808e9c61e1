// A small W3C WebDriver client for the browser tests (docs/desk.md, "Browser tests"): Debian's
// chromedriver as a child process on a free 127.0.0.1 port, one headless Chromium session, and
// only the commands the tests use. HTTP goes through the kiosk's own HttpClient (libcurl).
#pragma once
#include "buurtkiosk/sync/http_client.h"

#include <nlohmann/json.hpp>

#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bk::test {

// From Debian's chromium and chromium-driver (scripts/install-deps.sh installs both).
constexpr const char* kChromium = "/usr/bin/chromium";
constexpr const char* kChromeDriver = "/usr/bin/chromedriver";

// Keys of the WebDriver key table (UTF-8 of U+E004 and U+E007), for Browser::keys and
// Element::send_keys.
namespace key {
constexpr const char* Tab = "\xee\x80\x84";
constexpr const char* Enter = "\xee\x80\x87";
} // namespace key

// chromedriver, started with --port=0 so that it picks a free port itself and prints it (as the
// hub does with `serve --port 0`), in a process group of its own. The destructor ends it and
// anything of its group still left, also when a test failed. Throws, saying to run
// scripts/install-deps.sh, when chromium or chromedriver is not installed.
class ChromeDriverProcess {
public:
    explicit ChromeDriverProcess(std::filesystem::path log_file);
    ~ChromeDriverProcess();
    ChromeDriverProcess(const ChromeDriverProcess&) = delete;
    ChromeDriverProcess& operator=(const ChromeDriverProcess&) = delete;

    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    const std::filesystem::path& log_file() const { return log_file_; }

private:
    void stop();

    std::filesystem::path log_file_;
    pid_t pid_ = -1;
    int port_ = 0;
};

// Polls `done` every 50 ms until it is true; false when it is not after `seconds`.
bool wait_until(const std::function<bool()>& done, int seconds = 10);

struct BrowserCookie {
    std::string name;
    std::string value;
    std::string domain;
    std::string path;
    std::string same_site;
    bool http_only = false;
    bool secure = false;
};

// A line of the browser's console log (chromedriver's "browser" log: console messages,
// failed loads, CSP violations).
struct BrowserLogEntry {
    std::string level;
    std::string source;
    std::string message;
};

struct ElementRect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

class Browser;

// An element of the page that was open when it was found (a WebDriver element reference).
class Element {
public:
    Element(Browser& browser, std::string id) : browser_(&browser), id_(std::move(id)) {}

    void click();
    // Focuses the element, then types (WebDriver "Element Send Keys").
    void send_keys(const std::string& text);
    // Empties a field (WebDriver "Element Clear").
    void clear();
    std::string text();
    // An attribute as written in the HTML; nullopt when the element has none.
    std::optional<std::string> attribute(const std::string& name);
    nlohmann::json property(const std::string& name);
    // The computed value of a CSS property (getComputedStyle, so colours read "rgb(r, g, b)").
    std::string computed_style(const std::string& property);
    // The accessible name as Chromium's accessibility tree gives it (from the <label>).
    std::string computed_label();
    ElementRect rect();
    // "input#naam", "a.overslaan", "body": for comparing focus and for readable failures.
    std::string describe();

    // The element as an argument of Browser::execute.
    nlohmann::json reference() const;
    bool operator==(const Element& other) const { return id_ == other.id_; }

private:
    std::string path(const std::string& command) const;

    Browser* browser_;
    std::string id_;
};

// A WebDriver session in headless Chromium (1280x900, Dutch, no sandbox: tests run as root);
// the destructor ends it, which closes the browser.
class Browser {
public:
    explicit Browser(const ChromeDriverProcess& driver);
    ~Browser();
    Browser(const Browser&) = delete;
    Browser& operator=(const Browser&) = delete;

    void go(const std::string& url);
    // The browser's Back (history), as the person would press it.
    void back();
    std::string url();
    std::string title();
    std::string page_source();
    // The first element that matches a CSS selector; throws when there is none.
    Element find(const std::string& css);
    std::vector<Element> find_all(const std::string& css);
    Element active_element();
    // Types on the keyboard into whatever has the focus; key::Tab moves the focus on.
    void keys(const std::string& text);
    // Runs `script` as a function body in the page (WebDriver "Execute Script"), returns its value.
    nlohmann::json execute(const std::string& script,
                           const nlohmann::json& args = nlohmann::json::array());
    std::vector<BrowserCookie> cookies();
    // The console log since the last call (each entry is given once).
    std::vector<BrowserLogEntry> log();
    // The viewport as a PNG file.
    void screenshot(const std::filesystem::path& png);
    void set_window_size(int width, int height);
    // Polls until the page's URL is `url` (a form sent, a redirect followed), at most
    // `seconds`; returns the URL last seen, so that a failed check shows where the browser is.
    std::string wait_for_url(const std::string& url, int seconds = 10);
    std::string wait_for_title(const std::string& title, int seconds = 10);

    // One WebDriver command of this session ("" for the session itself), its "value" back;
    // throws with WebDriver's error and message when it fails.
    nlohmann::json command(const std::string& method, const std::string& path,
                           const nlohmann::json& body = nlohmann::json::object());

private:
    nlohmann::json send(const std::string& method, const std::string& path,
                        const nlohmann::json& body);

    HttpClient http_;
    std::string driver_url_;
    std::string session_;
};

} // namespace bk::test
