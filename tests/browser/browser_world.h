// The desk in a real browser: the real hub (DeskWorld: a temp folder, a free 127.0.0.1 port)
// with the account "anna" made by `buurtkiosk-hub user add`, chromedriver and headless
// Chromium. Members end in reverse order: the browser session, chromedriver, then the hub.
#pragma once
#include "desk_world.h"
#include "webdriver.h"

#include <filesystem>
#include <future>
#include <string>

namespace bk::test {

class BrowserWorld {
public:
    BrowserWorld();
    DeskWorld desk;
    // `user add anna` runs while Chromium starts (a second each, on a busy machine).
    std::future<CommandResult> account;
    ChromeDriverProcess driver;
    Browser browser;

    // The hub's URL of a path: "http://127.0.0.1:<port>/desk/login".
    std::string url(const std::string& path) const { return desk.hub.url() + path; }
    // Fills the login form, emptied first (WebDriver puts the focus in each field), and sends
    // it with Enter; does not wait for the answer.
    void send_login(const std::string& name, const std::string& password);
    // send_login with the right password; requires the overview to open.
    void log_in(const std::string& name = "anna");
    // The browser's cookie called `name` ("" when it has none).
    std::string cookie(const std::string& name);
    // A PNG of the viewport in the build folder (<build>/tests/browser/screenshots/<name>).
    std::filesystem::path screenshot(const std::string& name);
};

} // namespace bk::test
