// The desk in headless Chromium over WebDriver (docs/desk.md, "Browser tests"): what the HTTP
// tests of tests/hub cannot show, that a real browser keeps the cookies, moves the focus, ties
// the error to the fields, applies the style under the CSP and ends the session at logout.
#include "browser_world.h"

#include <catch2/catch.hpp>

using namespace bk::test;

namespace {

constexpr const char* kLoginTitle = "Inloggen – Buurtkiosk";
constexpr const char* kFailedTitle = "Inloggen niet gelukt – Buurtkiosk";
constexpr const char* kOverviewTitle = "Overzicht – Buurtkiosk";
// From desk.css: the focus outline, the text, the buttons, the error.
constexpr const char* kFocusColour = "rgb(196, 84, 0)";
constexpr const char* kTextColour = "rgb(27, 27, 27)";
constexpr const char* kButtonColour = "rgb(11, 61, 110)";
constexpr const char* kErrorColour = "rgb(164, 0, 15)";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Presses Tab and says where the focus went ("input#naam").
std::string tab(Browser& browser) {
    browser.keys(key::Tab);
    return browser.active_element().describe();
}

// The focused element shows the desk's outline (3 px, solid, the focus colour) through
// :focus-visible, and all of the outline lies inside the viewport, none of it cut off. Date and
// time fields are the exception to :focus-visible: Chromium puts the focus on a part inside them
// (the day, the hours), so they show the outline through :focus-within.
void check_focus_visible(Browser& browser) {
    const nlohmann::json focus = browser.execute(R"js(
        const e = document.activeElement;
        const s = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        const reach = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
        return {what: e.localName + '#' + e.id + '.' + e.className,
                visible: e.matches(':focus-visible') ||
                         (['date', 'time'].includes(e.type) && e.matches(':focus-within')),
                style: s.outlineStyle,
                width: s.outlineWidth, colour: s.outlineColor,
                inside: r.left - reach >= 0 && r.top - reach >= 0 &&
                        r.right + reach <= innerWidth && r.bottom + reach <= innerHeight};
    )js");
    INFO(focus.dump());
    CHECK(focus.at("visible") == true);
    CHECK(focus.at("style") == "solid");
    CHECK(focus.at("width") == "3px");
    CHECK(focus.at("colour") == kFocusColour);
    CHECK(focus.at("inside") == true);
}

// What every desk page must have: Dutch as its language, a title, a bound label with text for
// every field a person fills in (as the page says it and as the accessibility tree names it; a
// field in a closed <details> is not in that tree: open it first),
// a name for every button, and desk.css applied (it is the only style: the CSP allows no other).
void check_page_basics(Browser& browser, const std::string& title) {
    CHECK(browser.execute("return document.documentElement.lang") == "nl");
    CHECK(browser.title() == title);
    const nlohmann::json unlabelled = browser.execute(R"js(
        return [...document.querySelectorAll('input, select, textarea')]
            .filter(e => e.type !== 'hidden')
            .filter(e => e.labels.length !== 1 || e.labels[0].textContent.trim() === '')
            .map(e => e.outerHTML);
    )js");
    CHECK(unlabelled == nlohmann::json::array());
    for (Element field : browser.find_all("input:not([type=hidden])"))
        CHECK(!field.computed_label().empty());
    for (Element button : browser.find_all("button")) {
        CHECK(!button.computed_label().empty());
        CHECK(button.computed_style("background-color") == kButtonColour);
        CHECK(button.rect().height >= 44); // docs/desk.md: buttons at least 44 px high
    }
    CHECK(browser.find("body").computed_style("color") == kTextColour);
    CHECK(browser.execute("return document.styleSheets.length") == 1);
}

// The browser's console since the last look: nothing refused by the CSP, no failed load, no
// error. Except the favicon that every page asks the hub for (the hub has none), and
// `expected`, a status the page was meant to have (a failed login is a 401).
void check_console_clean(Browser& browser, const std::string& expected = "") {
    for (const BrowserLogEntry& entry : browser.log()) {
        if (contains(entry.message, "/favicon.ico")) continue;
        if (!expected.empty() && contains(entry.message, expected)) continue;
        INFO(entry.level << " " << entry.source << ": " << entry.message);
        CHECK(entry.level != "SEVERE");
        CHECK(!contains(entry.message, "Content Security Policy"));
    }
}

// No horizontal scrolling in a window 320 CSS px wide (WCAG 1.4.10, reflow).
void check_no_sideways_scroll(Browser& browser) {
    const nlohmann::json widths =
        browser.execute("return {page: document.documentElement.scrollWidth, view: innerWidth}");
    INFO(widths.dump());
    CHECK(widths.at("view").get<double>() <= 320); // the window did become that narrow
    CHECK(widths.at("page").get<double>() <= widths.at("view").get<double>());
}

} // namespace

TEST_CASE("keyboard only: Tab to the name, type it, Tab to the password, Enter logs in",
          "[browser][desk]") {
    // Tried: the login page from its start with the keyboard alone, as someone without a mouse
    // does it. The first Tab reaches the skip link, the second the name field (nothing else in
    // between); the name and password are typed as key presses, Tab moves from one to the
    // other, Enter sends the form. The overview then says who is logged in, and its Tab order is
    // the skip link, then "Uitloggen". Screenshots: login.png (the name field focused) and
    // overview.png.
    BrowserWorld world;
    Browser& browser = world.browser;
    const std::string login_url = world.url("/desk/login");
    const std::string overview_url = world.url("/desk/");
    browser.go(login_url);
    CHECK(browser.active_element().describe() == "body");
    CHECK(tab(browser) == "a.overslaan");
    REQUIRE(tab(browser) == "input#naam");
    world.screenshot("login.png");
    browser.keys("anna");
    REQUIRE(tab(browser) == "input#wachtwoord");
    browser.keys(kPassword);
    browser.keys(key::Enter);

    REQUIRE(browser.wait_for_url(overview_url) == overview_url);
    CHECK(browser.title() == kOverviewTitle);
    CHECK(contains(browser.find("header").text(), "Ingelogd als anna (redacteur)"));
    CHECK(browser.find("h1").text() == "Welkom, anna");
    CHECK(browser.find(".groepen").text() == "noord");
    world.screenshot("overview.png");
    CHECK(tab(browser) == "a.overslaan");
    CHECK(tab(browser) == "button");
    CHECK(browser.active_element().text() == "Uitloggen");
}

TEST_CASE("a wrong password: the error beside the form, tied to both fields, nobody logged in",
          "[browser][desk]") {
    // Tried: the right name with a wrong password, sent with Enter. The answer stays on the
    // login form, its title names the failure (a screen reader says it first), the message is
    // shown right above the form, and both fields point at it with aria-describedby (the
    // attribute names the element that holds the message, so a screen reader reads it with
    // either field) and are marked invalid. The name is kept, the password not. The focus
    // starts at the top of the new page as on any page, and the first field Tab reaches after
    // the skip link is the name, described by the error. No session cookie, and /desk/ still
    // sends the browser to the login form. Screenshot: login-error.png.
    BrowserWorld world;
    Browser& browser = world.browser;
    const std::string login_url = world.url("/desk/login");
    const std::string overview_url = world.url("/desk/");
    browser.go(login_url);
    world.send_login("anna", "niet het goede wachtwoord");
    REQUIRE(browser.wait_for_title(kFailedTitle) == kFailedTitle);
    CHECK(browser.url() == login_url);

    Element error = browser.find("main .fout");
    CHECK(error.text() == kWrongLogin);
    CHECK(error.computed_style("color") == kErrorColour);
    for (const char* css : {"#naam", "#wachtwoord"}) {
        INFO(css);
        Element field = browser.find(css);
        const auto described_by = field.attribute("aria-describedby");
        REQUIRE(described_by);
        CHECK(browser.find("#" + *described_by) == error);
        CHECK(field.attribute("aria-invalid") == std::optional<std::string>("true"));
    }
    // Beside the form: directly before it in <main>, aligned with it, and no further than a line
    // above it.
    CHECK(browser.execute("return document.querySelector('main .fout').nextElementSibling"
                          ".matches('form[action=\"/desk/login\"]')") == true);
    const ElementRect message = error.rect();
    const ElementRect form = browser.find("form[action='/desk/login']").rect();
    CHECK(message.width > 0);
    CHECK(message.height > 0);
    CHECK(message.x == form.x);
    CHECK(message.y + message.height <= form.y);
    CHECK(form.y - (message.y + message.height) < 40);
    CHECK(browser.find("#naam").property("value") == "anna");
    CHECK(browser.find("#wachtwoord").property("value") == "");
    world.screenshot("login-error.png");

    CHECK(browser.active_element().describe() == "body");
    CHECK(tab(browser) == "a.overslaan");
    CHECK(tab(browser) == "input#naam");

    CHECK(world.cookie("__Host-desk").empty());
    browser.go(overview_url);
    REQUIRE(browser.wait_for_url(login_url) == login_url);
    CHECK(browser.title() == kLoginTitle);
    CHECK(!contains(browser.page_source(), "Ingelogd als"));
}

TEST_CASE("logout through the form ends the session in the browser and on the hub",
          "[browser][desk]") {
    // Tried: log in, click "Uitloggen". The browser lands on the login form and no longer holds
    // the session cookie; /desk/ then sends it to the login form and shows nothing of the desk;
    // and the session id the browser had, sent again by hand, no longer opens the desk on the
    // hub (the session ended there, not only in the browser).
    BrowserWorld world;
    Browser& browser = world.browser;
    const std::string login_url = world.url("/desk/login");
    world.log_in();
    const std::string session = world.cookie("__Host-desk");
    REQUIRE(!session.empty());

    browser.find("form[action='/desk/logout'] button").click();
    REQUIRE(browser.wait_for_url(login_url) == login_url);
    CHECK(browser.title() == kLoginTitle);
    CHECK(world.cookie("__Host-desk").empty());

    browser.go(world.url("/desk/"));
    REQUIRE(browser.wait_for_url(login_url) == login_url);
    CHECK(browser.title() == kLoginTitle);
    CHECK(!contains(browser.page_source(), "Ingelogd als"));

    auto by_hand = world.desk.get("/desk/", session_cookie(session));
    REQUIRE(by_hand);
    CHECK(by_hand->status == 303);
    CHECK(by_hand->get_header_value("Location") == "/desk/login");
}

TEST_CASE("Back after logout shows the login form, not the overview", "[browser][desk]") {
    // Tried: log in, log out, press the browser's Back. Chromium keeps even no-store pages in
    // its back/forward cache and restores the overview ("Ingelogd als anna", the groups); on a
    // shared computer the next person would read it. desk.js asks for a restored page again,
    // and the hub, whose session has ended, answers with the login form.
    BrowserWorld world;
    Browser& browser = world.browser;
    world.log_in();
    browser.find("form[action='/desk/logout'] button").click();
    REQUIRE(browser.wait_for_url(world.url("/desk/login")) == world.url("/desk/login"));
    browser.back();
    CHECK(browser.wait_for_url(world.url("/desk/login")) == world.url("/desk/login"));
    CHECK(!contains(browser.page_source(), "Ingelogd als"));
}

TEST_CASE("the browser keeps the session cookie HttpOnly, Secure and SameSite=Strict",
          "[browser][desk]") {
    // Tried: the cookies as Chromium holds them (WebDriver "Get All Cookies"), on plain
    // http://127.0.0.1: Chromium counts 127.0.0.1 as a secure context, so it keeps Secure and
    // __Host- cookies there (no need for http://localhost). The login form's cookie before the
    // login; after it only the session cookie, host-only for 127.0.0.1, path /, HttpOnly, Secure
    // and SameSite=Strict, and a script in the page sees no cookie at all.
    BrowserWorld world;
    Browser& browser = world.browser;
    const std::string login_url = world.url("/desk/login");
    const std::string overview_url = world.url("/desk/");
    browser.go(login_url);
    auto cookies = browser.cookies();
    REQUIRE(cookies.size() == 1);
    CHECK(cookies[0].name == "__Host-desk-login");
    CHECK(cookies[0].http_only);
    CHECK(cookies[0].secure);
    CHECK(cookies[0].same_site == "Strict");

    world.send_login("anna", kPassword);
    REQUIRE(browser.wait_for_url(overview_url) == overview_url);
    cookies = browser.cookies();
    REQUIRE(cookies.size() == 1); // the login form's cookie is gone
    const BrowserCookie& session = cookies[0];
    CHECK(session.name == "__Host-desk");
    CHECK(session.value.size() == 43); // 32 random bytes, base64url
    CHECK(session.domain == "127.0.0.1");
    CHECK(session.path == "/");
    CHECK(session.http_only);
    CHECK(session.secure);
    CHECK(session.same_site == "Strict");
    CHECK(browser.execute("return document.cookie") == "");
}

TEST_CASE("accessibility basics and the style under the CSP, on every desk page so far",
          "[browser][desk]") {
    // Tried, on the login form, the form after a wrong password and the overview: html
    // lang="nl", the page title, every field with a bound <label> (also as Chromium's
    // accessibility tree names it), buttons named and at least 44 px high, desk.css applied
    // (computed colours; it is the only style sheet); at every Tab stop the 3 px focus outline
    // through :focus-visible, all of it inside the window; the skip link off-screen until it has
    // the focus; nothing in the console (no CSP refusal, no failed load but the favicon). Then
    // that the CSP really holds and that the console check would see it: an inline <style> and
    // an inline <script> put into the page are refused, and the console says why. Last, at
    // 320 px wide (a phone, or 400 % zoom), no page scrolls sideways.
    BrowserWorld world;
    Browser& browser = world.browser;
    const std::string login_url = world.url("/desk/login");
    const std::string overview_url = world.url("/desk/");

    browser.go(login_url);
    check_page_basics(browser, kLoginTitle);
    CHECK(browser.find("#naam").computed_label() == "Gebruikersnaam");
    CHECK(browser.find("#wachtwoord").computed_label() == "Wachtwoord");
    CHECK(browser.find(".overslaan").rect().x < 0); // off-screen until focused
    for (const char* stop : {"a.overslaan", "input#naam", "input#wachtwoord", "button"}) {
        INFO(stop);
        CHECK(tab(browser) == stop);
        check_focus_visible(browser);
    }
    check_console_clean(browser);

    world.send_login("anna", "niet het goede wachtwoord");
    REQUIRE(browser.wait_for_title(kFailedTitle) == kFailedTitle);
    check_page_basics(browser, kFailedTitle);
    check_console_clean(browser, "/desk/login - Failed to load resource: the server responded "
                                 "with a status of 401 (Unauthorized)");

    world.send_login("anna", kPassword);
    REQUIRE(browser.wait_for_url(overview_url) == overview_url);
    check_page_basics(browser, kOverviewTitle);
    CHECK(browser.find("header").computed_style("background-color") == "rgb(238, 242, 247)");
    for (const char* stop : {"a.overslaan", "button"}) {
        INFO(stop);
        CHECK(tab(browser) == stop);
        check_focus_visible(browser);
    }
    check_console_clean(browser);

    // The CSP refuses inline style and script, and the console check sees the refusal.
    const nlohmann::json injected = browser.execute(R"js(
        const style = document.createElement('style');
        style.textContent = 'body { color: rgb(255, 0, 0); }';
        document.head.appendChild(style);
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.head.appendChild(script);
        return {colour: getComputedStyle(document.body).color, ran: window.inlineRan === true};
    )js");
    CHECK(injected.at("colour") == kTextColour);
    CHECK(injected.at("ran") == false);
    int refusals = 0;
    for (const BrowserLogEntry& entry : browser.log())
        if (contains(entry.message, "Content Security Policy")) ++refusals;
    CHECK(refusals == 2);

    browser.set_window_size(320, 800);
    check_no_sideways_scroll(browser);
    browser.find("form[action='/desk/logout'] button").click();
    REQUIRE(browser.wait_for_url(login_url) == login_url);
    check_no_sideways_scroll(browser);
    world.send_login("anna", "niet het goede wachtwoord");
    REQUIRE(browser.wait_for_title(kFailedTitle) == kFailedTitle);
    check_no_sideways_scroll(browser);
}

TEST_CASE("accessibility basics on a group's page and the activity form", "[browser][desk]") {
    // Tried as in the test above, on the content pages: a group's page and a new activity's
    // form (every field with a bound label, the file field and the radio buttons included),
    // at every Tab stop the focus outline inside the window, nothing in the console; then the
    // form sent with an end before its start: the summary's link takes the focus to the field.
    // Last, at 320 px wide, neither page scrolls sideways.
    BrowserWorld world;
    Browser& browser = world.browser;
    world.log_in();
    browser.go(world.url("/desk/groep/noord/"));
    check_page_basics(browser, "Kioskgroep noord – Buurtkiosk");
    for (int stop = 0; stop < 12; ++stop) {
        INFO(tab(browser));
        check_focus_visible(browser);
    }
    check_console_clean(browser);

    browser.go(world.url("/desk/groep/noord/activiteit/nieuw"));
    for (int stop = 0; stop < 24; ++stop) {
        INFO(tab(browser));
        check_focus_visible(browser);
    }
    browser.find("details summary").click(); // the translations, then every field is there
    check_page_basics(browser, "Nieuwe activiteit – Buurtkiosk");
    CHECK(browser.find("#picture").computed_label() == "Foto of plaatje (mag leeg)");
    CHECK(browser.find("#kind-weekly").computed_label() == "Elke week");
    CHECK(browser.find("#title_ar").computed_label() == "Naam (Arabisch) (mag leeg)");
    CHECK(browser.find("fieldset[lang='ar']").attribute("dir") == "rtl");
    check_console_clean(browser);

    browser.find("#title_nl").send_keys("Soep");
    browser.execute("document.getElementById('start').value = '12:00';"
                    "document.getElementById('end').value = '11:00';");
    browser.find("main form[enctype] button[type='submit']").click();
    const std::string refused = "Niet opgeslagen: Nieuwe activiteit – Buurtkiosk";
    REQUIRE(browser.wait_for_title(refused) == refused);
    browser.find("details summary").click();
    check_page_basics(browser, refused);
    browser.find(".foutoverzicht a").click();
    CHECK(browser.active_element().describe() == "input#end");
    check_console_clean(browser, "Failed to load resource: the server responded with a status "
                                 "of 422");

    browser.set_window_size(320, 800);
    check_no_sideways_scroll(browser);
    browser.go(world.url("/desk/groep/noord/"));
    check_no_sideways_scroll(browser);
}
