// Reading, checking and writing manifest.json: one set of checks for the hub, the kiosk's sync
// and the bundle loader.
#include "buurtkiosk/protocol/manifest.h"

#include "buurtkiosk/content/field_reader.h"
#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/protocol/bounded_json.h"
#include "buurtkiosk/protocol/signing.h"

#include <set>

namespace bk::wire {
namespace {

// Text as JSON writes it, so a control character in a path shows as \u0000 in a message.
std::string in_quotes(const std::string& text) {
    return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The manifest and its signature sit beside the files; listing them would overwrite them.
bool is_reserved_name(const std::string& path) {
    return path == "manifest.json" || path == "manifest.json.sig";
}

void read_header(const nlohmann::json& root, FieldReader& reader, Manifest& manifest) {
    if (auto format = reader.integer(root, "", "format", true); format && *format != 1)
        reader.problem("format", "format " + std::to_string(*format) +
                                     " is not supported; this kiosk reads format 1");
    if (auto group = reader.string(root, "", "kiosk_group", true)) manifest.kiosk_group = *group;
    if (auto version = reader.integer(root, "", "version", true)) {
        if (*version <= 0)
            reader.problem("version", "must be greater than 0");
        else
            manifest.version = *version;
    }
    for (const char* key : {"created", "expires"}) {
        auto stamp = reader.string(root, "", key, true);
        if (stamp && !is_utc_timestamp(*stamp))
            reader.problem(key, in_quotes(*stamp) + " is not a UTC time YYYY-MM-DDTHH:MM:SSZ");
        else if (stamp)
            (std::string(key) == "created" ? manifest.created : manifest.expires) = *stamp;
    }
    // Both are "YYYY-MM-DDTHH:MM:SSZ", so text order is time order.
    if (!manifest.created.empty() && !manifest.expires.empty() &&
        manifest.expires <= manifest.created)
        reader.problem("expires", "must be after created (" + manifest.created + ")");
    if (const nlohmann::json* settings = reader.object(root, "", "settings", false))
        manifest.settings = *settings;
}

// One entry of "files"; nullopt when something in it is wrong (each thing recorded).
std::optional<ManifestFile> read_file_entry(const nlohmann::json& entry, std::size_t position,
                                            Hashes hashes, FieldReader& reader,
                                            std::set<std::string>& seen) {
    const std::string at = item_path("files", position);
    if (!entry.is_object()) {
        reader.problem(at, std::string("must be an object, not ") + json_kind(entry));
        return std::nullopt;
    }
    const bool required = hashes == Hashes::Required;
    auto path = reader.string(entry, at, "path", true);
    auto size = reader.integer(entry, at, "size", required);
    auto sha256 = reader.string(entry, at, "sha256", required);
    bool ok = path && (size || !required) && (sha256 || !required);
    if (path && !is_safe_relative_path(*path)) {
        reader.problem(field_path(at, "path"), in_quotes(*path) +
                                                   " must be a relative path inside the bundle "
                                                   "(no \"..\", no leading \"/\")");
        ok = false;
    } else if (path && is_reserved_name(*path)) {
        reader.problem(field_path(at, "path"),
                       in_quotes(*path) + " is a reserved name; manifest.json cannot list itself "
                                          "or its signature");
        ok = false;
    } else if (path && !seen.insert(*path).second) {
        reader.problem(field_path(at, "path"), in_quotes(*path) + " is listed twice");
        ok = false;
    }
    if (size && *size < 0) {
        reader.problem(field_path(at, "size"), "must not be negative");
        ok = false;
    }
    if (sha256 && !is_sha256_hex(*sha256)) {
        reader.problem(field_path(at, "sha256"), "must be 64 lowercase hex characters");
        ok = false;
    }
    if (!ok) return std::nullopt;
    return ManifestFile{*path, size.value_or(-1), sha256.value_or(""), position};
}

// "a" and "a/b" cannot both exist on disk: refuse here rather than fail halfway an install.
void leave_out_files_named_like_folders(Manifest& manifest, FieldReader& reader) {
    std::set<std::string> folders;
    for (const auto& file : manifest.files)
        for (auto slash = file.path.find('/'); slash != std::string::npos;
             slash = file.path.find('/', slash + 1))
            folders.insert(file.path.substr(0, slash));
    std::erase_if(manifest.files, [&](const ManifestFile& file) {
        if (!folders.count(file.path)) return false;
        reader.problem(field_path(item_path("files", file.position), "path"),
                       in_quotes(file.path) + " is also a folder of other listed files");
        return true;
    });
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
    return true;
}

bool is_utc_timestamp(const std::string& text) {
    if (text.size() != 20 || text[10] != 'T' || text[19] != 'Z') return false;
    if (!parse_date(text.substr(0, 10))) return false;
    if (text[13] != ':' || text[16] != ':') return false;
    for (int i : {11, 12, 14, 15, 17, 18})
        if (text[i] < '0' || text[i] > '9') return false;
    int hour = std::stoi(text.substr(11, 2)), minute = std::stoi(text.substr(14, 2)),
        second = std::stoi(text.substr(17, 2));
    return hour < 24 && minute < 60 && second < 61; // 60: a leap second
}

std::optional<Manifest> read_manifest(const nlohmann::json& root, Hashes hashes,
                                      FieldReader& reader) {
    if (!root.is_object()) {
        reader.problem("", std::string("must be a JSON object, not ") + json_kind(root));
        return std::nullopt;
    }
    Manifest manifest;
    read_header(root, reader, manifest);
    if (const nlohmann::json* files = reader.array(root, "", "files", true)) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < files->size(); ++i)
            if (auto file = read_file_entry((*files)[i], i, hashes, reader, seen))
                manifest.files.push_back(std::move(*file));
    }
    leave_out_files_named_like_folders(manifest, reader);
    return manifest;
}

ManifestParse parse_manifest(std::string_view bytes) {
    std::vector<BundleProblem> problems;
    FieldReader reader("manifest.json", problems);
    std::optional<Manifest> manifest;
    std::string why;
    if (auto root = parse_bounded_json(bytes, kManifestJson, why))
        manifest = read_manifest(*root, Hashes::Required, reader);
    else
        reader.problem("", "not valid JSON: " + why);
    ManifestParse out;
    if (problems.empty())
        out.manifest = std::move(manifest);
    else
        out.error = problems.front().to_string();
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
