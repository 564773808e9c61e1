// Reading one bundle file's JSON field by field, recording a BundleProblem for every field that
// is missing or of the wrong kind instead of stopping at the first.
#pragma once
#include "buurtkiosk/content/bundle.h"
#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/domain/localized_text.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bk {

using Json = nlohmann::json;

// "activities[3]" + "weekly" -> "activities[3].weekly"; "" + "format" -> "format".
std::string field_path(const std::string& parent, const std::string& key);
std::string item_path(const std::string& parent, std::size_t index);

// Parses JSON text without throwing; on failure records "not valid JSON: ..." and returns null.
std::optional<Json> parse_json_file(const std::string& file, const std::string& text,
                                    std::vector<BundleProblem>& problems);

class FieldReader {
public:
    FieldReader(std::string file, std::vector<BundleProblem>& problems)
        : file_(std::move(file)), problems_(problems) {}

    void problem(const std::string& field, const std::string& message);
    const std::string& file() const { return file_; }

    // Each getter looks up `key` in `object` (field path `path`.`key`); a missing required key
    // or a value of the wrong type is recorded and gives nullopt / nullptr.
    std::optional<std::string> string(const Json& object, const std::string& path, const char* key,
                                      bool required);
    std::optional<std::int64_t> integer(const Json& object, const std::string& path,
                                        const char* key, bool required);
    std::optional<double> number(const Json& object, const std::string& path, const char* key);
    // A string (Dutch) or an object of language codes with a non-empty "nl".
    std::optional<LocalizedText> text(const Json& object, const std::string& path, const char* key,
                                      bool required);
    std::optional<Date> date(const Json& object, const std::string& path, const char* key,
                             bool required);
    std::optional<TimeOfDay> time(const Json& object, const std::string& path, const char* key,
                                  bool required = true);
    // Optional only: absent (or null) is false.
    std::optional<bool> flag(const Json& object, const std::string& path, const char* key);
    const Json* object(const Json& object, const std::string& path, const char* key, bool required);
    const Json* array(const Json& object, const std::string& path, const char* key, bool required);

private:
    const Json* find(const Json& object, const std::string& path, const char* key, bool required);

    std::string file_;
    std::vector<BundleProblem>& problems_;
};

// "a string", "a whole number", ... for messages such as "must be a string, not a number".
const char* json_kind(const Json& value);

} // namespace bk
