// BrowserWorld: DeskWorld's hub and accounts, with a browser in front of it.
#include "browser_world.h"

#include <catch2/catch.hpp>

namespace bk::test {

BrowserWorld::BrowserWorld()
    : account(std::async(std::launch::async,
                         [this] {
                             return desk.user(
                                 {"add", "anna", "--role", "editor", "--group", "noord"},
                                 std::string(kPassword) + "\n");
                         })),
      driver(desk.tmp / "chromedriver.log"), browser(driver) {
    const CommandResult added = account.get();
    INFO(added.err);
    REQUIRE(added.exit_code == 0);
}

void BrowserWorld::send_login(const std::string& name, const std::string& password) {
    Element name_field = browser.find("#naam");
    name_field.clear();
    name_field.send_keys(name);
    Element password_field = browser.find("#wachtwoord");
    password_field.clear();
    password_field.send_keys(password + key::Enter);
}

void BrowserWorld::log_in(const std::string& name) {
    browser.go(url("/desk/login"));
    send_login(name, kPassword);
    REQUIRE(browser.wait_for_url(url("/desk/")) == url("/desk/"));
}

std::string BrowserWorld::cookie(const std::string& name) {
    for (const BrowserCookie& c : browser.cookies())
        if (c.name == name) return c.value;
    return "";
}

std::filesystem::path BrowserWorld::screenshot(const std::string& name) {
    auto file = std::filesystem::path(BUURTKIOSK_BROWSER_SCREENSHOTS) / name;
    browser.screenshot(file);
    return file;
}

} // namespace bk::test
