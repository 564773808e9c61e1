// The desk's layout, shared by its pages: the frame of every page, who is logged in, the CSRF
// field, the style sheet and the one script.
#pragma once
#include "desk_accounts.h"

#include "buurtkiosk/web/html_escape.h"

#include <string>

namespace bk::hub {

// The logged-in pages show who is logged in and a logout form (with the session's token).
struct DeskUser {
    const DeskAccount& account;
    std::string csrf;
};

const char* role_in_dutch(DeskRole role);

// The layout of every page. `title` and `user_bar` are HTML already (escaped by the caller).
std::string page(const std::string& title, const std::string& user_bar, const std::string& main);
std::string hidden_csrf(const std::string& token);
std::string user_bar(const DeskUser& user);

// /desk/desk.css: the only style (an inline <style> would need 'unsafe-inline' in the CSP).
std::string desk_stylesheet();
// /desk/desk.js: the desk's only script, a few lines; the pages work without it.
std::string desk_script();

} // namespace bk::hub
