// PageForm: between the desk's form fields and an entry of pages.json.
#include "page_form.h"

#include "activity_form.h"
#include "form_text.h"

#include "buurtkiosk/content/content_files.h"
#include "buurtkiosk/content/field_reader.h"
#include "buurtkiosk/domain/content.h"
#include "buurtkiosk/domain/trim.h"

#include <algorithm>

namespace bk::hub {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kTitleLength = 80;
constexpr std::size_t kBodyLength = 6000;

// The checks an editor understands, in Dutch, before the kiosk's own reading.
void check_fields(const PageForm& f, std::map<std::string, std::string>& errors) {
    auto title = f.title.find("nl");
    if (title == f.title.end() || trim(title->second).empty())
        errors["title_nl"] = "Geef de pagina een titel in het Nederlands.";
    for (const auto& [language, text] : f.title)
        if (character_count(trim(text)) > kTitleLength)
            errors["title_" + language] = "Houd de titel kort: hoogstens 80 tekens.";
    auto body = f.body.find("nl");
    if (body == f.body.end() || trim(body->second).empty())
        errors["body_nl"] = "Schrijf de tekst van de pagina in het Nederlands.";
    for (const auto& [language, text] : f.body)
        if (character_count(trim(text)) > kBodyLength)
            errors["body_" + language] = "Deze tekst is te lang: hoogstens 6000 tekens. Maak er "
                                         "liever twee pagina's van.";
    const std::vector<std::string>& icons = page_icons();
    if (!f.icon.empty() && std::find(icons.begin(), icons.end(), f.icon) == icons.end())
        errors["icon"] = "\"" + f.icon + "\" kent de kiosk niet. Kies een plaatje uit de lijst.";
}

Json entry_of(const PageForm& f) {
    Json p{{"id", f.id}};
    if (!f.icon.empty()) p["icon"] = f.icon;
    p["title"] = texts(f.title);
    p["body"] = texts(f.body);
    return p;
}

} // namespace

const std::vector<std::string>& page_icons() {
    // No list in shared/ to take: the kiosk's is a map of glyphs in kiosk/icons.cpp, which the
    // hub does not link. Keep this the same as the table in docs/content-format.md.
    static const std::vector<std::string> icons{"home",
                                                "groups",
                                                "people",
                                                "euro",
                                                "account_balance_wallet",
                                                "privacy_tip",
                                                "info",
                                                "help",
                                                "support_agent",
                                                "phone",
                                                "call",
                                                "chat",
                                                "event",
                                                "schedule",
                                                "place",
                                                "local_cafe",
                                                "restaurant",
                                                "palette",
                                                "directions_walk",
                                                "child_care",
                                                "family_restroom",
                                                "menu_book",
                                                "health_and_safety",
                                                "work",
                                                "volunteer_activism",
                                                "campaign"};
    return icons;
}

PageForm page_form_of(const Json& p) {
    PageForm f;
    f.id = text_in(p, "id");
    read_texts(p, "title", f.title);
    read_texts(p, "body", f.body);
    f.icon = text_in(p, "icon");
    return f;
}

PageForm page_form_of(const std::function<std::string(const std::string&)>& field) {
    PageForm f;
    f.id = field("id");
    for (const std::string& language : desk_languages()) {
        f.title[language] = field("title_" + language);
        f.body[language] = unix_lines(field("body_" + language));
    }
    f.icon = trim(field("icon"));
    return f;
}

PageCheck check_page(PageForm form, const Json& others) {
    PageCheck check;
    check_fields(form, check.errors);
    if (!check.errors.empty()) return check;
    if (form.id.empty()) form.id = unique_id(id_from(form.title["nl"], "pagina"), others);
    Json entry = entry_of(form);

    // The kiosk's own reading, on this one entry among none: what it refuses, the desk refuses.
    std::vector<BundleProblem> problems;
    FieldReader reader("pages.json", problems);
    std::vector<InfoPage> read;
    read_pages_file(Json{{"pages", Json::array({entry})}}, reader, read);
    for (const BundleProblem& p : problems) {
        std::string& message =
            check.errors[form_field_of(p.field, {"title", "body"}, {"id", "icon"})];
        if (message.empty()) message = "De kiosk weigert dit: " + p.message;
    }
    if (check.errors.empty()) check.page = entry;
    return check;
}

} // namespace bk::hub
