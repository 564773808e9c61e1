// The kiosk's connection to its hub, read from a small JSON file written at provisioning
// (`buurtkiosk-hub provision` prints one).
#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace bk {

struct KioskConfig {
    std::string hub_url;     // "https://hub.gemeente.nl"; http:// only for 127.0.0.1/localhost
    std::string token;       // bearer token; identifies the kiosk and its group
    std::string kiosk_group; // only manifests signed for this group are installed
    std::string public_key;  // pinned ed25519 key (base64) that must sign every manifest
    std::filesystem::path data_dir; // database and content store live here
    int sync_interval_seconds = 60;
};

struct KioskConfigParse {
    std::optional<KioskConfig> config;
    std::string error; // "kiosk.json: hub_url: ..." when config is empty
};

KioskConfigParse parse_kiosk_config(const std::string& text, const std::string& file_name);
KioskConfigParse load_kiosk_config(const std::filesystem::path& file);

// Plain HTTP is refused except on the loopback interface (tests, a hub on the same machine).
// Returns an empty string when `url` is acceptable, otherwise why not.
std::string check_hub_url(const std::string& url);

} // namespace bk
