// load_bundle: manifest first, then every listed file (presence, size, sha256), then the
// content files themselves; all problems are collected before deciding.
#include "buurtkiosk/content/bundle.h"

#include "buurtkiosk/files/file_bytes.h"

#include "buurtkiosk/content/catalogue_file.h"
#include "buurtkiosk/content/content_files.h"
#include "buurtkiosk/content/file_hash.h"
#include "buurtkiosk/content/manifest.h"
#include "buurtkiosk/i18n/ui_text.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

namespace bk {

namespace fs = std::filesystem;

namespace {

// A symlink inside the bundle must not lead outside it.
bool stays_inside(const fs::path& folder, const fs::path& file) {
    std::error_code error;
    fs::path root = fs::weakly_canonical(folder, error);
    if (error) return false;
    fs::path target = fs::weakly_canonical(file, error);
    if (error) return false;
    auto [root_end, unused] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
    return root_end == root.end();
}

bool has_problem_at(const std::vector<BundleProblem>& problems, const std::string& file,
                    const std::string& field) {
    for (const auto& problem : problems)
        if (problem.file == file && problem.field == field) return true;
    return false;
}

// Checks every listed file; returns the bytes of those that are present and, when asked,
// match their size and hash.
std::map<std::string, std::string> read_listed_files(const fs::path& folder,
                                                     const Manifest& manifest, bool check_hashes,
                                                     std::vector<BundleProblem>& problems) {
    std::map<std::string, std::string> files;
    for (const wire::ManifestFile& listed : manifest.wire.files) {
        const std::string field = "files[" + std::to_string(listed.position) + "].path";
        const fs::path path = folder / listed.path;
        std::error_code error;
        if (!fs::is_regular_file(path, error)) {
            problems.push_back({"manifest.json", field, "file \"" + listed.path + "\" is missing"});
            continue;
        }
        if (!stays_inside(folder, path)) {
            problems.push_back(
                {"manifest.json", field, "file \"" + listed.path + "\" points outside the bundle"});
            continue;
        }
        // Without hash checks only the content files need reading, not every picture.
        if (!check_hashes && !listed.path.ends_with(".json")) continue;
        std::optional<std::string> bytes = read_file(path);
        if (!bytes) {
            problems.push_back({listed.path, "", "cannot be read"});
            continue;
        }
        if (check_hashes) {
            // Not given (-1, "") only in an editor's folder, which is never hash-checked.
            if (listed.size >= 0 && static_cast<std::int64_t>(bytes->size()) != listed.size) {
                problems.push_back(
                    {listed.path, "",
                     "is " + std::to_string(bytes->size()) + " bytes but manifest.json says " +
                         std::to_string(listed.size) + "; the file was changed or damaged"});
                continue;
            }
            if (!listed.sha256.empty() && sha256_hex(*bytes) != listed.sha256) {
                problems.push_back({listed.path, "",
                                    "sha256 does not match manifest.json; the file was "
                                    "changed or damaged"});
                continue;
            }
        }
        files.emplace(listed.path, std::move(*bytes));
    }
    return files;
}

using FileReader = std::function<void(const Json&, FieldReader&)>;

void require_listed(const Manifest& manifest, std::vector<BundleProblem>& problems) {
    std::string missing;
    for (const char* name : {"buurtkamer.json", "activities.json"})
        if (!manifest.find_file(name))
            missing += (missing.empty() ? "" : " and ") + std::string(name);
    // A missing or broken "files" is already reported; one problem for it is enough.
    if (!missing.empty() && !has_problem_at(problems, "manifest.json", "files"))
        problems.push_back({"manifest.json", "files", "must list " + missing});
}

void read_content_file(const std::string& name, const Manifest& manifest,
                       const std::map<std::string, std::string>& files, const FileReader& read,
                       std::vector<BundleProblem>& problems) {
    if (!manifest.find_file(name)) return;
    auto bytes = files.find(name);
    if (bytes == files.end()) return; // already reported: missing, unreadable or damaged
    std::optional<Json> root = parse_json_file(name, bytes->second, problems);
    if (!root) return;
    FieldReader reader(name, problems);
    read(*root, reader);
}

} // namespace

std::string BundleProblem::to_string() const {
    std::string text = file;
    if (!field.empty()) text += (text.empty() ? "" : ": ") + field;
    return text + (text.empty() ? "" : ": ") + message;
}

BundleLoadResult load_bundle(const fs::path& folder, bool check_hashes) {
    BundleLoadResult result;
    auto& problems = result.problems;
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        problems.push_back({"", "", "bundle folder " + folder.string() + " does not exist"});
        return result;
    }
    std::optional<std::string> manifest_text = read_file(folder / "manifest.json");
    if (!manifest_text || !fs::is_regular_file(folder / "manifest.json", error)) {
        problems.push_back({"manifest.json", "", "is missing"});
        return result;
    }
    std::optional<Manifest> manifest = parse_manifest(
        *manifest_text, check_hashes ? wire::Hashes::Required : wire::Hashes::Optional, problems);
    if (!manifest) return result;

    require_listed(*manifest, problems);
    auto files = read_listed_files(folder, *manifest, check_hashes, problems);
    Content content;
    content.kiosk_group = manifest->wire.kiosk_group;
    content.version = manifest->wire.version;
    content.created = manifest->wire.created;
    content.expires = manifest->wire.expires;
    content.root = folder.string();
    content.settings = manifest->settings;

    read_content_file(
        "buurtkamer.json", *manifest, files,
        [&](const Json& root, FieldReader& reader) {
            read_place_file(root, reader, content.place);
        },
        problems);
    read_content_file(
        "activities.json", *manifest, files,
        [&](const Json& root, FieldReader& reader) {
            read_activities_file(root, reader, *manifest, folder, content.activities);
        },
        problems);
    read_content_file(
        "pages.json", *manifest, files,
        [&](const Json& root, FieldReader& reader) {
            read_pages_file(root, reader, content.pages);
        },
        problems);
    read_content_file(
        "announcements.json", *manifest, files,
        [&](const Json& root, FieldReader& reader) {
            read_announcements_file(root, reader, content.announcements);
        },
        problems);

    for (const wire::ManifestFile& listed : manifest->wire.files) {
        if (catalogue_language(listed.path).empty()) continue;
        auto bytes = files.find(listed.path);
        if (bytes == files.end()) continue; // missing or damaged: already a problem above
        std::vector<BundleProblem> found;
        auto catalogue =
            read_catalogue(listed.path, bytes->second, &builtin_catalogue("nl"), found);
        if (catalogue) content.catalogues.push_back(std::move(*catalogue));
        for (const BundleProblem& problem : found)
            content.catalogue_problems.push_back(problem.to_string());
    }

    if (problems.empty()) result.content = std::move(content);
    return result;
}

} // namespace bk
