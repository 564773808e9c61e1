// DraftContent: the desk's working copy of a group's content, kept as a plain content folder.
#include "draft_content.h"

#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/manifest.h"
#include "hub_layout.h"
#include "publish.h"

#include <stdexcept>

namespace fs = std::filesystem;

namespace bk::hub {
namespace {

// What a kiosk needs at the least: a name and an empty agenda. The languages are the six the
// kiosk speaks; the editor adds the translations it has.
void write_starter(const fs::path& folder) {
    write_file_durably(
        folder / "buurtkamer.json",
        nlohmann::json{{"name", "Buurtkamer"}, {"opening_hours", nlohmann::json::array()}}.dump(2) +
            "\n",
        0600);
    write_file_durably(folder / "activities.json",
                       nlohmann::json{{"activities", nlohmann::json::array()}}.dump(2) + "\n",
                       0600);
    nlohmann::json settings{{"languages", {"nl", "en", "pl", "tr", "uk", "ar"}}};
    write_file_durably(folder / "manifest.json",
                       nlohmann::json{{"settings", settings}}.dump(2) + "\n", 0600);
}

// Copies published `version` of `group` into `folder`: every file its manifest lists, from the
// hub's content-addressed store, and its settings as manifest.json (which publish reads).
bool copy_published(const fs::path& data, const std::string& group, std::int64_t version,
                    const fs::path& folder) {
    HubLayout layout{data};
    auto bytes = read_file(layout.group(group) / (std::to_string(version) + ".json"));
    if (!bytes) return false;
    auto parsed = wire::parse_manifest(*bytes);
    if (!parsed.manifest) return false;
    for (const wire::ManifestFile& f : parsed.manifest->files) {
        auto content = read_file(layout.files() / f.sha256);
        if (!content) return false;
        create_private_folder((folder / f.path).parent_path());
        write_file_durably(folder / f.path, *content, 0600);
    }
    write_file_durably(folder / "manifest.json",
                       nlohmann::json{{"settings", parsed.manifest->settings}}.dump(2) + "\n",
                       0600);
    return true;
}

// The array `key` of the content file `file` ({"<key>": [...]}); empty when the file is missing
// or not of that shape.
nlohmann::json read_list(const fs::path& file, const char* key) {
    auto text = read_file(file);
    if (!text) return nlohmann::json::array();
    auto root = nlohmann::json::parse(*text, nullptr, false);
    if (!root.is_object() || !root.contains(key) || !root[key].is_array())
        return nlohmann::json::array();
    return root[key];
}

void write_list(const fs::path& file, const char* key, const nlohmann::json& list) {
    write_file_durably(file, nlohmann::json{{key, list}}.dump(2) + "\n", 0600);
}

} // namespace

DraftContent::DraftContent(const fs::path& data, std::string group)
    : data_(data), group_(std::move(group)), folder_(data / "drafts" / group_) {}

std::mutex& DraftContent::mutex() {
    static std::mutex m;
    return m;
}

void DraftContent::ensure() {
    if (fs::exists(folder_ / "activities.json")) return;
    // Made aside and renamed into place, so a failure leaves no half-made draft.
    const fs::path making = data_ / "drafts" / ("." + group_ + ".new");
    fs::remove_all(making);
    create_private_folder(making);
    try {
        const std::int64_t published = last_published(data_, group_);
        if (published == 0 || !copy_published(data_, group_, published, making))
            write_starter(making);
        write_file_durably(making / ".based-on", std::to_string(published) + "\n", 0600);
        fs::remove_all(folder_);
        fs::rename(making, folder_);
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(making, ignored);
        throw;
    }
}

std::int64_t DraftContent::based_on() {
    auto text = read_file(folder_ / ".based-on");
    try {
        return text ? std::stoll(*text) : 0;
    } catch (...) {
        return 0;
    }
}

nlohmann::json DraftContent::activities() {
    auto text = read_file(folder_ / "activities.json");
    if (!text) return nlohmann::json::array();
    auto root = nlohmann::json::parse(*text, nullptr, false);
    if (!root.is_object() || !root.contains("activities") || !root["activities"].is_array())
        return nlohmann::json::array();
    return root["activities"];
}

void DraftContent::save_activities(const nlohmann::json& activities) {
    write_file_durably(folder_ / "activities.json",
                       nlohmann::json{{"activities", activities}}.dump(2) + "\n", 0600);
}

nlohmann::json DraftContent::pages() {
    return read_list(folder_ / "pages.json", "pages");
}

void DraftContent::save_pages(const nlohmann::json& pages) {
    write_list(folder_ / "pages.json", "pages", pages);
}

nlohmann::json DraftContent::announcements() {
    return read_list(folder_ / "announcements.json", "announcements");
}

void DraftContent::save_announcements(const nlohmann::json& announcements) {
    write_list(folder_ / "announcements.json", "announcements", announcements);
}

void DraftContent::save_file(const std::string& relative, const std::string& bytes) {
    if (!wire::is_safe_relative_path(relative))
        throw std::runtime_error("not a file name of a bundle: " + relative);
    create_private_folder((folder_ / relative).parent_path());
    write_file_durably(folder_ / relative, bytes, 0600);
}

bool DraftContent::restore(std::int64_t version) {
    const fs::path making = data_ / "drafts" / ("." + group_ + ".restore");
    fs::remove_all(making);
    create_private_folder(making);
    if (!copy_published(data_, group_, version, making)) {
        fs::remove_all(making);
        return false;
    }
    write_file_durably(making / ".based-on", std::to_string(version) + "\n", 0600);
    fs::remove_all(folder_);
    fs::rename(making, folder_);
    return true;
}

} // namespace bk::hub
