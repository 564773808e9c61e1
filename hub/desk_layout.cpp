// The desk's layout: the frame of every page, the user bar, the style sheet and the script.
#include "desk_layout.h"

namespace bk::hub {

const char* role_in_dutch(DeskRole role) {
    switch (role) {
    case DeskRole::Editor: return "redacteur";
    case DeskRole::SociaalTeam: return "sociaal team";
    case DeskRole::Admin: return "beheerder";
    }
    return "";
}

// The layout of every page. `title` and `user_bar` are HTML already (escaped by the caller).
std::string page(const std::string& title, const std::string& user_bar, const std::string& main) {
    return "<!DOCTYPE html>\n"
           "<html lang=\"nl\">\n"
           "<head>\n"
           "<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>" +
           title +
           " – Buurtkiosk</title>\n"
           "<link rel=\"stylesheet\" href=\"/desk/desk.css\">\n"
           "<script src=\"/desk/desk.js\" defer></script>\n"
           "</head>\n"
           "<body>\n"
           "<a class=\"overslaan\" href=\"#inhoud\">Naar de inhoud</a>\n"
           "<header>\n"
           "<p class=\"naam\">Buurtkiosk</p>\n" +
           user_bar +
           "</header>\n"
           "<main id=\"inhoud\">\n" +
           main +
           "</main>\n"
           "</body>\n"
           "</html>\n";
}

std::string hidden_csrf(const std::string& token) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape_html(token) + "\">\n";
}

std::string user_bar(const DeskUser& user) {
    return "<p>Ingelogd als <strong>" + escape_html(user.account.name) + "</strong> (" +
           role_in_dutch(user.account.role) +
           ")</p>\n"
           "<form method=\"post\" action=\"/desk/logout\">\n" +
           hidden_csrf(user.csrf) +
           "<button type=\"submit\">Uitloggen</button>\n"
           "</form>\n";
}

std::string desk_stylesheet() {
    return R"css(body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5;
  color: #1b1b1b; background: #fff; margin: 0; }
header { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: center;
  padding: 0.5rem 1.5rem; background: #eef2f7; border-bottom: 1px solid #5b6b7f; }
header form { margin: 0; }
.naam { font-weight: bold; margin-right: auto; }
main { max-width: 40rem; padding: 1rem 1.5rem 3rem; }
label { display: block; font-weight: bold; }
input[type=text], input[type=password] { font: inherit; width: 100%; max-width: 24rem;
  padding: 0.5rem; border: 2px solid #4a4a4a; border-radius: 4px; box-sizing: border-box; }
button { font: inherit; min-height: 2.75rem; padding: 0.5rem 1.25rem; border: 2px solid #0b3d6e;
  border-radius: 4px; background: #0b3d6e; color: #fff; cursor: pointer; }
a { color: #0b3d6e; }
.fout { color: #a4000f; font-weight: bold; border-left: 4px solid #a4000f; padding-left: 0.75rem; }
:focus-visible { outline: 3px solid #c45400; outline-offset: 2px; }
.overslaan { position: absolute; left: -100rem; }
.overslaan:focus { position: static; display: inline-block; padding: 0.5rem; margin: 0.5rem; }
)css";
}

// Back after logging out: browsers restore the page from their back/forward cache, even with
// no-store, and the next person at a shared computer would read it. Such a page is asked for
// again, so the hub decides what it shows: the login form, once the session has ended.
std::string desk_script() {
    return R"js(window.addEventListener("pageshow", function (event) {
  if (event.persisted) location.reload();
});
)js";
}

} // namespace bk::hub
