// Where the hub keeps things under its data folder.
//
//   <data>/hub.db                          kiosks, submission keys, records, heartbeats, the
//                                          desk's accounts and sessions
//   <data>/files/<sha256>                  every published file, content-addressed
//   <data>/groups/<group>/<version>.json   each published manifest, with <version>.json.sig
//   <data>/groups/<group>/current          the version served now (replaced by rename)
#pragma once
#include <filesystem>
#include <string>

namespace bk::hub {

struct HubLayout {
    std::filesystem::path data;

    std::filesystem::path database() const { return data / "hub.db"; }
    std::filesystem::path files() const { return data / "files"; }
    std::filesystem::path group(const std::string& name) const { return data / "groups" / name; }
};

// Creates `folder` and its missing parents with mode 0700, whatever the umask: the data folder
// holds tokens' hashes, names and phone numbers. Existing folders are left as they are.
inline void create_private_folder(const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    if (folder.empty() || fs::exists(folder)) return;
    create_private_folder(folder.parent_path());
    fs::create_directory(folder);
    fs::permissions(folder, fs::perms::owner_all);
}

// Group and kiosk names become folder names and CSV fields: keep them plain.
inline bool is_plain_name(const std::string& name) {
    if (name.empty() || name.size() > 64) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

} // namespace bk::hub
