// The loader's view of manifest.json: the wire checks, then the settings read into Settings.
#include "buurtkiosk/content/manifest.h"

#include "buurtkiosk/content/field_reader.h"

namespace bk {

namespace {

void read_settings(FieldReader& reader, const Json& object, Settings& settings) {
    const std::string path = "settings";
    auto positive = [&](const char* key, int& target, std::int64_t minimum, std::int64_t maximum) {
        if (auto value = reader.integer(object, path, key, false)) {
            if (*value < minimum || *value > maximum)
                reader.problem(field_path(path, key), "must be between " + std::to_string(minimum) +
                                                          " and " + std::to_string(maximum));
            else
                target = static_cast<int>(*value);
        }
    };
    positive("idle_seconds", settings.idle_seconds, 10, 3600);
    positive("countdown_seconds", settings.countdown_seconds, 5, 300);
    positive("volunteer_idle_seconds", settings.volunteer_idle_seconds, 10, 3600);
    positive("signup_retention_days", settings.signup_retention_days, 0, 365);
    positive("screen_margin_minutes", settings.screen_margin_minutes, 0, 240);
    if (auto text = reader.text(object, path, "callback_expectation", false))
        settings.callback_expectation = *text;
    if (auto url = reader.string(object, path, "privacy_url", false)) settings.privacy_url = *url;
    if (auto rate = reader.number(object, path, "speech_rate")) {
        if (*rate < 0.3 || *rate > 3.0)
            reader.problem("settings.speech_rate", "must be between 0.3 and 3.0");
        else
            settings.speech_rate = *rate;
    }
    if (const Json* languages = reader.array(object, path, "languages", false)) {
        std::vector<std::string> list;
        for (std::size_t i = 0; i < languages->size(); ++i) {
            const Json& language = (*languages)[i];
            if (!language.is_string() || language.get_ref<const std::string&>().empty())
                reader.problem(item_path("settings.languages", i), "must be a language code");
            else
                list.push_back(language.get<std::string>());
        }
        if (languages->empty()) reader.problem("settings.languages", "must not be empty");
        if (!list.empty()) settings.languages = list;
    }
}

} // namespace

const wire::ManifestFile* Manifest::find_file(const std::string& path) const {
    for (const auto& file : wire.files)
        if (file.path == path) return &file;
    return nullptr;
}

std::optional<Manifest> parse_manifest(const std::string& text, wire::Hashes hashes,
                                       std::vector<BundleProblem>& problems) {
    std::optional<Json> root = parse_json_file("manifest.json", text, problems);
    if (!root) return std::nullopt;
    FieldReader reader("manifest.json", problems);
    std::optional<wire::Manifest> checked = wire::read_manifest(*root, hashes, reader);
    if (!checked) return std::nullopt;
    Manifest manifest{std::move(*checked), {}};
    manifest.settings.callback_expectation.by_language["nl"] =
        "We bellen u binnen twee werkdagen terug.";
    read_settings(reader, manifest.wire.settings, manifest.settings);
    return manifest;
}

} // namespace bk
