// Which content files a kiosk group may download: the hashes its published manifests list.
// Files are stored by hash for all groups together; without this check any kiosk could fetch
// another group's files by hash.
#pragma once
#include "hub_layout.h"

#include <map>
#include <mutex>
#include <set>
#include <string>

namespace bk::hub {

class GroupFiles {
public:
    explicit GroupFiles(HubLayout layout) : layout_(std::move(layout)) {}

    // True when a manifest of `group` still on disk (any version) lists `sha256`.
    bool lists(const std::string& group, const std::string& sha256);

private:
    // The group's hashes as of one content of its `current` file (the version served, a few
    // bytes), which publish replaces after writing a new manifest: other content, look again.
    struct Known {
        std::string current;
        std::set<std::string> hashes;
    };
    std::set<std::string> read_hashes(const std::string& group) const;

    HubLayout layout_;
    std::mutex mutex_;
    std::map<std::string, Known> known_;
};

} // namespace bk::hub
