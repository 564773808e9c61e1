// `buurtkiosk-hub publish`: turn a content folder into a signed, versioned bundle for a group.
#pragma once
#include <filesystem>
#include <string>

namespace bk::hub {

struct PublishOptions {
    std::filesystem::path data;        // the hub's data folder
    std::string group;                 // kiosk group to publish for
    std::filesystem::path secret_key;  // file with the base64 ed25519 secret key
    std::filesystem::path content_dir; // buurtkamer.json, activities.json, images, ...
    int valid_days = 365;              // expires = created + this
};

// Prints what it did to stdout and problems to stderr; returns the exit code. Nothing is
// published unless the whole bundle loads cleanly.
int publish(const PublishOptions& options);

} // namespace bk::hub
