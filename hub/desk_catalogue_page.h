// The desk's pages for the kiosk's own words (hub/catalogue_form.h), as HTML, Dutch: the six
// languages to choose from, and one language's texts as a form, each field labelled with the
// built-in Dutch text.
#pragma once
#include "catalogue_form.h"
#include "desk_layout.h"

#include <map>
#include <string>
#include <vector>

namespace bk::hub {

struct CataloguePage {
    std::string group;
    std::string language;      // "pl"
    std::string language_name; // "Pools"; "" gives the desk's own name for `language`
    std::vector<CatalogueRow> rows;
    std::map<std::string, std::string> errors; // form field ("" for the form) -> Dutch message
    std::string message;                       // a note above the form ("Opgeslagen."), or ""
};

// The form posted to /desk/groep/<group>/taal/<language>, with the fields of check_catalogue.
std::string catalogue_page(const DeskUser& user, const CataloguePage& page);

// Links to /desk/groep/<group>/taal/<language> for the kiosk's six languages.
std::string languages_page(const DeskUser& user, const std::string& group);

// "pl" -> "Pools"; "" for a language the kiosk does not have.
std::string language_name_in_dutch(const std::string& language);

} // namespace bk::hub
