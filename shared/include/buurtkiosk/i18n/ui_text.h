// The kiosk's own words (buttons, headings, messages) per language; content brings its own.
// They come from catalogues (docs/translations.md): the built-in ones, each replaced by the
// bundle's own ui/<language>.json when it has one.
#pragma once
#include "buurtkiosk/i18n/catalogue.h"

#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bk {

using TextValues = std::initializer_list<std::pair<std::string_view, std::string>>;

// The catalogues the screens use, one per language.
class UiTexts {
public:
    // The built-in catalogues, each replaced by the one of `from_bundle` in the same language.
    explicit UiTexts(const std::vector<Catalogue>& from_bundle = {});

    struct Found {
        const CatalogueText* text = nullptr; // nullptr: no catalogue has the key
        std::string_view language;           // where it was found: the plural rule to apply
    };
    // The text in `language`, else in Dutch.
    Found find(std::string_view key, const std::string& language) const;

private:
    std::map<std::string, Catalogue, std::less<>> by_language_;
};

// The kiosk's own Dutch, the reference for every other catalogue; and the other built-in ones.
const Catalogue& builtin_catalogue(std::string_view language);

// Makes `texts` the words of ui_text and ui_plural from now on. Texts handed out before stay
// valid: the catalogues they came from are kept.
void use_ui_texts(std::shared_ptr<const UiTexts> texts);

// `text` with its placeholders filled: {"left", "2"} turns "{left}" into "2".
std::string fill_placeholders(std::string text, TextValues values);

// The text for `key` in `language`, falling back to Dutch. A key no catalogue has gives "" (and
// one line in the log), never the key's name on screen.
const char* ui_text(std::string_view key, const std::string& language);

// ui_text with its placeholders filled: {"left", "2"} turns "{left}" into "2".
std::string ui_text(std::string_view key, const std::string& language, TextValues values);

// The plural form of `key` for the number `n` in `language` ("{n}" filled in with n), so "8
// plaatsen vrij" reads "8 wolnych miejsc" in Polish.
std::string ui_plural(std::string_view key, const std::string& language, long long n,
                      TextValues values = {});

} // namespace bk
