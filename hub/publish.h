// Publishing a content folder as a signed, versioned bundle for a group: for
// `buurtkiosk-hub publish` and for the desk's "Publiceren".
#pragma once
#include "buurtkiosk/protocol/manifest.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bk::hub {

struct PublishOptions {
    std::filesystem::path data;                 // the hub's data folder
    std::string group;                          // kiosk group to publish for
    std::filesystem::path secret_key;           // file with the base64 ed25519 secret key
    std::filesystem::path content_dir;          // buurtkamer.json, activities.json, images, ...
    int valid_days = 365;                       // expires = created + this
    std::string published_by = "opdrachtregel"; // a desk account's name, for the publication log
};

struct PublishOutcome {
    bool published = false;
    bool bad_request = false; // the options were wrong (exit code 2), not the content
    std::int64_t version = 0;
    std::size_t files = 0;
    std::size_t activities = 0;
    std::vector<std::string> problems; // what stopped it, one line each
    bool translations = false;         // the problems are in the ui/ catalogues
};

// Nothing is published unless the whole bundle loads cleanly, as a kiosk would load it. Two
// publications for one group never run at once (a lock file in the group's folder), so each
// gets its own version number.
PublishOutcome publish_content(const PublishOptions& options);

// The command: prints what it did to stdout and problems to stderr; returns the exit code.
int publish(const PublishOptions& options);

// The manifest of a content folder: its settings (from its own manifest.json, if any) and every
// file but manifest.json and hidden ones, with sizes and hashes; group, version and dates unset.
// nullopt with `problem` set when a file cannot be read or has a name a bundle cannot hold.
std::optional<wire::Manifest> folder_manifest(const std::filesystem::path& folder,
                                              std::string& problem);

// The newest version published for `group` (0: none yet).
std::int64_t last_published(const std::filesystem::path& data, const std::string& group);

} // namespace bk::hub
