// Reading a ui/<language>.json catalogue, checked against the kiosk's own Dutch one.
#pragma once
#include "buurtkiosk/content/bundle.h"
#include "buurtkiosk/i18n/catalogue.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bk {

// {"language": "pl", "texts": {"back": "Wstecz", "places_left": {"one": ..., "few": ...}}}
// Every problem is recorded with the file and the key, and only that key is left out (the kiosk
// then shows it in Dutch): a text with a placeholder the Dutch one does not have, a plural entry
// without a category its language needs, a key the kiosk does not know. A key missing from the
// file is one problem listing all of them. Gives nothing when the file as a whole is unusable
// (not JSON, no "texts", a language that is not the file's name or not one of the kiosk's).
// `reference` is the kiosk's built-in Dutch; reading the built-in Dutch itself passes nullptr.
std::optional<Catalogue> read_catalogue(const std::string& file, const std::string& text,
                                        const Catalogue* reference,
                                        std::vector<BundleProblem>& problems);

// The placeholders of every form of `text` ({"count", "place"}): a translation must have the
// Dutch text's, in any form (the desk checks it too, hub/catalogue_form.cpp).
std::set<std::string> placeholder_set(const CatalogueText& text);

// "ui/pl.json" -> "pl"; "" when `path` is not a catalogue's path.
std::string catalogue_language(const std::string& path);

} // namespace bk
