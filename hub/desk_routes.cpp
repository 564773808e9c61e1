// DeskRoutes: cookies, forms and answers of the desk on cpp-httplib; the pages come from
// desk_pages.h, the decisions from DeskLogin and DeskSessions.
#include "desk_routes.h"

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
constexpr const char* kCookieAttributes = "; Secure; HttpOnly; SameSite=Strict; Path=/";

const char* kWrongLogin = "Gebruikersnaam of wachtwoord klopt niet.";
const char* kLockedLogin = "Dit account is tijdelijk geblokkeerd na te veel pogingen. Probeer het "
                           "over 15 minuten opnieuw of vraag de beheerder.";
const char* kBlockedAddress =
    "Te veel mislukte pogingen vanaf deze verbinding. Probeer het over 10 minuten opnieuw.";

TimePoint now() {
    return std::chrono::system_clock::now();
}

// On every answer under /desk/: no other origin's scripts, styles or frames, forms only to the
// hub itself, no guessing of types, no full URLs to other sites, nothing kept in caches.
void desk_headers(httplib::Response& res) {
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "same-origin");
    res.set_header("Cache-Control", "no-store");
}

void send_page(httplib::Response& res, int status, const std::string& html) {
    desk_headers(res);
    res.status = status;
    res.set_content(html, "text/html; charset=utf-8");
}

// 303 See Other: after a POST the browser GETs `location`; without a session, the login form.
void see_other(httplib::Response& res, const std::string& location) {
    desk_headers(res);
    res.status = 303;
    res.set_header("Location", location);
}

void set_cookie(httplib::Response& res, const char* name, const std::string& value) {
    res.set_header("Set-Cookie", std::string(name) + "=" + value + kCookieAttributes);
}

void clear_cookie(httplib::Response& res, const char* name) {
    res.set_header("Set-Cookie", std::string(name) + "=" + kCookieAttributes + "; Max-Age=0");
}

// The first cookie called `name` in the request's Cookie headers ("" when there is none).
std::string cookie(const httplib::Request& req, const std::string& name) {
    const std::size_t headers = req.get_header_value_count("Cookie");
    for (std::size_t h = 0; h < headers; ++h) {
        const std::string line = req.get_header_value("Cookie", h);
        std::size_t at = 0;
        while (at < line.size()) {
            std::size_t end = line.find(';', at);
            if (end == std::string::npos) end = line.size();
            std::size_t begin = line.find_first_not_of(' ', at);
            if (begin < end) {
                const std::string pair = line.substr(begin, end - begin);
                const std::size_t eq = pair.find('=');
                if (eq != std::string::npos && pair.compare(0, eq, name) == 0)
                    return pair.substr(eq + 1);
            }
            at = end + 1;
        }
    }
    return "";
}

// The fields of a form-urlencoded body. A field sent twice counts as missing: which of the two
// was meant cannot be known.
class Form {
public:
    explicit Form(const httplib::Request& req) {
        if (req.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0)
            httplib::detail::parse_query_text(req.body, fields_);
    }
    std::string field(const std::string& name) const {
        return fields_.count(name) == 1 ? fields_.find(name)->second : "";
    }

private:
    httplib::Params fields_;
};

bool is_loopback(const std::string& address) {
    return address.rfind("127.", 0) == 0 || address == "::1" ||
           address.rfind("::ffff:127.", 0) == 0;
}

bool looks_like_ip(const std::string& text) {
    return !text.empty() && text.size() <= 45 && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c)) || c == '.' || c == ':';
    });
}

// The client's address for the limits and the log. Behind the reverse proxy on the same machine
// (docs/desk.md) every connection comes from loopback: then the proxy's X-Forwarded-For names
// the client, its last entry being the one the proxy added itself. From anywhere else the
// header is ignored, so a client cannot choose its own address.
std::string client_address(const httplib::Request& req) {
    if (!is_loopback(req.remote_addr) || !req.has_header("X-Forwarded-For")) return req.remote_addr;
    std::string forwarded = req.get_header_value("X-Forwarded-For");
    std::string last = forwarded.substr(forwarded.rfind(',') + 1);
    last.erase(0, last.find_first_not_of(' '));
    last.erase(last.find_last_not_of(' ') + 1);
    return looks_like_ip(last) ? last : req.remote_addr;
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

void DeskRoutes::elsewhere(const httplib::Request& req, httplib::Response& res) {
    auto session = session_of(req);
    if (!session) {
        see_other(res, "/desk/login");
        return;
    }
    if (req.method == "POST" &&
        !DeskSessions::csrf_matches(session->cookie_value, Form(req).field("csrf"))) {
        send_page(res, 403, refused_page());
        return;
    }
    const DeskUser user{session->account, DeskSessions::csrf_token(session->cookie_value)};
    send_page(res, 404, not_found_page(user));
}

} // namespace bk::hub
