// The desk's HTML, all of it: one layout and one function per page, Dutch; desk.js is the only
// script. Everything that comes from data passes escape_html.
#pragma once
#include "desk_accounts.h"
#include "desk_layout.h"

#include "buurtkiosk/web/html_escape.h"

#include <string>
#include <string_view>
#include <vector>

namespace bk::hub {

struct LoginPage {
    std::string csrf;  // the login form's token
    std::string name;  // as typed before, shown again
    std::string error; // "" on a fresh form
};
std::string login_page(const LoginPage& page);

// /desk/: who is logged in, and the kiosk groups the account may see (`groups`: the editor's
// own; for the other roles the groups the hub knows of).
std::string home_page(const DeskUser& user, const std::vector<std::string>& groups);
std::string not_found_page(const DeskUser& user);
// 403: a form without the right token.
std::string refused_page();

} // namespace bk::hub
