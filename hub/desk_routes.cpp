// DeskRoutes: cookies, forms and answers of the desk on cpp-httplib; the pages come from
// desk_pages.h, the decisions from DeskLogin and DeskSessions.
#include "desk_routes.h"

#include "desk_http.h"
#include "desk_pages.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <set>

namespace bk::hub {
namespace {

// The session cookie and the login form's cookie. __Host-: only set over HTTPS, for the whole
// host and no subdomain, so another site on a subdomain cannot plant one.
constexpr const char* kSessionCookie = "__Host-desk";
constexpr const char* kLoginCookie = "__Host-desk-login";

const char* kWrongLogin = "Gebruikersnaam of wachtwoord klopt niet.";
const char* kLockedLogin = "Dit account is tijdelijk geblokkeerd na te veel pogingen. Probeer het "
                           "over 15 minuten opnieuw of vraag de beheerder.";
const char* kBlockedAddress =
    "Te veel mislukte pogingen vanaf deze verbinding. Probeer het over 10 minuten opnieuw.";

TimePoint now() {
    return std::chrono::system_clock::now();
}

} // namespace

void DeskRoutes::install(httplib::Server& server) {
    server.Get("/desk", [](const auto&, auto& res) { see_other(res, "/desk/"); });
    server.Get("/desk/desk.css", [](const auto&, auto& res) {
        desk_headers(res);
        res.set_content(desk_stylesheet(), "text/css; charset=utf-8");
    });
    server.Get("/desk/desk.js", [](const auto&, auto& res) {
        desk_headers(res);
        res.set_content(desk_script(), "text/javascript; charset=utf-8");
    });
    server.Get("/desk/login", [this](const auto& req, auto& res) { login_form(req, res); });
    server.Post("/desk/login", [this](const auto& req, auto& res) { login(req, res); });
    server.Post("/desk/logout", [this](const auto& req, auto& res) { logout(req, res); });
    server.Get("/desk/", [this](const auto& req, auto& res) { home(req, res); });
    server.Get("/desk/groep/.*", [this](const auto& req, auto& res) { content(req, res); });
    server.Post("/desk/groep/.*", [this](const auto& req, auto& res) { content(req, res); });
    // httplib tries a method's routes in the order they were added: these come last.
    server.Get("/desk/.*", [this](const auto& req, auto& res) { elsewhere(req, res); });
    server.Post("/desk/.*", [this](const auto& req, auto& res) { elsewhere(req, res); });
}

std::optional<DeskRoutes::Session> DeskRoutes::session_of(const httplib::Request& req) {
    std::string value = cookie(req, kSessionCookie);
    if (value.empty()) return std::nullopt;
    auto name = sessions_.account_of(value, now());
    if (!name) return std::nullopt;
    auto account = accounts_.find(*name, now());
    if (!account) return std::nullopt;
    return Session{std::move(value), std::move(*account)};
}

void DeskRoutes::login_form(const httplib::Request& req, httplib::Response& res) {
    if (session_of(req)) {
        see_other(res, "/desk/");
        return;
    }
    // The login form has a token too (a cookie and the same value in the form): another site
    // cannot log a browser in to an account of its own choosing.
    const std::string token = random_token();
    set_cookie(res, kLoginCookie, token);
    send_page(res, 200, login_page({token, "", ""}));
}

void DeskRoutes::login(const httplib::Request& req, httplib::Response& res) {
    const Form form(req);
    const std::string token = cookie(req, kLoginCookie);
    if (!same_token(token, form.field("csrf"))) {
        send_page(res, 403, refused_page());
        return;
    }
    const std::string name = form.field("username");
    const LoginOutcome outcome =
        login_.attempt(name, form.field("password"), client_address(req), now());
    if (outcome.result == LoginResult::Accepted) {
        // A new id for every login; a session this browser still had ends here.
        if (auto old = session_of(req)) sessions_.end(old->cookie_value);
        set_cookie(res, kSessionCookie, sessions_.start(outcome.account->name, now()));
        clear_cookie(res, kLoginCookie);
        see_other(res, "/desk/");
        return;
    }
    // The name as typed comes back in the form (a long one not: it is not a name).
    LoginPage again{token, name.size() <= 256 ? name : "", kWrongLogin};
    int status = 401;
    if (outcome.result == LoginResult::AccountLocked) {
        again.error = kLockedLogin;
        status = 423;
    } else if (outcome.result == LoginResult::AddressBlocked) {
        again.error = kBlockedAddress;
        status = 429;
        res.set_header("Retry-After", "600");
    }
    send_page(res, status, login_page(again));
}

void DeskRoutes::logout(const httplib::Request& req, httplib::Response& res) {
    auto session = session_of(req);
    if (!session) {
        see_other(res, "/desk/login");
        return;
    }
    if (!DeskSessions::csrf_matches(session->cookie_value, Form(req).field("csrf"))) {
        send_page(res, 403, refused_page());
        return;
    }
    sessions_.end(session->cookie_value);
    clear_cookie(res, kSessionCookie);
    see_other(res, "/desk/login");
}

void DeskRoutes::home(const httplib::Request& req, httplib::Response& res) {
    auto session = session_of(req);
    if (!session) {
        see_other(res, "/desk/login");
        return;
    }
    std::vector<std::string> groups = session->account.groups;
    if (sees_every_group(session->account.role)) {
        std::set<std::string> known;
        for (const KioskRow& k : store_.kiosks())
            known.insert(k.group);
        groups.assign(known.begin(), known.end());
    }
    const DeskUser user{session->account, DeskSessions::csrf_token(session->cookie_value)};
    send_page(res, 200, home_page(user, groups));
}

std::optional<DeskRoutes::Session> DeskRoutes::admitted(const httplib::Request& req,
                                                        httplib::Response& res) {
    auto session = session_of(req);
    if (!session) {
        see_other(res, "/desk/login");
        return std::nullopt;
    }
    if (req.method == "POST" &&
        !DeskSessions::csrf_matches(session->cookie_value, Form(req).field("csrf"))) {
        send_page(res, 403, refused_page());
        return std::nullopt;
    }
    return session;
}

void DeskRoutes::content(const httplib::Request& req, httplib::Response& res) {
    auto session = admitted(req, res);
    if (!session) return;
    const DeskUser user{session->account, DeskSessions::csrf_token(session->cookie_value)};
    content_.handle(req, res, user, req.path.substr(std::string("/desk/groep/").size()));
}

void DeskRoutes::elsewhere(const httplib::Request& req, httplib::Response& res) {
    auto session = admitted(req, res);
    if (!session) return;
    const DeskUser user{session->account, DeskSessions::csrf_token(session->cookie_value)};
    send_page(res, 404, not_found_page(user));
}

} // namespace bk::hub
