// The desk's HTTP routes under /desk/ on the hub's server (docs/desk.md): login, logout, the
// overview; a session for every page but the login form and the style sheet; a CSRF token on
// every POST; security headers on every answer.
#pragma once
#include "desk_accounts.h"
#include "desk_content_routes.h"
#include "desk_login.h"
#include "desk_sessions.h"
#include "hub_store.h"
#include "login_throttle.h"

#include <httplib.h>

#include <optional>
#include <string>

namespace bk::hub {

class DeskRoutes {
public:
    DeskRoutes(HubStore& store, DeskContentOptions content)
        : store_(store), accounts_(store), sessions_(store), login_(accounts_, throttle_),
          content_(store, std::move(content)) {}

    void install(httplib::Server& server);

private:
    struct Session {
        std::string cookie_value;
        DeskAccount account;
    };
    // The request's live session, if it has one.
    std::optional<Session> session_of(const httplib::Request& req);
    // The live session of a page that needs one, with a POST's CSRF token checked; otherwise the
    // answer (303 to the login form, 403) is made and nullopt returned.
    std::optional<Session> admitted(const httplib::Request& req, httplib::Response& res);

    void login_form(const httplib::Request& req, httplib::Response& res);
    void login(const httplib::Request& req, httplib::Response& res);
    void logout(const httplib::Request& req, httplib::Response& res);
    void home(const httplib::Request& req, httplib::Response& res);
    // /desk/groep/...: the content pages, for a logged-in account (DeskContentRoutes).
    void content(const httplib::Request& req, httplib::Response& res);
    // Any other path under /desk/: the login first, then "not found".
    void elsewhere(const httplib::Request& req, httplib::Response& res);

    HubStore& store_;
    DeskAccounts accounts_;
    DeskSessions sessions_;
    LoginThrottle throttle_;
    DeskLogin login_;
    DeskContentRoutes content_;
};

} // namespace bk::hub
