// Words are compared in lower case; a title matches a word only as a whole word.
#include "ics_categories.h"

#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/bounded_json.h"

#include <cctype>

namespace bk::hub {
namespace {

std::string lower(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
}

bool has_word(const std::string& text, const std::string& word) {
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        bool starts = at == 0 || !is_word_char(text[at - 1]);
        std::size_t end = at + word.size();
        if (starts && (end == text.size() || !is_word_char(text[end]))) return true;
    }
    return false;
}

} // namespace

IcsCategories::IcsCategories() {
    const std::pair<Category, std::vector<const char*>> builtin[] = {
        {Category::Ontmoeting,
         {"ontmoeting", "ontmoeten", "koffie", "koffieochtend", "inloop", "buurtkamer", "taalcafé",
          "taalcafe", "spelletjes", "meeting", "social"}},
        {Category::Eten,
         {"eten", "maaltijd", "diner", "lunch", "ontbijt", "koken", "soep", "food", "meal",
          "dinner"}},
        {Category::Creatief,
         {"creatief", "knutselen", "handwerken", "breien", "schilderen", "tekenen", "muziek",
          "zingen", "koor", "craft", "art", "music"}},
        {Category::Bewegen,
         {"bewegen", "sport", "yoga", "wandelen", "gym", "gymnastiek", "fietsen", "dansen",
          "fitness", "walking", "exercise"}},
        {Category::HulpEnAdvies,
         {"hulp", "advies", "hulp en advies", "spreekuur", "sociaal team", "formulieren",
          "geldzaken", "budget", "digicafé", "digicafe", "help", "advice"}},
        {Category::Kinderen,
         {"kinderen", "kind", "kids", "jeugd", "peuters", "kinderdisco", "children", "family"}},
    };
    for (const auto& [category, words] : builtin)
        for (const char* word : words)
            words_[word] = category;
}

std::optional<IcsCategories> IcsCategories::with_file(const std::filesystem::path& file,
                                                      std::string& why) {
    const std::string name = file.filename().string();
    auto bytes = read_file(file);
    if (!bytes) {
        why = "cannot read " + file.string();
        return std::nullopt;
    }
    std::string problem;
    auto json = parse_bounded_json<nlohmann::json>(*bytes, kContentJson, problem);
    if (!json || !json->is_object()) {
        why = name + ": not a JSON object" + (problem.empty() ? "" : " (" + problem + ")");
        return std::nullopt;
    }
    IcsCategories map;
    auto category = [&](const nlohmann::json& value,
                        const std::string& where) -> std::optional<Category> {
        auto found = value.is_string() ? parse_category(value.get<std::string>()) : std::nullopt;
        if (!found)
            why = name + ": " + where + ": " + value.dump() +
                  " is not a category (ontmoeting, eten, creatief, bewegen, hulp-en-advies, "
                  "kinderen)";
        return found;
    };
    if (json->contains("default")) {
        auto found = category((*json)["default"], "default");
        if (!found) return std::nullopt;
        map.default_ = *found;
    }
    if (json->contains("words")) {
        const auto& words = (*json)["words"];
        if (!words.is_object()) {
            why = name + ": words must be an object of \"word\": \"category\"";
            return std::nullopt;
        }
        for (const auto& [word, value] : words.items()) {
            auto found = category(value, "words.\"" + word + "\"");
            if (!found) return std::nullopt;
            map.words_[lower(word)] = *found;
        }
    }
    return map;
}

Category IcsCategories::of(const std::vector<std::string>& categories, const std::string& title,
                           bool& matched) const {
    matched = true;
    for (const std::string& given : categories) {
        std::string word = lower(given);
        if (auto found = words_.find(word); found != words_.end()) return found->second;
        if (auto id = parse_category(word)) return *id;
    }
    const std::string text = lower(title);
    for (const auto& [word, category] : words_)
        if (has_word(text, word)) return category;
    matched = false;
    return default_;
}

} // namespace bk::hub
