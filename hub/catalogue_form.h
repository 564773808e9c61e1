// The desk's form for the kiosk's own words (docs/translations.md): one language's catalogue
// (ui/<language>.json) as rows of form fields and back, checked first in Dutch, field by field,
// then by the kiosk's own reading of the file (read_catalogue, against the built-in Dutch), so
// the desk writes exactly what a kiosk accepts. Dutch itself may be edited too: its reference is
// the built-in Dutch.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bk::hub {

struct CatalogueRow {
    std::string key;
    // The built-in Dutch text; for a plural key its forms, "één: {n} plaats vrij; meer: {n}
    // plaatsen vrij".
    std::string dutch;
    // {""} for a plain text; else the plural categories the language needs, in CLDR's order
    // ("one", "few", "many", "other" for pl).
    std::vector<std::string> categories;
    // category ("" for a plain text) -> the text in use for the language.
    std::map<std::string, std::string> values;
};

// The rows for `language` (one of the kiosk's six, "nl" included), in the order of the built-in
// Dutch catalogue's keys: the values of `draft_file` (the draft's ui/<language>.json) where it is
// readable and has the key in the right shape, else the kiosk's built-in text. A text of the
// draft is shown as it is even when it has a problem, so the editor can mend it. Nothing for a
// language the kiosk does not have.
std::vector<CatalogueRow> catalogue_rows(const std::string& language,
                                         const std::optional<std::string>& draft_file);

// The rows as posted (`field(name)`, "" when absent), to show the form again with its errors:
// the typed texts as typed, an empty field as the built-in text.
std::vector<CatalogueRow>
posted_catalogue_rows(const std::string& language,
                      const std::function<std::string(const std::string&)>& field);

// Form field names: "t_<key>" for a plain text, "t_<key>__<category>" for a plural form.
std::string catalogue_field(const std::string& key, const std::string& category);

struct CatalogueCheck {
    std::string file_text;                     // ui/<language>.json, when `errors` is empty
    std::map<std::string, std::string> errors; // form field name ("" for the form) -> Dutch
};

// The posted form as ui/<language>.json: every key of the Dutch catalogue, every plural form the
// language needs; an empty field is the language's built-in text (so the file is always
// complete). Refused, with a Dutch message at the field: a placeholder the Dutch text does not
// have, or one it has left out (the count {n} may be left out only in a form for exactly one
// number, "1 minuut"), characters that are not text (control characters, no UTF-8), more than
// kCatalogueTextLength characters, an hours list (spoken_hours) that is not 24 words. Then
// read_catalogue has the last word; its remaining problems are shown in English.
CatalogueCheck check_catalogue(const std::string& language,
                               const std::function<std::string(const std::string&)>& field);

inline constexpr std::size_t kCatalogueTextLength = 1000;

// The whole numbers that take plural `category` in `language`, for a label: "1", "2–4, 22–24,
// 32–34, …", "0, 2 en meer"; "" for a form no whole number takes (Polish "other", for 1,5).
std::string plural_numbers(const std::string& language, const std::string& category);

// The built-in Dutch form of plural `key` for the numbers that take `category` in `language`
// (Polish "few", 2-4: the Dutch "other" form): what a translator compares with.
std::string dutch_form_for(const std::string& language, const std::string& key,
                           const std::string& category);

} // namespace bk::hub
