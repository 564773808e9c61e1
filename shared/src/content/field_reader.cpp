// FieldReader: typed access to JSON fields with one plain-English problem per bad field.
#include "buurtkiosk/content/field_reader.h"

#include "buurtkiosk/protocol/bounded_json.h"

namespace bk {

std::string field_path(const std::string& parent, const std::string& key) {
    return parent.empty() ? key : parent + "." + key;
}

std::string item_path(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

const char* json_kind(const Json& value) {
    switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "a list";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "a whole number";
    case Json::value_t::number_float: return "a decimal number";
    default: return "something else";
    }
}

std::optional<Json> parse_json_file(const std::string& file, const std::string& text,
                                    std::vector<BundleProblem>& problems) {
    std::string why;
    auto parsed = parse_bounded_json<Json>(text, kContentJson, why);
    if (!parsed) problems.push_back({file, "", "not valid JSON: " + why});
    return parsed;
}

void FieldReader::problem(const std::string& field, const std::string& message) {
    problems_.push_back({file_, field, message});
}

const Json* FieldReader::find(const Json& object, const std::string& path, const char* key,
                              bool required) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required) problem(field_path(path, key), "is required but missing");
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> FieldReader::string(const Json& object, const std::string& path,
                                               const char* key, bool required) {
    const Json* value = find(object, path, key, required);
    if (!value) return std::nullopt;
    if (!value->is_string()) {
        problem(field_path(path, key), std::string("must be a string, not ") + json_kind(*value));
        return std::nullopt;
    }
    if (required && value->get_ref<const std::string&>().empty()) {
        problem(field_path(path, key), "must not be empty");
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<std::int64_t> FieldReader::integer(const Json& object, const std::string& path,
                                                 const char* key, bool required) {
    const Json* value = find(object, path, key, required);
    if (!value) return std::nullopt;
    if (value->is_number_unsigned() && value->get<std::uint64_t>() > INT64_MAX) {
        problem(field_path(path, key), "is too large");
        return std::nullopt;
    }
    if (!value->is_number_integer()) {
        problem(field_path(path, key),
                std::string("must be a whole number, not ") + json_kind(*value));
        return std::nullopt;
    }
    return value->get<std::int64_t>();
}

std::optional<double> FieldReader::number(const Json& object, const std::string& path,
                                          const char* key) {
    const Json* value = find(object, path, key, false);
    if (!value) return std::nullopt;
    if (!value->is_number()) {
        problem(field_path(path, key), std::string("must be a number, not ") + json_kind(*value));
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<LocalizedText> FieldReader::text(const Json& object, const std::string& path,
                                               const char* key, bool required) {
    const Json* value = find(object, path, key, required);
    if (!value) return std::nullopt;
    const std::string here = field_path(path, key);
    LocalizedText text;
    if (value->is_string()) {
        if (value->get_ref<const std::string&>().empty()) {
            problem(here, "must not be empty");
            return std::nullopt;
        }
        text.by_language["nl"] = value->get<std::string>();
        return text;
    }
    if (!value->is_object()) {
        problem(here,
                std::string("must be a text or an object of languages, not ") + json_kind(*value));
        return std::nullopt;
    }
    bool ok = true;
    for (const auto& [language, translation] : value->items()) {
        if (!translation.is_string()) {
            problem(field_path(here, language),
                    std::string("must be a string, not ") + json_kind(translation));
            ok = false;
        } else if (!translation.get_ref<const std::string&>().empty()) {
            text.by_language[language] = translation.get<std::string>();
        }
    }
    if (ok && !text.by_language.count("nl")) {
        problem(field_path(here, "nl"), "Dutch text is required");
        ok = false;
    }
    return ok ? std::optional<LocalizedText>(text) : std::nullopt;
}

std::optional<Date> FieldReader::date(const Json& object, const std::string& path, const char* key,
                                      bool required) {
    std::optional<std::string> value = string(object, path, key, required);
    if (!value) return std::nullopt;
    std::optional<Date> date = parse_date(*value);
    if (!date) problem(field_path(path, key), "\"" + *value + "\" is not a date YYYY-MM-DD");
    return date;
}

std::optional<TimeOfDay> FieldReader::time(const Json& object, const std::string& path,
                                           const char* key, bool required) {
    std::optional<std::string> value = string(object, path, key, required);
    if (!value) return std::nullopt;
    std::optional<TimeOfDay> time = parse_time(*value);
    if (!time || value->size() != 5)
        problem(field_path(path, key), "\"" + *value + "\" is not a time HH:MM");
    return value->size() == 5 ? time : std::nullopt;
}

std::optional<bool> FieldReader::flag(const Json& object, const std::string& path,
                                      const char* key) {
    const Json* value = find(object, path, key, false);
    if (!value || value->is_null()) return false;
    if (!value->is_boolean()) {
        problem(field_path(path, key),
                std::string("must be true or false, not ") + json_kind(*value));
        return std::nullopt;
    }
    return value->get<bool>();
}

const Json* FieldReader::object(const Json& object, const std::string& path, const char* key,
                                bool required) {
    const Json* value = find(object, path, key, required);
    if (value && !value->is_object()) {
        problem(field_path(path, key), std::string("must be an object, not ") + json_kind(*value));
        return nullptr;
    }
    return value;
}

const Json* FieldReader::array(const Json& object, const std::string& path, const char* key,
                               bool required) {
    const Json* value = find(object, path, key, required);
    if (value && !value->is_array()) {
        problem(field_path(path, key), std::string("must be a list, not ") + json_kind(*value));
        return nullptr;
    }
    return value;
}

} // namespace bk
