// Parsing and checking manifest.json, settings included.
#include "content/manifest.h"

#include "content/field_reader.h"

#include <set>

namespace bk {

namespace {

bool is_lower_hex(const std::string& text, std::size_t length) {
    if (text.size() != length) return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

void read_settings(FieldReader& reader, const Json& root, Settings& settings) {
    const Json* object = reader.object(root, "", "settings", false);
    if (!object) return;
    const std::string path = "settings";
    auto positive = [&](const char* key, int& target, std::int64_t minimum, std::int64_t maximum) {
        if (auto value = reader.integer(*object, path, key, false)) {
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
    if (auto text = reader.text(*object, path, "callback_expectation", false))
        settings.callback_expectation = *text;
    if (auto url = reader.string(*object, path, "privacy_url", false)) settings.privacy_url = *url;
    if (auto rate = reader.number(*object, path, "speech_rate")) {
        if (*rate < 0.3 || *rate > 3.0)
            reader.problem("settings.speech_rate", "must be between 0.3 and 3.0");
        else
            settings.speech_rate = *rate;
    }
    if (const Json* languages = reader.array(*object, path, "languages", false)) {
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

void read_files(FieldReader& reader, const Json& root, bool need_hashes, Manifest& manifest) {
    const Json* files = reader.array(root, "", "files", true);
    if (!files) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < files->size(); ++i) {
        const std::string path = item_path("files", i);
        const Json& entry = (*files)[i];
        if (!entry.is_object()) {
            reader.problem(path, std::string("must be an object, not ") + json_kind(entry));
            continue;
        }
        ManifestFile file;
        auto name = reader.string(entry, path, "path", true);
        auto size = reader.integer(entry, path, "size", need_hashes);
        auto sha256 = reader.string(entry, path, "sha256", need_hashes);
        bool ok = name.has_value() && (size || !need_hashes) && (sha256 || !need_hashes);
        if (name && !is_safe_bundle_path(*name)) {
            reader.problem(field_path(path, "path"),
                           "\"" + *name +
                               "\" must be a relative path inside the bundle "
                               "(no \"..\", no leading \"/\")");
            ok = false;
        } else if (name && *name == "manifest.json") {
            reader.problem(field_path(path, "path"), "manifest.json cannot list itself");
            ok = false;
        } else if (name && !seen.insert(*name).second) {
            reader.problem(field_path(path, "path"), "\"" + *name + "\" is listed twice");
            ok = false;
        }
        if (size && *size < 0) {
            reader.problem(field_path(path, "size"), "must not be negative");
            ok = false;
        }
        if (sha256 && !is_lower_hex(*sha256, 64)) {
            reader.problem(field_path(path, "sha256"), "must be 64 lowercase hex characters");
            ok = false;
        }
        if (!ok) continue;
        file.index = i;
        file.path = *name;
        file.size = size;
        file.sha256 = sha256;
        manifest.files.push_back(file);
    }
}

} // namespace

const ManifestFile* Manifest::find_file(const std::string& path) const {
    for (const auto& file : files)
        if (file.path == path) return &file;
    return nullptr;
}

bool is_safe_bundle_path(const std::string& path) {
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos ||
        path.find('\0') != std::string::npos)
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos) end = path.size();
        std::string part = path.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") return false;
        start = end + 1;
    }
    return true;
}

bool is_utc_timestamp(const std::string& text) {
    // YYYY-MM-DDTHH:MM:SSZ with a real date and time.
    if (text.size() != 20 || text[10] != 'T' || text[19] != 'Z') return false;
    if (!parse_date(text.substr(0, 10))) return false;
    if (text[13] != ':' || text[16] != ':') return false;
    for (int i : {11, 12, 14, 15, 17, 18})
        if (text[i] < '0' || text[i] > '9') return false;
    int hour = std::stoi(text.substr(11, 2)), minute = std::stoi(text.substr(14, 2)),
        second = std::stoi(text.substr(17, 2));
    return hour < 24 && minute < 60 && second < 61;
}

std::optional<Manifest> parse_manifest(const std::string& text, bool need_hashes,
                                       std::vector<BundleProblem>& problems) {
    std::optional<Json> root = parse_json_file("manifest.json", text, problems);
    if (!root) return std::nullopt;
    FieldReader reader("manifest.json", problems);
    if (!root->is_object()) {
        reader.problem("", std::string("must be a JSON object, not ") + json_kind(*root));
        return std::nullopt;
    }
    Manifest manifest;
    if (auto format = reader.integer(*root, "", "format", true); format && *format != 1)
        reader.problem("format", "format " + std::to_string(*format) +
                                     " is not supported; this kiosk reads format 1");
    if (auto group = reader.string(*root, "", "kiosk_group", true)) manifest.kiosk_group = *group;
    if (auto version = reader.integer(*root, "", "version", true)) {
        if (*version <= 0)
            reader.problem("version", "must be greater than 0");
        else
            manifest.version = *version;
    }
    for (const char* key : {"created", "expires"}) {
        auto stamp = reader.string(*root, "", key, true);
        if (stamp && !is_utc_timestamp(*stamp))
            reader.problem(key, "\"" + *stamp + "\" is not a UTC time YYYY-MM-DDTHH:MM:SSZ");
        else if (stamp)
            (std::string(key) == "created" ? manifest.created : manifest.expires) = *stamp;
    }
    if (!manifest.created.empty() && !manifest.expires.empty() &&
        manifest.expires <= manifest.created)
        reader.problem("expires", "must be after created (" + manifest.created + ")");
    manifest.settings.callback_expectation.by_language["nl"] =
        "We bellen u binnen twee werkdagen terug.";
    read_settings(reader, *root, manifest.settings);
    read_files(reader, *root, need_hashes, manifest);
    return manifest;
}

} // namespace bk
