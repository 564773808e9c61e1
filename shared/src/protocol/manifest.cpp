// Parsing and writing manifest.json for the sync protocol.
#include "protocol/manifest.h"

#include "protocol/bounded_json.h"
#include "protocol/signing.h"

#include <set>

namespace bk::wire {
namespace {

std::string problem(const std::string& field, const std::string& message) {
    return "manifest.json: " + field + ": " + message;
}

} // namespace

bool is_safe_relative_path(std::string_view path) {
    if (path.empty() || path.front() == '/' || path.find('\\') != std::string_view::npos)
        return false;
    // A NUL would cut the name short in every system call; other control characters have no
    // place in a file name a municipality publishes.
    for (unsigned char c : path)
        if (c < 0x20 || c == 0x7f) return false;
    size_t start = 0;
    while (start <= path.size()) {
        size_t slash = path.find('/', start);
        std::string_view part =
            path.substr(start, slash == std::string_view::npos ? path.npos : slash - start);
        if (part.empty() || part == "." || part == "..") return false;
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return path != "manifest.json" && path != "manifest.json.sig";
}

ManifestParse parse_manifest(std::string_view bytes) {
    ManifestParse out;
    std::string why;
    auto parsed = parse_bounded_json(bytes, kManifestJson, why);
    if (!parsed || !parsed->is_object()) {
        out.error =
            problem("(bestand)", parsed ? "geen JSON-object" : "geen geldige JSON (" + why + ")");
        return out;
    }
    nlohmann::json& j = *parsed;
    Manifest m;
    if (!j.contains("format") || !j["format"].is_number_integer() || j["format"].get<int>() != 1) {
        out.error = problem("format", "moet 1 zijn");
        return out;
    }
    if (!j.contains("kiosk_group") || !j["kiosk_group"].is_string() ||
        j["kiosk_group"].get<std::string>().empty()) {
        out.error = problem("kiosk_group", "ontbreekt of is leeg");
        return out;
    }
    m.kiosk_group = j["kiosk_group"].get<std::string>();
    if (!j.contains("version") || !j["version"].is_number_integer() ||
        j["version"].get<std::int64_t>() <= 0) {
        out.error = problem("version", "moet een geheel getal groter dan 0 zijn");
        return out;
    }
    m.version = j["version"].get<std::int64_t>();
    for (const char* key : {"created", "expires"}) {
        if (j.contains(key) && !j[key].is_string()) {
            out.error = problem(key, "moet tekst zijn (YYYY-MM-DDTHH:MM:SSZ)");
            return out;
        }
    }
    m.created = j.value("created", "");
    m.expires = j.value("expires", "");
    if (j.contains("settings")) {
        if (!j["settings"].is_object()) {
            out.error = problem("settings", "moet een object zijn");
            return out;
        }
        m.settings = j["settings"];
    }
    if (!j.contains("files") || !j["files"].is_array()) {
        out.error = problem("files", "ontbreekt of is geen lijst");
        return out;
    }
    std::set<std::string> seen;
    for (size_t i = 0; i < j["files"].size(); ++i) {
        const auto& f = j["files"][i];
        std::string at = "files[" + std::to_string(i) + "]";
        if (!f.is_object()) {
            out.error = problem(at, "moet een object zijn");
            return out;
        }
        ManifestFile file;
        if (!f.contains("path") || !f["path"].is_string() ||
            !is_safe_relative_path(f["path"].get<std::string>())) {
            out.error = problem(at + ".path", "ontbreekt of is geen veilig relatief pad");
            return out;
        }
        file.path = f["path"].get<std::string>();
        if (!seen.insert(file.path).second) {
            out.error = problem(at + ".path", "staat twee keer in de lijst: " + file.path);
            return out;
        }
        if (!f.contains("size") || !f["size"].is_number_integer() ||
            f["size"].get<std::int64_t>() < 0) {
            out.error = problem(at + ".size", "moet een geheel getal van 0 of meer zijn");
            return out;
        }
        file.size = f["size"].get<std::int64_t>();
        if (!f.contains("sha256") || !f["sha256"].is_string() ||
            !is_sha256_hex(f["sha256"].get<std::string>())) {
            out.error = problem(at + ".sha256", "moet 64 kleine hexadecimale tekens zijn");
            return out;
        }
        file.sha256 = f["sha256"].get<std::string>();
        m.files.push_back(std::move(file));
    }
    // "a" and "a/b" cannot both exist on disk: refuse here rather than fail halfway an install.
    std::set<std::string> folders;
    for (const auto& f : m.files)
        for (auto slash = f.path.find('/'); slash != std::string::npos;
             slash = f.path.find('/', slash + 1))
            folders.insert(f.path.substr(0, slash));
    for (size_t i = 0; i < m.files.size(); ++i) {
        if (folders.count(m.files[i].path)) {
            out.error = problem("files[" + std::to_string(i) + "].path",
                                "is ook de naam van een map in de lijst: " + m.files[i].path);
            return out;
        }
    }
    out.manifest = std::move(m);
    return out;
}

std::string serialize_manifest(const Manifest& m) {
    // nlohmann::ordered_json keeps the documented field order, which makes diffs readable.
    nlohmann::ordered_json j;
    j["format"] = m.format;
    j["kiosk_group"] = m.kiosk_group;
    j["version"] = m.version;
    j["created"] = m.created;
    j["expires"] = m.expires;
    j["settings"] = nlohmann::ordered_json::parse(m.settings.dump());
    auto files = nlohmann::ordered_json::array();
    for (const auto& f : m.files)
        files.push_back({{"path", f.path}, {"size", f.size}, {"sha256", f.sha256}});
    j["files"] = std::move(files);
    return j.dump(2) + "\n";
}

} // namespace bk::wire
