// The desk's pages as HTML text: page() is the layout, the rest fill its <main>.
#include "desk_pages.h"

namespace bk::hub {
namespace {

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

} // namespace

std::string login_page(const LoginPage& p) {
    const bool failed = !p.error.empty();
    // The error is tied to both fields, so a screen reader says it when either gets focus.
    const std::string described =
        failed ? " aria-describedby=\"inlog-fout\" aria-invalid=\"true\"" : "";
    std::string main = "<h1>Inloggen</h1>\n";
    if (failed) main += "<p id=\"inlog-fout\" class=\"fout\">" + escape_html(p.error) + "</p>\n";
    main += "<form method=\"post\" action=\"/desk/login\">\n" + hidden_csrf(p.csrf) +
            "<p>\n"
            "<label for=\"naam\">Gebruikersnaam</label>\n"
            "<input id=\"naam\" name=\"username\" type=\"text\" autocomplete=\"username\" "
            "autocapitalize=\"none\" spellcheck=\"false\" required value=\"" +
            escape_html(p.name) + "\"" + described +
            ">\n"
            "</p>\n"
            "<p>\n"
            "<label for=\"wachtwoord\">Wachtwoord</label>\n"
            "<input id=\"wachtwoord\" name=\"password\" type=\"password\" "
            "autocomplete=\"current-password\" required" +
            described +
            ">\n"
            "</p>\n"
            "<p><button type=\"submit\">Inloggen</button></p>\n"
            "</form>\n";
    return page(failed ? "Inloggen niet gelukt" : "Inloggen", "", main);
}

std::string home_page(const DeskUser& user, const std::vector<std::string>& groups) {
    std::string main = "<h1>Welkom, " + escape_html(user.account.name) + "</h1>\n";
    main += "<h2>Kioskgroepen</h2>\n";
    if (sees_every_group(user.account.role))
        main += "<p>U ziet alle kioskgroepen.</p>\n";
    else
        main += "<p>U werkt voor deze kioskgroepen:</p>\n";
    if (groups.empty()) {
        main += "<p>Er zijn nog geen kioskgroepen.</p>\n";
    } else {
        main += "<ul class=\"groepen\">\n";
        for (const std::string& g : groups)
            main += "<li>" + escape_html(g) + "</li>\n";
        main += "</ul>\n";
    }
    main += "<p>Activiteiten, informatie en mededelingen schrijven en publiceren komt hier "
            "binnenkort.</p>\n";
    return page("Overzicht", user_bar(user), main);
}

std::string not_found_page(const DeskUser& user) {
    return page("Pagina niet gevonden", user_bar(user),
                "<h1>Pagina niet gevonden</h1>\n"
                "<p>Deze pagina bestaat niet. <a href=\"/desk/\">Naar het overzicht</a></p>\n");
}

std::string refused_page() {
    return page("Niet uitgevoerd", "",
                "<h1>Niet uitgevoerd</h1>\n"
                "<p>Dit formulier is verlopen of kwam niet van deze site. Er is niets "
                "veranderd.</p>\n"
                "<p><a href=\"/desk/\">Terug naar het overzicht</a> en probeer het opnieuw.</p>\n");
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
