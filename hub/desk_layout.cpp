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
main { max-width: 48rem; padding: 1rem 1.5rem 3rem; }
label { display: block; font-weight: bold; }
input[type=text], input[type=password], input[type=url], input[type=date], input[type=time],
select, textarea { font: inherit; display: block; width: 100%; max-width: 24rem;
  padding: 0.5rem; border: 2px solid #4a4a4a; border-radius: 4px; box-sizing: border-box;
  background: #fff; color: inherit; }
textarea { max-width: 36rem; }
input[type=time], input[type=date] { max-width: 12rem; }
input[type=file] { font: inherit; display: block; }
.veld { margin: 0 0 1.25rem; }
.hint { display: block; color: #3d3d3d; }
.optioneel { font-weight: normal; color: #3d3d3d; }
.keuze { margin: 0.25rem 0; }
.keuze label { display: inline; font-weight: normal; }
input[type=radio] { width: 1.25rem; height: 1.25rem; vertical-align: middle; }
fieldset { border: 1px solid #5b6b7f; border-radius: 4px; margin: 0 0 1.5rem; padding: 0.5rem 1rem; }
legend { font-weight: bold; padding: 0 0.25rem; }
details { margin: 0 0 1.5rem; }
summary { cursor: pointer; font-weight: bold; min-height: 2.75rem; }
table { border-collapse: collapse; margin: 0 0 1.5rem; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0 0 0.25rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.75rem 0.4rem 0;
  border-bottom: 1px solid #5b6b7f; }
figure { margin: 0 0 1.5rem; }
figure img { display: block; max-width: 100%; height: auto; border: 1px solid #5b6b7f; }
figcaption { color: #3d3d3d; }
.verborgen { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
button { font: inherit; min-height: 2.75rem; padding: 0.5rem 1.25rem; border: 2px solid #0b3d6e;
  border-radius: 4px; background: #0b3d6e; color: #fff; cursor: pointer; }
a { color: #0b3d6e; }
.fout { display: block; color: #a4000f; font-weight: bold; border-left: 4px solid #a4000f;
  padding-left: 0.75rem; }
.foutoverzicht { border: 3px solid #a4000f; padding: 0 1rem; margin: 0 0 1.5rem; }
.gelukt { border-left: 4px solid #1d6b2f; padding-left: 0.75rem; color: #124a20; font-weight: bold; }
.tips { border-left: 4px solid #0b3d6e; padding: 0 0.75rem; margin: -0.75rem 0 1.25rem;
  background: #eef2f7; }
ul.tips { margin: 0 0 1.5rem; padding: 0.5rem 0.75rem 0.5rem 2rem; }
.let-op { border-left: 4px solid #8a5a00; padding-left: 0.75rem; }
a.knop { display: inline-block; min-height: 2.75rem; box-sizing: border-box;
  padding: 0.5rem 1.25rem; border: 2px solid #0b3d6e; border-radius: 4px; background: #0b3d6e;
  color: #fff; text-decoration: none; }
button.klein { min-height: 2.75rem; padding: 0.25rem 0.75rem; background: #fff; color: #0b3d6e; }
button.gevaar { background: #fff; color: #a4000f; border-color: #a4000f; }
:focus-visible { outline: 3px solid #c45400; outline-offset: 2px; }
input[type=date]:focus-within, input[type=time]:focus-within { outline: 3px solid #c45400; outline-offset: 2px; }
html { scroll-padding-block: 4rem; }
main { overflow-wrap: anywhere; }
input, select, textarea { max-width: 100%; box-sizing: border-box; }
@media (max-width: 30rem) { table { display: block; overflow-x: auto; } }
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
