// The desk's catalogue pages. Everything that comes from data passes escape_html; the markup of
// fields, errors and the error summary is that of desk_content_pages.cpp.
#include "desk_catalogue_page.h"

#include "buurtkiosk/i18n/catalogue.h"

#include <set>

namespace bk::hub {
namespace {

std::string group_path(const std::string& group) {
    return "/desk/groep/" + group + "/";
}

std::string breadcrumb(const std::string& group) {
    return "<p><a href=\"/desk/\">Overzicht</a> › <a href=\"" + escape_html(group_path(group)) +
           "\">Kioskgroep " + escape_html(group) + "</a></p>\n";
}

std::string error_of(const std::map<std::string, std::string>& errors, const std::string& name) {
    auto it = errors.find(name);
    return it == errors.end() ? "" : it->second;
}

// One text field: its label, a hint, the error (tied with aria-describedby, so a screen reader
// says it with the field) and the input in the language's own direction.
struct TextField {
    std::string name, label, value, hint, language;
};

std::string field_html(const TextField& f, const std::map<std::string, std::string>& errors) {
    const std::string id = escape_html(f.name);
    const std::string error = error_of(errors, f.name);
    std::string html =
        "<p class=\"veld\">\n<label for=\"" + id + "\">" + escape_html(f.label) + "</label>\n";
    std::string described;
    if (!f.hint.empty()) {
        html += "<span id=\"hint-" + id + "\" class=\"hint\">" + escape_html(f.hint) + "</span>\n";
        described = "hint-" + id;
    }
    if (!error.empty()) {
        html += "<span id=\"fout-" + id + "\" class=\"fout\">" + escape_html(error) + "</span>\n";
        described += (described.empty() ? "" : " ") + ("fout-" + id);
    }
    html += "<input id=\"" + id + "\" name=\"" + id + "\"" +
            (described.empty() ? "" : " aria-describedby=\"" + described + "\"") +
            (error.empty() ? "" : " aria-invalid=\"true\"") + " type=\"text\" value=\"" +
            escape_html(f.value) + "\" lang=\"" + escape_html(f.language) + "\"" +
            (f.language == "ar" ? " dir=\"rtl\"" : "") + ">\n";
    return html + "</p>\n";
}

std::string value_of(const CatalogueRow& row, const std::string& category) {
    auto it = row.values.find(category);
    return it == row.values.end() ? "" : it->second;
}

// For which numbers a plural form is: "Bij het getal 1", "Bij 2–4, 22–24, 32–34, …".
std::string number_label(const std::string& language, const std::string& category) {
    const std::string numbers = plural_numbers(language, category);
    if (numbers.empty()) return "Bij andere getallen, zoals 1,5";
    return (numbers.find_first_not_of("0123456789") == std::string::npos ? "Bij het getal "
                                                                         : "Bij ") +
           numbers;
}

// The list of everything wrong, at the top, in the order of the form, each a link to its field
// and saying which text it is about.
std::string error_summary(const std::map<std::string, std::string>& errors,
                          const std::vector<CatalogueRow>& rows, const std::string& language) {
    if (errors.empty()) return "";
    std::string items;
    std::set<std::string> listed;
    if (auto whole = errors.find(""); whole != errors.end()) {
        items += "<li>" + escape_html(whole->second) + "</li>\n";
        listed.insert("");
    }
    for (const CatalogueRow& row : rows)
        for (const std::string& category : row.categories) {
            const std::string name = catalogue_field(row.key, category);
            auto error = errors.find(name);
            if (error == errors.end()) continue;
            listed.insert(name);
            const std::string about =
                category.empty() ? row.dutch
                                 : row.dutch + " (" + number_label(language, category) + ")";
            items += "<li><a href=\"#" + escape_html(name) + "\">" + escape_html(about) + ": " +
                     escape_html(error->second) + "</a></li>\n";
        }
    for (const auto& [name, message] : errors)
        if (!listed.contains(name)) items += "<li>" + escape_html(message) + "</li>\n";
    return "<div class=\"foutoverzicht\" role=\"alert\">\n<h2>Nog niet opgeslagen: " +
           std::to_string(errors.size()) + (errors.size() == 1 ? " ding" : " dingen") +
           " om te verbeteren</h2>\n<ul>\n" + items + "</ul>\n</div>\n";
}

// One key: a field under its Dutch text, or for a text that names a number a fieldset with a
// field per plural form, each saying for which numbers it is.
std::string row_html(const CatalogueRow& row, const std::string& language,
                     const std::map<std::string, std::string>& errors) {
    if (row.categories.size() == 1 && row.categories.front().empty())
        return field_html(
            {catalogue_field(row.key, ""), row.dutch, value_of(row, ""), "", language}, errors);
    std::string html = "<fieldset>\n<legend>" + escape_html(row.dutch) + "</legend>\n";
    for (const std::string& category : row.categories) {
        const std::string dutch = "Nederlands: " + dutch_form_for(language, row.key, category);
        const std::string hint = plural_numbers(language, category).empty()
                                     ? "De kiosk telt in hele getallen en heeft deze vorm bijna "
                                       "nooit nodig. " +
                                           dutch
                                     : dutch;
        html += field_html({catalogue_field(row.key, category), number_label(language, category),
                            value_of(row, category), hint, language},
                           errors);
    }
    return html + "</fieldset>\n";
}

} // namespace

std::string language_name_in_dutch(const std::string& language) {
    static const std::map<std::string, std::string> names{{"nl", "Nederlands"}, {"en", "Engels"},
                                                          {"pl", "Pools"},      {"tr", "Turks"},
                                                          {"uk", "Oekraïens"},  {"ar", "Arabisch"}};
    auto it = names.find(language);
    return it == names.end() ? "" : it->second;
}

std::string catalogue_page(const DeskUser& user, const CataloguePage& p) {
    const std::string name =
        p.language_name.empty() ? language_name_in_dutch(p.language) : p.language_name;
    const std::string title = "Teksten van de kiosk: " + escape_html(name);
    std::string main = breadcrumb(p.group) + "<h1>" + title + "</h1>\n";
    if (!p.message.empty())
        main += "<p class=\"gelukt\" role=\"status\">" + escape_html(p.message) + "</p>\n";
    main += error_summary(p.errors, p.rows, p.language);
    main += "<p>Dit zijn de woorden van de kiosk zelf in het " + escape_html(name) +
            ": de knoppen, vragen en meldingen die bezoekers zien en horen. Elk veld staat onder "
            "de Nederlandse tekst die de kiosk zelf heeft. Laat u een veld leeg, dan gebruikt de "
            "kiosk zijn eigen tekst.</p>\n"
            "<p>Wat tussen accolades staat, zoals {n} of {date}, vult de kiosk zelf in, met een "
            "getal, een datum of een plaats. Laat het staan zoals in het Nederlands.</p>\n"
            "<p>Een tekst met een getal heeft soms meer vormen, zoals \"1 plaats\" en \"2 "
            "plaatsen\". Bij elke vorm staat voor welke getallen hij is.</p>\n"
            "<p>De kiosks zien de nieuwe teksten pas na <strong>Publiceren</strong> op de pagina "
            "van de kioskgroep.</p>\n";
    main += "<form method=\"post\" action=\"" + escape_html(group_path(p.group)) + "taal/" +
            escape_html(p.language) + "\">\n" + hidden_csrf(user.csrf);
    for (const CatalogueRow& row : p.rows)
        main += row_html(row, p.language, p.errors);
    main += "<p><button type=\"submit\">Opslaan</button></p>\n</form>\n";
    return page(title, user_bar(user), main);
}

std::string languages_page(const DeskUser& user, const std::string& group) {
    std::string main = breadcrumb(group) + "<h1>Teksten van de kiosk</h1>\n";
    main += "<p>De woorden van de kiosk zelf: de knoppen, vragen en meldingen, in elke taal van de "
            "kiosk. Kies de taal waarvan u de teksten wilt aanpassen.</p>\n<ul>\n";
    for (const std::string& language : kiosk_languages())
        main += "<li><a href=\"" + escape_html(group_path(group)) + "taal/" +
                escape_html(language) + "\">" + escape_html(language_name_in_dutch(language)) +
                "</a></li>\n";
    return page("Teksten van de kiosk", user_bar(user), main + "</ul>\n");
}

} // namespace bk::hub
