// The catalogue form: between the desk's fields and a ui/<language>.json file.
#include "catalogue_form.h"

#include "form_text.h"

#include "buurtkiosk/content/catalogue_file.h"
#include "buurtkiosk/domain/trim.h"
#include "buurtkiosk/i18n/catalogue.h"
#include "buurtkiosk/i18n/plural_rules.h"
#include "buurtkiosk/i18n/ui_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace bk::hub {
namespace {

using Field = std::function<std::string(const std::string&)>;

// Plural categories are told apart over these numbers: every rule of plural_rules.h repeats
// within a hundred, and 100-102 (Arabic "other") lie inside.
constexpr long long kNumbersLooked = 1000;
constexpr std::size_t kRangesShown = 3;
// The hours the kiosk says by name (shared/src/speech/catalogue_speech_rules.cpp): 0 to 23.
constexpr std::size_t kHourWords = 24;

const Catalogue& dutch() {
    return builtin_catalogue("nl");
}

bool known_language(const std::string& language) {
    const auto& known = kiosk_languages();
    return std::find(known.begin(), known.end(), language) != known.end();
}

std::string file_of(const std::string& language) {
    return "ui/" + language + ".json";
}

std::vector<std::string> categories_of(const std::string& language, const CatalogueText& text) {
    if (!text.plural) return {""};
    std::vector<std::string> names;
    for (PluralCategory category : plural_categories(language))
        names.emplace_back(plural_category_name(category));
    return names;
}

// The form of `text` for `category` ("" for a plain text's only one), or "".
std::string form_of(const CatalogueText& text, const std::string& category) {
    const auto parsed = category.empty() ? PluralCategory::Other : parse_plural_category(category);
    if (!parsed) return {};
    auto form = text.forms.find(*parsed);
    return form == text.forms.end() ? std::string() : form->second;
}

std::vector<long long> numbers_of(const std::string& language, PluralCategory category) {
    std::vector<long long> numbers;
    for (long long n = 0; n < kNumbersLooked; ++n)
        if (plural_category(language, n) == category) numbers.push_back(n);
    return numbers;
}

std::vector<long long> numbers_of(const std::string& language, const std::string& category) {
    const auto parsed = parse_plural_category(category);
    return parsed ? numbers_of(language, *parsed) : std::vector<long long>{};
}

// The text of `key` for `category` in the kiosk's built-in catalogue of `language`; a key that
// catalogue lacks takes the built-in Dutch for the same numbers.
std::string builtin_form(const std::string& language, const std::string& key,
                         const std::string& category) {
    const Catalogue& own = builtin_catalogue(language);
    if (auto text = own.texts.find(key); text != own.texts.end()) {
        std::string form = form_of(text->second, category);
        if (!form.empty()) return form;
    }
    return category.empty() ? form_of(dutch().texts.at(key), "")
                            : dutch_form_for(language, key, category);
}

const char* category_in_dutch(PluralCategory category) {
    switch (category) {
    case PluralCategory::Zero: return "nul";
    case PluralCategory::One: return "één";
    case PluralCategory::Two: return "twee";
    case PluralCategory::Few: return "enkele";
    case PluralCategory::Many: return "veel";
    case PluralCategory::Other: return "meer";
    }
    return "";
}

// "één: {n} plaats vrij; meer: {n} plaatsen vrij".
std::string joined_dutch(const CatalogueText& text) {
    if (!text.plural) return form_of(text, "");
    std::string joined;
    for (const auto& [category, form] : text.forms)
        joined +=
            (joined.empty() ? "" : "; ") + std::string(category_in_dutch(category)) + ": " + form;
    return joined;
}

// "{a}", "{a} en {b}", "{a}, {b} en {c}".
std::string listed(const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i == 0 ? "" : i + 1 == names.size() ? " en " : ", ") + ("{" + names[i] + "}");
    return text;
}

// "nul, een, twee" -> 3, as the kiosk's speech splits it: at commas, empty pieces left out.
std::size_t word_count(const std::string& list) {
    std::size_t count = 0;
    std::size_t begin = 0;
    while (begin <= list.size()) {
        const std::size_t comma = std::min(list.find(',', begin), list.size());
        if (!trim(std::string_view(list).substr(begin, comma - begin)).empty()) ++count;
        begin = comma + 1;
    }
    return count;
}

bool is_utf8(const std::string& text) {
    try {
        (void)nlohmann::json(text).dump();
        return true;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

// What an editor should mend in `text`, the typed form `category` of `key`, or "".
std::string text_error(const std::string& language, const std::string& key,
                       const std::string& category, const std::string& text,
                       const CatalogueText& dutch_text) {
    if (!is_utf8(text))
        return "Hier staan tekens die de kiosk niet als tekst kan lezen. Typ de tekst opnieuw.";
    if (std::any_of(text.begin(), text.end(),
                    [](unsigned char c) { return c < 0x20 || c == 0x7f; }))
        return "Hier staat een onzichtbaar teken, zoals een tab of een nieuwe regel. Haal het weg.";
    if (character_count(text) > kCatalogueTextLength)
        return "Deze tekst is te lang: hoogstens " + std::to_string(kCatalogueTextLength) +
               " tekens.";

    const std::set<std::string> allowed = placeholder_set(dutch_text);
    const std::vector<std::string> used = placeholders(text);
    for (const std::string& name : used)
        if (!allowed.contains(name))
            return allowed.empty() ? "De kiosk vult hier niets in: haal {" + name + "} weg."
                                   : "De kiosk vult {" + name + "} hier niet in. Gebruik alleen " +
                                         listed({allowed.begin(), allowed.end()}) +
                                         ", zoals in het Nederlands.";
    // Every placeholder of the Dutch text; the count may be written out only in a form that is
    // for one number ("1 minuut", Polish "1 minutę"), not in one that is for 1, 21, 31 ...
    std::vector<std::string> missing;
    for (const std::string& name : allowed) {
        if (std::find(used.begin(), used.end(), name) != used.end()) continue;
        if (name == "n" && !category.empty() && numbers_of(language, category).size() == 1)
            continue;
        missing.push_back(name);
    }
    if (!missing.empty())
        return "Hier " + std::string(missing.size() == 1 ? "hoort " : "horen ") + listed(missing) +
               " in te staan, zoals in het Nederlands.";

    if (key == "spoken_hours" || key == "spoken_hours_from") {
        const std::size_t count = word_count(text);
        if (count != kHourWords)
            return "Schrijf hier de 24 uren, van 0 tot en met 23, als woorden met een komma "
                   "ertussen. Nu zijn het er " +
                   std::to_string(count) + ".";
    }
    return {};
}

// The form field a problem of read_catalogue belongs to: "texts.back" -> "t_back"; for a plural
// text the form the message names ("few") or the one with the placeholder it names.
std::string field_of(const BundleProblem& problem, const std::string& language,
                     const nlohmann::ordered_json& entries) {
    const std::string prefix = "texts.";
    if (!problem.field.starts_with(prefix)) return {};
    const std::string key = problem.field.substr(prefix.size());
    auto dutch_text = dutch().texts.find(key);
    if (dutch_text == dutch().texts.end()) return {};
    const std::vector<std::string> categories = categories_of(language, dutch_text->second);
    if (!dutch_text->second.plural) return catalogue_field(key, "");
    for (const std::string& category : categories)
        if (problem.message.find("\"" + category + "\"") != std::string::npos)
            return catalogue_field(key, category);
    for (const std::string& category : categories) {
        const auto form = entries.find(key);
        if (form == entries.end() || !form->is_object() || !form->contains(category)) continue;
        const std::string text = (*form)[category].get<std::string>();
        for (const std::string& name : placeholders(text))
            if (problem.message.find("{" + name + "}") != std::string::npos)
                return catalogue_field(key, category);
    }
    return catalogue_field(key, categories.front());
}

// The rows of `language` with `value(key, category)` as the text of each form, or the built-in
// text where it gives "".
std::vector<CatalogueRow>
rows_of(const std::string& language,
        const std::function<std::string(const std::string&, const std::string&)>& value) {
    std::vector<CatalogueRow> rows;
    if (!known_language(language)) return rows;
    for (const auto& [key, text] : dutch().texts) {
        CatalogueRow row{key, joined_dutch(text), categories_of(language, text), {}};
        for (const std::string& category : row.categories) {
            std::string given = value(key, category);
            row.values[category] = given.empty() ? builtin_form(language, key, category) : given;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

std::string catalogue_field(const std::string& key, const std::string& category) {
    return "t_" + key + (category.empty() ? "" : "__" + category);
}

std::string plural_numbers(const std::string& language, const std::string& category) {
    const std::vector<long long> numbers = numbers_of(language, category);
    std::vector<std::pair<long long, long long>> ranges;
    for (long long n : numbers)
        if (!ranges.empty() && ranges.back().second + 1 == n)
            ranges.back().second = n;
        else
            ranges.emplace_back(n, n);
    std::string text;
    for (std::size_t i = 0; i < ranges.size() && i < kRangesShown; ++i) {
        const auto [first, last] = ranges[i];
        text += i == 0 ? "" : ", ";
        if (last == kNumbersLooked - 1) return text + std::to_string(first) + " en meer";
        text += std::to_string(first);
        if (last > first) text += (last == first + 1 ? ", " : "–") + std::to_string(last);
    }
    return ranges.size() > kRangesShown ? text + ", …" : text;
}

std::string dutch_form_for(const std::string& language, const std::string& key,
                           const std::string& category) {
    auto text = dutch().texts.find(key);
    if (text == dutch().texts.end()) return {};
    const std::vector<long long> numbers = numbers_of(language, category);
    const PluralCategory in_dutch =
        numbers.empty() ? PluralCategory::Other : plural_category("nl", numbers.front());
    auto form = text->second.forms.find(in_dutch);
    if (form == text->second.forms.end()) form = text->second.forms.find(PluralCategory::Other);
    return form == text->second.forms.end() ? std::string() : form->second;
}

std::vector<CatalogueRow> catalogue_rows(const std::string& language,
                                         const std::optional<std::string>& draft_file) {
    // The draft's file read without the Dutch reference: a text with a wrong placeholder is still
    // shown, and refused with its reason when saved. A file that is not readable as a whole, or a
    // text not as plain or plural as the Dutch one, gives the built-in texts.
    std::optional<Catalogue> draft;
    if (draft_file && known_language(language)) {
        std::vector<BundleProblem> problems;
        draft = read_catalogue(file_of(language), *draft_file, nullptr, problems);
    }
    return rows_of(language, [&](const std::string& key, const std::string& category) {
        if (!draft) return std::string();
        auto text = draft->texts.find(key);
        if (text == draft->texts.end() || text->second.plural != !category.empty())
            return std::string();
        return form_of(text->second, category);
    });
}

std::vector<CatalogueRow> posted_catalogue_rows(const std::string& language, const Field& field) {
    return rows_of(language, [&](const std::string& key, const std::string& category) {
        return trim(field(catalogue_field(key, category)));
    });
}

CatalogueCheck check_catalogue(const std::string& language, const Field& field) {
    CatalogueCheck check;
    if (!known_language(language)) {
        check.errors[""] = "De kiosk heeft geen teksten in de taal \"" + language + "\".";
        return check;
    }
    // The file in the Dutch catalogue's order, each plural text's forms in CLDR's order.
    nlohmann::ordered_json entries = nlohmann::ordered_json::object();
    for (const auto& [key, dutch_text] : dutch().texts) {
        nlohmann::ordered_json entry =
            dutch_text.plural ? nlohmann::ordered_json::object() : nlohmann::ordered_json();
        for (const std::string& category : categories_of(language, dutch_text)) {
            const std::string name = catalogue_field(key, category);
            const std::string typed = trim(field(name));
            const std::string builtin = builtin_form(language, key, category);
            // The kiosk's own text is what it shows already: only a changed one is checked here.
            if (!typed.empty() && typed != builtin) {
                std::string error = text_error(language, key, category, typed, dutch_text);
                if (!error.empty()) check.errors[name] = std::move(error);
            }
            const std::string& value = typed.empty() ? builtin : typed;
            if (category.empty())
                entry = value;
            else
                entry[category] = value;
        }
        entries[key] = std::move(entry);
    }
    if (!check.errors.empty()) return check;

    const std::string file =
        nlohmann::ordered_json{{"language", language}, {"texts", entries}}.dump(2) + "\n";
    // The kiosk's own reading, against its built-in Dutch: what it leaves out, the desk refuses.
    std::vector<BundleProblem> problems;
    const auto read = read_catalogue(file_of(language), file, &dutch(), problems);
    for (const BundleProblem& problem : problems) {
        const std::string name = field_of(problem, language, entries);
        std::string& message = check.errors[name];
        if (message.empty())
            message = name.empty() ? "De kiosk weigert dit bestand: " + problem.to_string()
                                   : "De kiosk weigert dit: " + problem.message;
    }
    if (!read && check.errors.empty()) check.errors[""] = "De kiosk kan dit bestand niet lezen.";
    if (check.errors.empty()) check.file_text = file;
    return check;
}

} // namespace bk::hub
