// The desk's pages as HTML text: page() is the layout, the rest fill its <main>.
#include "desk_pages.h"

#include "desk_layout.h"

namespace bk::hub {

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
        // The sociaal team has no content pages; the others open a group's content.
        const bool content = user.account.role != DeskRole::SociaalTeam;
        for (const std::string& g : groups)
            main += content ? "<li><a href=\"/desk/groep/" + escape_html(g) + "/\">" +
                                  escape_html(g) + "</a></li>\n"
                            : "<li>" + escape_html(g) + "</li>\n";
        main += "</ul>\n";
    }
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

} // namespace bk::hub
