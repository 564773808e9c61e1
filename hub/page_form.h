// The desk's form for one info page: its fields as the editor typed them, turned into an entry
// of pages.json and back, and checked first in Dutch, field by field, then by the kiosk's own
// reading of pages.json (shared/), so the desk accepts exactly what a kiosk accepts.
#pragma once
#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace bk::hub {

struct PageForm {
    std::string id;                           // "" until saved once; then fixed
    std::map<std::string, std::string> title; // language -> text
    std::map<std::string, std::string> body;  // language -> text; a blank line between paragraphs
    std::string icon;                         // a name of page_icons(); "" = none (the kiosk: info)
};

// The form of an entry of pages.json.
PageForm page_form_of(const nlohmann::json& page);
// The form as posted: `field(name)` gives a field's value ("" when absent). Fields: id,
// title_<language>, body_<language>, icon.
PageForm page_form_of(const std::function<std::string(const std::string&)>& field);

struct PageCheck {
    nlohmann::json page;                       // the entry, when `errors` is empty
    std::map<std::string, std::string> errors; // form field name -> Dutch message
};

// Checks `form` as a new or changed entry among `others` (the group's other pages, for a unique
// id). A new form gets its id from its Dutch title.
PageCheck check_page(PageForm form, const nlohmann::json& others);

// The pictogram names a page's icon may have: those the kiosk draws (docs/content-format.md,
// "Pictograms"; kiosk/icons.cpp), in the order of that table.
const std::vector<std::string>& page_icons();

} // namespace bk::hub
