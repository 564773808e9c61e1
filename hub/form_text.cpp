// Helpers the desk's forms share.
#include "form_text.h"

#include "activity_form.h"

#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/domain/trim.h"

#include <algorithm>
#include <cctype>

namespace bk::hub {

using Json = nlohmann::json;

std::string text_in(const Json& object, const char* key) {
    if (!object.is_object() || !object.contains(key)) return "";
    const Json& v = object[key];
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return "";
}

void read_texts(const Json& entry, const char* key, std::map<std::string, std::string>& out) {
    if (!entry.is_object() || !entry.contains(key)) return;
    const Json& v = entry[key];
    if (v.is_string()) out["nl"] = v.get<std::string>();
    if (!v.is_object()) return;
    for (const std::string& language : desk_languages())
        out[language] = text_in(v, language.c_str());
}

Json texts(const std::map<std::string, std::string>& by_language) {
    Json out = Json::object();
    for (const std::string& language : desk_languages()) {
        auto it = by_language.find(language);
        if (it != by_language.end() && !trim(it->second).empty()) out[language] = trim(it->second);
    }
    return out;
}

std::string id_from(const std::string& title, const std::string& fallback) {
    std::string id;
    for (unsigned char c : title) {
        if (std::isalnum(c) && c < 0x80)
            id += static_cast<char>(std::tolower(c));
        else if (!id.empty() && id.back() != '-')
            id += '-';
        if (id.size() >= 40) break;
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id.empty() ? fallback : id;
}

bool id_taken(const Json& others, const std::string& id) {
    return std::any_of(others.begin(), others.end(),
                       [&](const Json& a) { return text_in(a, "id") == id; });
}

std::string unique_id(const std::string& base, const Json& others) {
    std::string id = base;
    for (int n = 2; id_taken(others, id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

bool is_date(const std::string& text) {
    return text.size() == 10 && parse_date(text).has_value();
}

std::size_t character_count(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string unix_lines(std::string text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out += text[i];
            continue;
        }
        out += '\n';
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    return out;
}

std::string form_field_of(const std::string& path, const std::vector<std::string>& texts,
                          const std::vector<std::string>& plain,
                          const std::vector<std::string>& skip) {
    std::string rest = path.substr(std::min(path.size(), path.find(']') + 1));
    if (rest.starts_with(".")) rest.erase(0, 1);
    for (const std::string& prefix : skip)
        if (rest.starts_with(prefix)) rest.erase(0, prefix.size());
    const std::string head = rest.substr(0, rest.find_first_of(".["));
    if (std::find(texts.begin(), texts.end(), head) != texts.end()) {
        std::string language = rest.size() > head.size() ? rest.substr(head.size() + 1) : "nl";
        return head + "_" + language;
    }
    if (std::find(plain.begin(), plain.end(), head) != plain.end()) return head;
    return "";
}

} // namespace bk::hub
