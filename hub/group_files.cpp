// GroupFiles: every <version>.json under groups/<group>/, read once per publication.
#include "group_files.h"

#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/manifest.h"

#include <iostream>

namespace fs = std::filesystem;

namespace bk::hub {

bool GroupFiles::lists(const std::string& group, const std::string& sha256) {
    if (!is_plain_name(group)) return false;
    auto current = read_file(layout_.group(group) / "current");
    if (!current) return false; // nothing published
    std::lock_guard lock(mutex_);
    Known& known = known_[group];
    if (known.current != *current) {
        known.current = *current;
        known.hashes = read_hashes(group);
    }
    return known.hashes.count(sha256) > 0;
}

std::set<std::string> GroupFiles::read_hashes(const std::string& group) const {
    std::set<std::string> hashes;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(layout_.group(group), ec)) {
        const fs::path& file = entry.path();
        if (file.extension() != ".json") continue; // not the .json.sig or current
        auto bytes = read_file(file);
        if (!bytes) continue;
        auto parsed = wire::parse_manifest(*bytes);
        if (!parsed.manifest) {
            std::cerr << "hub: " << file.string() << " skipped: " << parsed.error << "\n";
            continue;
        }
        for (const auto& f : parsed.manifest->files)
            hashes.insert(f.sha256);
    }
    return hashes;
}

} // namespace bk::hub
