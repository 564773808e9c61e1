// One language's words for the kiosk's own screens (buttons, questions, messages): the texts of
// a ui/<language>.json file. Content (activities, pages) brings its own translations.
#pragma once
#include "buurtkiosk/i18n/plural_rules.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace bk {

// A text, or a text per plural category for one that names a number ("{n} plaatsen vrij").
struct CatalogueText {
    std::map<PluralCategory, std::string> forms; // a plain text is its "other" form only
    bool plural = false;
};

struct Catalogue {
    std::string language; // "pl"
    std::map<std::string, CatalogueText, std::less<>> texts;
};

// The languages the kiosk has words for, Dutch first: "nl", "en", "pl", "tr", "uk", "ar".
const std::vector<std::string>& kiosk_languages();

// The names between braces in `text`: "Met {n} personen" -> {"n"}.
std::vector<std::string> placeholders(std::string_view text);

} // namespace bk
