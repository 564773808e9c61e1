// The desk's content pages. Everything that comes from data passes escape_html.
#include "desk_content_pages.h"

#include "buurtkiosk/domain/content.h"
#include "buurtkiosk/speech/dutch_numbers.h"

#include <functional>
#include <tuple>

namespace bk::hub {
namespace {

const std::map<std::string, std::string>& language_names() {
    static const std::map<std::string, std::string> names{{"nl", "Nederlands"}, {"en", "Engels"},
                                                          {"pl", "Pools"},      {"tr", "Turks"},
                                                          {"uk", "Oekraïens"},  {"ar", "Arabisch"}};
    return names;
}

const char* category_in_dutch(const std::string& id) {
    static const std::map<std::string, const char*> names{{"ontmoeting", "Ontmoeting"},
                                                          {"eten", "Eten"},
                                                          {"creatief", "Creatief"},
                                                          {"bewegen", "Bewegen"},
                                                          {"hulp-en-advies", "Hulp en advies"},
                                                          {"kinderen", "Kinderen"}};
    auto it = names.find(id);
    return it == names.end() ? "" : it->second;
}

std::string group_path(const std::string& group) {
    return "/desk/groep/" + group + "/";
}

std::string breadcrumb(const std::string& group) {
    return "<p><a href=\"/desk/\">Overzicht</a> › <a href=\"" + escape_html(group_path(group)) +
           "\">Kioskgroep " + escape_html(group) + "</a></p>\n";
}

// "dinsdag, 10:00–11:30" / "24 december 2026, 10:00": when an activity is, in a list.
std::string when_text(const ActivityForm& a) {
    if (a.kind == "weekly") {
        std::string text = "Elke " + a.weekday + ", " + a.start + "–" + a.end;
        if (!a.except.empty()) text += " (met uitzonderingen)";
        return text;
    }
    if (a.kind == "once") return a.date + ", " + a.start + (a.end.empty() ? "" : "–" + a.end);
    return "Uit een agenda";
}

// One form field with its label, hint and error: the error is tied to the field with
// aria-describedby, so a screen reader says it with the field.
struct Field {
    std::string name, label, value, hint, type = "text", extra;
    bool required = false;
    std::string tips; // hints_html() for this field, shown below it
};

std::string described_by(const std::string& name, bool hint, bool error, bool tips = false) {
    std::string ids;
    if (hint) ids += "hint-" + name;
    if (error) ids += std::string(ids.empty() ? "" : " ") + "fout-" + name;
    if (tips) ids += std::string(ids.empty() ? "" : " ") + "tips-" + name;
    return ids.empty() ? "" : " aria-describedby=\"" + ids + "\"";
}

std::string error_of(const std::map<std::string, std::string>& errors, const std::string& name) {
    auto it = errors.find(name);
    return it == errors.end() ? "" : it->second;
}

std::string field_html(const Field& f, const std::map<std::string, std::string>& errors,
                       bool textarea = false) {
    const std::string error = error_of(errors, f.name);
    std::string html = "<p class=\"veld\">\n<label for=\"" + f.name + "\">" + escape_html(f.label) +
                       (f.required ? "" : " <span class=\"optioneel\">(mag leeg)</span>") +
                       "</label>\n";
    if (!f.hint.empty())
        html +=
            "<span id=\"hint-" + f.name + "\" class=\"hint\">" + escape_html(f.hint) + "</span>\n";
    if (!error.empty())
        html +=
            "<span id=\"fout-" + f.name + "\" class=\"fout\">" + escape_html(error) + "</span>\n";
    const std::string common =
        "id=\"" + f.name + "\" name=\"" + f.name + "\"" +
        described_by(f.name, !f.hint.empty(), !error.empty(), !f.tips.empty()) +
        (error.empty() ? "" : " aria-invalid=\"true\"") + (f.required ? " required" : "") + f.extra;
    if (textarea)
        html += "<textarea " + common +
                (f.extra.find("rows=") == std::string::npos ? " rows=\"4\"" : "") + ">" +
                escape_html(f.value) + "</textarea>\n";
    else
        html += "<input " + common + " type=\"" + f.type + "\" value=\"" + escape_html(f.value) +
                "\">\n";
    return html + "</p>\n" + f.tips;
}

std::string select_html(const std::string& name, const std::string& label,
                        const std::vector<std::pair<std::string, std::string>>& options,
                        const std::string& chosen,
                        const std::map<std::string, std::string>& errors) {
    const std::string error = error_of(errors, name);
    std::string html =
        "<p class=\"veld\">\n<label for=\"" + name + "\">" + escape_html(label) + "</label>\n";
    if (!error.empty())
        html += "<span id=\"fout-" + name + "\" class=\"fout\">" + escape_html(error) + "</span>\n";
    html += "<select id=\"" + name + "\" name=\"" + name + "\"" +
            described_by(name, false, !error.empty()) + ">\n";
    for (const auto& [value, text] : options)
        html += "<option value=\"" + escape_html(value) + "\"" +
                (value == chosen ? " selected" : "") + ">" + escape_html(text) + "</option>\n";
    return html + "</select>\n</p>\n";
}

std::string text_of(const std::map<std::string, std::string>& texts, const std::string& lang) {
    auto it = texts.find(lang);
    return it == texts.end() ? "" : it->second;
}

// Advice for plain Dutch under a text: a list the field names with aria-describedby, so a screen
// reader gives it with the field; no error styling, it never blocks a save.
std::string hints_html(const std::string& field, const std::vector<PlainLanguageHint>& hints) {
    if (hints.empty()) return "";
    std::string html = "<div id=\"tips-" + field +
                       "\" class=\"tips\">\n<p>Tips voor eenvoudige "
                       "taal (B1):</p>\n<ul>\n";
    for (const PlainLanguageHint& hint : hints)
        html += "<li>" + escape_html(hint.message) + "</li>\n";
    return html + "</ul>\n</div>\n";
}

// The list of everything wrong, at the top, each a link to its field: the first thing a screen
// reader meets after the heading.
std::string error_summary(const std::map<std::string, std::string>& errors) {
    if (errors.empty()) return "";
    std::string html = "<div class=\"foutoverzicht\" role=\"alert\">\n<h2>Nog niet opgeslagen: " +
                       std::to_string(errors.size()) + (errors.size() == 1 ? " ding" : " dingen") +
                       " om te verbeteren</h2>\n<ul>\n";
    for (const auto& [field, message] : errors)
        html += field.empty()
                    ? "<li>" + escape_html(message) + "</li>\n"
                    : "<li><a href=\"#" + field + "\">" + escape_html(message) + "</a></li>\n";
    return html + "</ul>\n</div>\n";
}

std::string publish_form(const DeskUser& user, const std::string& group, bool can_publish) {
    if (!can_publish)
        return "<p class=\"fout\">Publiceren kan hier niet: de hub heeft geen "
               "ondertekeningssleutel. Vraag de beheerder (serve --signing-key).</p>\n";
    return "<form method=\"post\" action=\"" + escape_html(group_path(group)) + "publiceren\">\n" +
           hidden_csrf(user.csrf) +
           "<button type=\"submit\">Publiceren naar de kiosks</button>\n</form>\n";
}

// The group's agenda feeds: each with how its last fetch went, a form to add one, a button to
// fetch them now.
std::string feeds_section(const DeskUser& user, const GroupPage& p) {
    const std::string base = escape_html(group_path(p.group)) + "agenda";
    std::string html = "<h2 id=\"agendas\">Agenda's (iCalendar)</h2>\n"
                       "<p>De hub haalt deze agenda's elk uur op en zet hun activiteiten van de "
                       "komende 13 weken in elke versie die u publiceert. Lukt ophalen niet, dan "
                       "blijven de activiteiten van de laatste goede keer staan.</p>\n";
    if (!p.feeds.empty()) {
        html += "<table>\n<caption>Agenda's van deze groep</caption>\n<thead><tr>"
                "<th scope=\"col\">Naam</th><th scope=\"col\">Laatst opgehaald</th>"
                "<th scope=\"col\"><span class=\"verborgen\">Actie</span></th></tr></thead>\n"
                "<tbody>\n";
        for (const AgendaFeed& f : p.feeds) {
            std::string state;
            if (!f.error.empty())
                state =
                    "<span class=\"fout\">Niet gelukt op " +
                    escape_html(desk_moment(f.checked_at)) + ": " + escape_html(f.error) +
                    "</span>" +
                    (f.good_at.empty()
                         ? std::string(" Er is nog geen goede versie.")
                         : " De kiosks houden de " + std::to_string(f.activities) +
                               " activiteiten van " + escape_html(desk_moment(f.good_at)) + ".");
            else if (f.checked_at.empty())
                state = "Nog niet opgehaald.";
            else
                state = "Gelukt op " + escape_html(desk_moment(f.checked_at)) + ": " +
                        std::to_string(f.activities) + " activiteiten.";
            html += "<tr><td>" + escape_html(f.name) + "<br><span class=\"hint\">" +
                    escape_html(f.url) + "</span></td><td>" + state +
                    "</td><td><form method=\"post\" "
                    "action=\"" +
                    base + "/" + escape_html(f.name) + "/verwijderen\">" + hidden_csrf(user.csrf) +
                    "<button type=\"submit\" class=\"klein\">Agenda " + escape_html(f.name) +
                    " verwijderen</button></form></td></tr>\n";
        }
        html += "</tbody>\n</table>\n<form method=\"post\" action=\"" + base + "/ophalen\">\n" +
                hidden_csrf(user.csrf) +
                "<p><button type=\"submit\">Agenda's nu ophalen</button></p>\n</form>\n";
    }
    const std::map<std::string, std::string> errors =
        p.feed_form.error.empty()
            ? std::map<std::string, std::string>{}
            : std::map<std::string, std::string>{{"feed_url", p.feed_form.error}};
    html += "<form method=\"post\" action=\"" + base + "\">\n" + hidden_csrf(user.csrf) +
            "<fieldset>\n<legend>Agenda toevoegen</legend>\n";
    html += field_html({"feed_name", "Naam", p.feed_form.name,
                        "Kort, kleine letters, zoals welzijn-noord.", "text", "", true},
                       {});
    html += field_html({"feed_url", "Adres van de agenda (.ics)", p.feed_form.url,
                        "Begint met https://.", "url", "", true},
                       errors);
    html += "<p><button type=\"submit\">Agenda toevoegen</button></p>\n</fieldset>\n</form>\n";
    return html;
}

// The group's info pages: a list with links, and "Nieuwe informatiepagina".
std::string pages_section(const GroupPage& p) {
    const std::string base = escape_html(group_path(p.group)) + "pagina/";
    std::string html = "<h2 id=\"paginas\">Informatiepagina's (concept)</h2>\n<p><a class=\"knop\" "
                       "href=\"" +
                       base + "nieuw\">Nieuwe informatiepagina</a></p>\n";
    if (p.pages.empty()) return html + "<p>Er staan nog geen informatiepagina's in.</p>\n";
    html += "<ul>\n";
    for (const PageForm& page : p.pages)
        html += "<li><a href=\"" + base + escape_html(page.id) + "\">" +
                escape_html(text_of(page.title, "nl")) + "</a></li>\n";
    return html + "</ul>\n";
}

// The group's announcements, with the days they are shown.
std::string announcements_section(const GroupPage& p) {
    const std::string base = escape_html(group_path(p.group)) + "mededeling/";
    std::string html = "<h2 id=\"mededelingen\">Mededelingen (concept)</h2>\n<p><a class=\"knop\" "
                       "href=\"" +
                       base + "nieuw\">Nieuwe mededeling</a></p>\n";
    if (p.announcements.empty()) return html + "<p>Er staan nog geen mededelingen in.</p>\n";
    html += "<ul>\n";
    for (const AnnouncementForm& a : p.announcements) {
        std::string days = a.from.empty() && a.until.empty() ? "altijd"
                           : a.until.empty()                 ? "vanaf " + a.from
                           : a.from.empty()                  ? "tot en met " + a.until
                                                             : a.from + " tot en met " + a.until;
        html += "<li><a href=\"" + base + escape_html(a.id) + "\">" +
                escape_html(text_of(a.text, "nl")) + "</a> <span class=\"hint\">(" +
                escape_html(days) + ")</span></li>\n";
    }
    return html + "</ul>\n";
}

// The fold-out translations of one or two texts: `fields` are (field prefix, label, textarea).
std::string translations_html(const std::vector<std::tuple<std::string, std::string, bool>>& fields,
                              const std::function<std::string(const std::string&)>& value,
                              const std::map<std::string, std::string>& errors) {
    std::string html = "<details>\n<summary>Vertalingen (mag leeg: de kiosk toont dan het "
                       "Nederlands)</summary>\n";
    for (const std::string& language : desk_languages()) {
        if (language == "nl") continue;
        const std::string name = language_names().at(language);
        const std::string dir = language == "ar" ? " dir=\"rtl\"" : "";
        html += "<fieldset lang=\"" + language + "\"" + dir +
                ">\n<legend lang=\"nl\" dir=\"ltr\">" + name + "</legend>\n";
        for (const auto& [prefix, label, textarea] : fields) {
            const std::string field = prefix + "_" + language;
            html += field_html({field, label + " (" + name + ")", value(field), "", "text",
                                " lang=\"" + language + "\""},
                               errors, textarea);
        }
        html += "</fieldset>\n";
    }
    return html + "</details>\n";
}

std::string delete_form(const DeskUser& user, const std::string& action, const std::string& what) {
    return "<form method=\"post\" action=\"" + escape_html(action) + "\">\n" +
           hidden_csrf(user.csrf) + "<p><button type=\"submit\" class=\"gevaar\">" + what +
           " verwijderen uit het concept</button></p>\n</form>\n";
}

} // namespace

std::string desk_moment(const std::string& utc) {
    // "2026-12-03T09:12:40Z"
    if (utc.size() < 16) return utc;
    const int month = std::atoi(utc.substr(5, 2).c_str());
    if (month < 1 || month > 12) return utc;
    return std::to_string(std::atoi(utc.substr(8, 2).c_str())) + " " +
           std::string(dutch_month_name(static_cast<unsigned>(month))) + " " + utc.substr(0, 4) +
           " " + utc.substr(11, 5) + " (UTC)";
}

std::string group_page(const DeskUser& user, const GroupPage& p) {
    std::string main = breadcrumb(p.group) + "<h1>Kioskgroep " + escape_html(p.group) + "</h1>\n";
    if (!p.message.empty())
        main += "<p class=\"gelukt\" role=\"status\">" + escape_html(p.message) + "</p>\n";
    main += "<h2>Activiteiten (concept)</h2>\n";
    main += "<p>Wat u hier verandert, zien de kiosks pas na <strong>Publiceren</strong>.";
    if (p.based_on > 0) main += " Dit concept begon bij versie " + std::to_string(p.based_on) + ".";
    main += "</p>\n";
    if (p.published > p.based_on && p.based_on > 0)
        main += "<p class=\"let-op\">Na het begin van dit concept is versie " +
                std::to_string(p.published) +
                " gepubliceerd. Publiceren vervangt die door dit concept.</p>\n";
    main += "<p><a class=\"knop\" href=\"" + escape_html(group_path(p.group)) +
            "activiteit/nieuw\">Nieuwe activiteit</a></p>\n";
    if (p.activities.empty()) {
        main += "<p>Er staan nog geen activiteiten in.</p>\n";
    } else {
        main += "<table>\n<caption>Activiteiten in het concept</caption>\n"
                "<thead><tr><th scope=\"col\">Naam</th><th scope=\"col\">Wanneer</th>"
                "<th scope=\"col\">Soort</th></tr></thead>\n<tbody>\n";
        for (const ActivityForm& a : p.activities) {
            const std::string name = escape_html(text_of(a.title, "nl"));
            main += "<tr><td>" +
                    (a.imported ? name + " <span class=\"hint\">(uit een agenda)</span>"
                                : "<a href=\"" + escape_html(group_path(p.group)) + "activiteit/" +
                                      escape_html(a.id) + "\">" + name + "</a>") +
                    "</td><td>" + escape_html(when_text(a)) + "</td><td>" +
                    category_in_dutch(a.category) + "</td></tr>\n";
        }
        main += "</tbody>\n</table>\n";
    }
    main += pages_section(p) + announcements_section(p) + feeds_section(user, p);
    main += "<h2>Teksten van de kiosk</h2>\n<p>De woorden van de kiosk zelf (knoppen, vragen) in "
            "elke taal: <a href=\"" +
            escape_html(group_path(p.group)) + "talen\">teksten per taal aanpassen</a>.</p>\n";
    main += "<h2>Voorbeeld en publiceren</h2>\n<p><a href=\"" + escape_html(group_path(p.group)) +
            "voorbeeld\">Voorbeeld bekijken</a> (het beginscherm van de kiosk)</p>\n" +
            publish_form(user, p.group, p.can_publish);

    main += "<h2>Kiosks in deze groep</h2>\n";
    if (p.kiosks.empty()) {
        main += "<p>Er zijn nog geen kiosks aangemeld voor deze groep.</p>\n";
    } else {
        main += "<table>\n<caption>Welke versie de kiosks hebben</caption>\n"
                "<thead><tr><th scope=\"col\">Kiosk</th><th scope=\"col\">Versie</th>"
                "<th scope=\"col\">Laatst gezien</th></tr></thead>\n<tbody>\n";
        for (const KioskLine& k : p.kiosks) {
            std::string version = k.content_version ? std::to_string(k.content_version) : "–";
            if (k.content_version && k.content_version == p.published) version += " (nieuwste)";
            main += "<tr><td>" + escape_html(k.name) + "</td><td>" + version + "</td><td>" +
                    (k.last_seen.empty() ? "nog nooit" : escape_html(desk_moment(k.last_seen))) +
                    "</td></tr>\n";
        }
        main += "</tbody>\n</table>\n";
    }

    main += "<h2>Gepubliceerde versies</h2>\n";
    if (p.history.empty()) {
        main += "<p>Er is nog niets gepubliceerd voor deze groep.</p>\n";
    } else {
        main += "<table>\n<caption>Eerdere versies; terugzetten publiceert de oude inhoud opnieuw, "
                "als nieuwe versie</caption>\n"
                "<thead><tr><th scope=\"col\">Versie</th><th scope=\"col\">Wanneer</th>"
                "<th scope=\"col\">Door</th><th scope=\"col\"><span class=\"verborgen\">Actie"
                "</span></th></tr></thead>\n<tbody>\n";
        for (const PublicationLine& line : p.history) {
            const std::string v = std::to_string(line.version);
            main += "<tr><td>" + v + "</td><td>" + escape_html(desk_moment(line.at)) + "</td><td>" +
                    escape_html(line.by) + "</td><td>";
            if (line.version != p.published && p.can_publish)
                main += "<form method=\"post\" action=\"" + escape_html(group_path(p.group)) +
                        "terugzetten\">" + hidden_csrf(user.csrf) +
                        "<input type=\"hidden\" name=\"versie\" value=\"" + v +
                        "\"><button type=\"submit\" class=\"klein\">Versie " + v +
                        " terugzetten</button></form>";
            main += "</td></tr>\n";
        }
        main += "</tbody>\n</table>\n";
    }
    return page("Kioskgroep " + escape_html(p.group), user_bar(user), main);
}

std::string activity_form_page(const DeskUser& user, const ActivityFormPage& p) {
    const ActivityForm& f = p.form;
    const auto& e = p.errors;
    const bool is_new = f.id.empty();
    std::string main = breadcrumb(p.group) + "<h1>" +
                       (is_new ? std::string("Nieuwe activiteit")
                               : "Activiteit bewerken: " + escape_html(text_of(f.title, "nl"))) +
                       "</h1>\n";
    std::map<std::string, std::string> all_errors = e;
    if (!p.picture_error.empty()) all_errors["picture"] = p.picture_error;
    main += error_summary(all_errors);
    main += "<form method=\"post\" enctype=\"multipart/form-data\" action=\"" +
            escape_html(group_path(p.group)) + "activiteit\">\n" + hidden_csrf(user.csrf) +
            "<input type=\"hidden\" name=\"id\" value=\"" + escape_html(f.id) + "\">\n" +
            "<input type=\"hidden\" name=\"image\" value=\"" + escape_html(f.image) + "\">\n";

    auto tips = [&](const std::string& field) {
        auto it = p.hints.find(field);
        return it == p.hints.end() ? std::string() : hints_html(field, it->second);
    };
    main += field_html({"title_nl", "Naam", text_of(f.title, "nl"),
                        "Kort en duidelijk, zoals \"Koffieochtend\".", "text", "", true,
                        tips("title_nl")},
                       e);
    main += field_html({"description_nl", "Beschrijving", text_of(f.description, "nl"),
                        "Korte zinnen in eenvoudig Nederlands (taalniveau B1). De kiosk leest "
                        "dit voor.",
                        "text", "", false, tips("description_nl")},
                       e, true);
    std::vector<std::pair<std::string, std::string>> categories;
    for (Category c : all_categories())
        categories.emplace_back(category_id(c), category_in_dutch(category_id(c)));
    main += select_html("category", "Soort activiteit", categories, f.category, e);
    main += field_html({"place", "Plaats", f.place, "Bijvoorbeeld \"Grote zaal\"."}, e);

    main += "<fieldset>\n<legend>Wanneer</legend>\n";
    for (const auto& [kind, label] : std::vector<std::pair<std::string, std::string>>{
             {"weekly", "Elke week"}, {"once", "Eén keer, op een datum"}})
        main += "<p class=\"keuze\"><input type=\"radio\" id=\"kind-" + kind +
                "\" name=\"kind\" value=\"" + kind + "\"" + (f.kind == kind ? " checked" : "") +
                "> <label for=\"kind-" + kind + "\">" + label + "</label></p>\n";
    std::vector<std::pair<std::string, std::string>> days;
    for (const std::string& day : weekday_names())
        days.emplace_back(day, day);
    main += select_html("weekday", "Dag van de week (elke week)", days, f.weekday, e);
    main += field_html({"date", "Datum (één keer)", f.date, "Bijvoorbeeld 2026-12-24.", "date"}, e);
    main += field_html({"start", "Begintijd", f.start, "Bijvoorbeeld 10:00.", "time", "", true}, e);
    main += field_html({"end", "Eindtijd", f.end, "Bijvoorbeeld 11:30.", "time"}, e);
    main += field_html({"from", "Eerste keer (elke week)", f.from, "Leeg: vanaf nu.", "date"}, e);
    main +=
        field_html({"until", "Laatste keer (elke week)", f.until, "Leeg: geen einde.", "date"}, e);
    main += field_html({"except", "Gaat niet door op (elke week)", f.except,
                        "Eén datum per regel, bijvoorbeeld 2026-12-24. De kiosk toont die dag "
                        "\"Gaat niet door\"."},
                       e, true);
    main += "</fieldset>\n";

    main += field_html({"capacity", "Aantal plaatsen", f.capacity,
                        "Leeg: iedereen loopt zo binnen. Met een aantal kunnen bezoekers zich "
                        "aanmelden.",
                        "text", " inputmode=\"numeric\""},
                       e);
    main += "<p class=\"veld\">\n<label for=\"picture\">Foto of plaatje <span "
            "class=\"optioneel\">(mag leeg)</span></label>\n<span id=\"hint-picture\" "
            "class=\"hint\">PNG of JPEG, hoogstens 8 MB. De hub maakt het kleiner en haalt er "
            "gegevens als de plaats van de foto uit.";
    if (!f.image.empty()) main += " Nu: " + escape_html(f.image) + ".";
    main += "</span>\n";
    if (!p.picture_error.empty())
        main += "<span id=\"fout-picture\" class=\"fout\">" + escape_html(p.picture_error) +
                "</span>\n";
    main += "<input id=\"picture\" name=\"picture\" type=\"file\" accept=\"image/png,image/jpeg\"" +
            described_by("picture", true, !p.picture_error.empty()) + ">\n</p>\n";
    main += field_html(
        {"url", "Meer informatie op internet", f.url, "Een adres dat met https:// begint.", "url"},
        e);

    main += translations_html(
        {{"title", "Naam", false}, {"description", "Beschrijving", true}},
        [&](const std::string& field) {
            const auto& texts = field.starts_with("title_") ? f.title : f.description;
            return text_of(texts, field.substr(field.find('_') + 1));
        },
        e);
    main += "<p><button type=\"submit\">Opslaan en voorbeeld bekijken</button></p>\n</form>\n";
    if (!is_new)
        main += delete_form(user, group_path(p.group) + "activiteit/" + f.id + "/verwijderen",
                            "Activiteit");
    const std::string title = (all_errors.empty() ? "" : "Niet opgeslagen: ") +
                              (is_new ? std::string("Nieuwe activiteit") : "Activiteit bewerken");
    return page(title, user_bar(user), main);
}

std::string page_form_page(const DeskUser& user, const PageFormPage& p) {
    const PageForm& f = p.form;
    const bool is_new = f.id.empty();
    std::string main =
        breadcrumb(p.group) + "<h1>" +
        (is_new ? std::string("Nieuwe informatiepagina")
                : "Informatiepagina bewerken: " + escape_html(text_of(f.title, "nl"))) +
        "</h1>\n" + error_summary(p.errors);
    main += "<form method=\"post\" action=\"" + escape_html(group_path(p.group)) + "pagina\">\n" +
            hidden_csrf(user.csrf) + "<input type=\"hidden\" name=\"id\" value=\"" +
            escape_html(f.id) + "\">\n";
    main += field_html({"title_nl", "Titel", text_of(f.title, "nl"),
                        "Kort, zoals \"Hulp bij geldzaken\".", "text", "", true},
                       p.errors);
    main += field_html({"body_nl", "Tekst", text_of(f.body, "nl"),
                        "Korte zinnen in eenvoudig Nederlands. Een lege regel begint een nieuwe "
                        "alinea. De kiosk leest dit voor.",
                        "text", " rows=\"10\"", true, hints_html("body_nl", p.hints)},
                       p.errors, true);
    std::vector<std::pair<std::string, std::string>> icons{{"", "Geen (het i-teken)"}};
    for (const std::string& icon : page_icons())
        icons.emplace_back(icon, icon);
    main += select_html("icon", "Plaatje op de knop", icons, f.icon, p.errors);
    main += translations_html(
        {{"title", "Titel", false}, {"body", "Tekst", true}},
        [&](const std::string& field) {
            const auto& texts = field.starts_with("title_") ? f.title : f.body;
            return text_of(texts, field.substr(field.find('_') + 1));
        },
        p.errors);
    main += "<p><button type=\"submit\">Opslaan</button></p>\n</form>\n";
    if (!is_new)
        main += delete_form(user, group_path(p.group) + "pagina/" + f.id + "/verwijderen",
                            "Informatiepagina");
    return page((p.errors.empty() ? "" : "Niet opgeslagen: ") +
                    std::string(is_new ? "Nieuwe informatiepagina" : "Informatiepagina bewerken"),
                user_bar(user), main);
}

std::string announcement_form_page(const DeskUser& user, const AnnouncementFormPage& p) {
    const AnnouncementForm& f = p.form;
    const bool is_new = f.id.empty();
    std::string main = breadcrumb(p.group) + "<h1>" +
                       (is_new ? "Nieuwe mededeling" : "Mededeling bewerken") + "</h1>\n" +
                       error_summary(p.errors);
    main += "<form method=\"post\" action=\"" + escape_html(group_path(p.group)) +
            "mededeling\">\n" + hidden_csrf(user.csrf) +
            "<input type=\"hidden\" name=\"id\" value=\"" + escape_html(f.id) + "\">\n";
    main += field_html({"text_nl", "Mededeling", text_of(f.text, "nl"),
                        "Eén of twee korte zinnen, zoals \"Koffieochtend gaat niet door op 3 "
                        "december.\" Hoogstens 300 tekens.",
                        "text", "", true, hints_html("text_nl", p.hints)},
                       p.errors, true);
    main += field_html({"from", "Eerste dag", f.from, "Leeg: vanaf nu.", "date"}, p.errors);
    main += field_html({"until", "Laatste dag", f.until, "Leeg: tot u haar verwijdert.", "date"},
                       p.errors);
    main += translations_html(
        {{"text", "Mededeling", true}},
        [&](const std::string& field) {
            return text_of(f.text, field.substr(field.find('_') + 1));
        },
        p.errors);
    main += "<p><button type=\"submit\">Opslaan en voorbeeld bekijken</button></p>\n</form>\n";
    if (!is_new)
        main += delete_form(user, group_path(p.group) + "mededeling/" + f.id + "/verwijderen",
                            "Mededeling");
    return page((p.errors.empty() ? "" : "Niet opgeslagen: ") +
                    std::string(is_new ? "Nieuwe mededeling" : "Mededeling bewerken"),
                user_bar(user), main);
}

std::string preview_page(const DeskUser& user, const PreviewPage& p) {
    std::string main = breadcrumb(p.group) + "<h1>Voorbeeld" +
                       (p.activity_name.empty() ? "" : ": " + escape_html(p.activity_name)) +
                       "</h1>\n";
    if (!p.error.empty()) {
        main += "<p class=\"fout\" role=\"alert\">" + escape_html(p.error) + "</p>\n";
    } else {
        main += "<p>Zo toont de kiosk het concept. De kiosk zelf heeft deze plaatjes "
                "getekend.</p>\n";
        if (!p.hints.empty()) {
            main += "<h2>Tips voor eenvoudige taal</h2>\n<p>Advies, geen verplichting. U kunt "
                    "de tekst aanpassen via <a href=\"" +
                    escape_html(group_path(p.group)) + "activiteit/" + escape_html(p.activity_id) +
                    "\">de activiteit</a>.</p>\n<ul class=\"tips\">\n";
            for (const PlainLanguageHint& hint : p.hints)
                main += "<li>" + escape_html(hint.message) + "</li>\n";
            main += "</ul>\n";
        }
        for (const std::string& file : p.files) {
            // "home-1920x1080.png" -> what the picture shows, for its alt text.
            const bool home = file.starts_with("home");
            const std::string size =
                file.substr(file.find('-') + 1, file.size() - 4 - file.find('-') - 1);
            const std::string alt = std::string(home ? "Het beginscherm"
                                                     : "Het scherm van de "
                                                       "activiteit") +
                                    " op een kiosk van " + size + " beeldpunten";
            main += "<figure>\n<img src=\"" + escape_html(group_path(p.group)) + "voorbeeld/" +
                    escape_html(file) + "\" alt=\"" + escape_html(alt) + "\">\n<figcaption>" +
                    escape_html(alt) + "</figcaption>\n</figure>\n";
        }
    }
    if (!p.activity_id.empty())
        main += "<p><a href=\"" + escape_html(group_path(p.group)) + "activiteit/" +
                escape_html(p.activity_id) + "\">Terug naar de activiteit</a></p>\n";
    main += publish_form(user, p.group, p.can_publish);
    return page("Voorbeeld", user_bar(user), main);
}

std::string published_page(const DeskUser& user, const PublishedPage& p) {
    std::string main = breadcrumb(p.group);
    if (p.published) {
        main += "<h1>Gepubliceerd</h1>\n<p class=\"gelukt\" role=\"status\">Versie " +
                std::to_string(p.version) + " is gepubliceerd voor kioskgroep " +
                escape_html(p.group) +
                (p.restored_from.empty()
                     ? std::string(".")
                     : ", met de inhoud van versie " + escape_html(p.restored_from) + ".") +
                " De kiosks halen hem op bij hun volgende verbinding, meestal binnen een paar "
                "minuten.</p>\n<p><a href=\"" +
                escape_html(group_path(p.group)) + "\">Zien welke kiosks hem al hebben</a></p>\n";
    } else {
        main += "<h1>Niet gepubliceerd</h1>\n<p class=\"fout\" role=\"alert\">Er is niets "
                "gepubliceerd: de kiosk zou deze inhoud weigeren.</p>\n<ul>\n";
        for (const std::string& problem : p.problems)
            main += "<li>" + escape_html(problem) + "</li>\n";
        main += "</ul>\n<p><a href=\"" + escape_html(group_path(p.group)) +
                "\">Terug naar de kioskgroep</a></p>\n";
    }
    return page(p.published ? "Gepubliceerd" : "Niet gepubliceerd", user_bar(user), main);
}

std::string not_your_group_page(const DeskUser& user, const std::string& group) {
    return page("Geen toegang", user_bar(user),
                "<h1>Geen toegang</h1>\n<p>U werkt niet voor kioskgroep " + escape_html(group) +
                    ". Vraag de beheerder als dat wel zo moet zijn.</p>\n"
                    "<p><a href=\"/desk/\">Naar het overzicht</a></p>\n");
}

} // namespace bk::hub
