#include "buurtkiosk/content/catalogue_file.h"

#include "buurtkiosk/content/field_reader.h"

#include <algorithm>
#include <set>

namespace bk {

namespace {

// One entry: a string, or an object with a string per plural category of `language`.
std::optional<CatalogueText> read_text(const Json& value, const std::string& language,
                                       const std::string& key, FieldReader& reader) {
    CatalogueText text;
    if (value.is_string()) {
        text.forms[PluralCategory::Other] = value.get<std::string>();
        return text;
    }
    if (!value.is_object()) {
        reader.problem(key, "must be a text, or an object with a text per plural form");
        return std::nullopt;
    }
    text.plural = true;
    for (const auto& [name, form] : value.items()) {
        auto category = parse_plural_category(name);
        if (!category || !form.is_string()) {
            reader.problem(key, "\"" + name +
                                    "\" is not a plural form with a text (zero, one, two, few, "
                                    "many or other)");
            return std::nullopt;
        }
        text.forms[*category] = form.get<std::string>();
    }
    for (PluralCategory needed : plural_categories(language))
        if (!text.forms.contains(needed)) {
            reader.problem(key, "has no \"" + std::string(plural_category_name(needed)) +
                                    "\" form, which " + language + " needs");
            return std::nullopt;
        }
    return text;
}

// A text may use only the placeholders the kiosk fills in for that key, and must be as plain or
// as plural as the Dutch one.
bool fits_reference(const CatalogueText& text, const CatalogueText& dutch, const std::string& key,
                    FieldReader& reader) {
    if (text.plural != dutch.plural) {
        reader.problem(key, dutch.plural ? "must have a text per plural form, as in Dutch"
                                         : "must be one text, as in Dutch");
        return false;
    }
    const std::set<std::string> allowed = placeholder_set(dutch);
    for (const std::string& name : placeholder_set(text))
        if (!allowed.contains(name)) {
            reader.problem(key, "has the placeholder {" + name +
                                    "}, which the kiosk does not fill in here");
            return false;
        }
    return true;
}

} // namespace

std::set<std::string> placeholder_set(const CatalogueText& text) {
    std::set<std::string> names;
    for (const auto& [category, form] : text.forms)
        for (auto& name : placeholders(form))
            names.insert(std::move(name));
    return names;
}

std::string catalogue_language(const std::string& path) {
    if (!path.starts_with("ui/") || !path.ends_with(".json")) return {};
    std::string name = path.substr(3, path.size() - 3 - 5);
    return name.find('/') == std::string::npos ? name : std::string{};
}

std::optional<Catalogue> read_catalogue(const std::string& file, const std::string& text,
                                        const Catalogue* reference,
                                        std::vector<BundleProblem>& problems) {
    std::optional<Json> root = parse_json_file(file, text, problems);
    if (!root) return std::nullopt;
    FieldReader reader(file, problems);
    if (!root->is_object()) {
        reader.problem("", "must be a JSON object with \"language\" and \"texts\"");
        return std::nullopt;
    }
    auto language = reader.string(*root, "", "language", true);
    const Json* texts = reader.object(*root, "", "texts", true);
    if (!language || !texts) return std::nullopt;
    const auto& known = kiosk_languages();
    if (std::find(known.begin(), known.end(), *language) == known.end()) {
        reader.problem("language", "\"" + *language +
                                       "\" is not one of the kiosk's languages (nl, en, pl, tr, "
                                       "uk, ar)");
        return std::nullopt;
    }
    const std::string named = catalogue_language(file);
    if (!named.empty() && named != *language) {
        reader.problem("language",
                       "is \"" + *language + "\" but the file is named for \"" + named + "\"");
        return std::nullopt;
    }

    Catalogue catalogue{*language, {}};
    for (const auto& [key, value] : texts->items()) {
        const std::string path = field_path("texts", key);
        const CatalogueText* dutch = nullptr;
        if (reference) {
            auto found = reference->texts.find(key);
            if (found == reference->texts.end()) {
                reader.problem(path, "is not a text the kiosk knows; left out");
                continue;
            }
            dutch = &found->second;
        }
        auto read = read_text(value, *language, path, reader);
        if (!read || (dutch && !fits_reference(*read, *dutch, path, reader))) continue;
        catalogue.texts.emplace(key, std::move(*read));
    }
    if (reference) {
        std::string missing;
        std::size_t count = 0;
        for (const auto& [key, dutch] : reference->texts)
            if (!texts->contains(key)) {
                if (++count <= 10) missing += (missing.empty() ? "" : ", ") + key;
            }
        if (count > 0)
            reader.problem("texts", std::to_string(count) + " text" + (count == 1 ? "" : "s") +
                                        " missing, shown in Dutch: " + missing +
                                        (count > 10 ? ", ..." : ""));
    }
    return catalogue;
}

} // namespace bk
