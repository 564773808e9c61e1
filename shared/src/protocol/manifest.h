// The signed manifest of a content bundle as it travels from hub to kiosk (docs/content-format.md).
#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bk::wire {

// Distinct from content/manifest.h (the loader's view): this one keeps settings as raw JSON so
// the hub can write a manifest back out byte for byte as it signs it.

struct ManifestFile {
    std::string path; // relative, no "..", no leading "/"
    std::int64_t size = 0;
    std::string sha256; // lowercase hex
};

struct Manifest {
    int format = 1;
    std::string kiosk_group;
    std::int64_t version = 0;
    std::string created; // UTC "YYYY-MM-DDTHH:MM:SSZ"
    std::string expires;
    nlohmann::json settings = nlohmann::json::object();
    std::vector<ManifestFile> files;
};

struct ManifestParse {
    std::optional<Manifest> manifest;
    std::string error; // "manifest.json: files[2].sha256: ..." when manifest is empty
};

// Checks the transport-level fields (format, group, version, files); the content files themselves
// are checked by load_bundle once they are on disk.
ManifestParse parse_manifest(std::string_view bytes);

// Stable, human-readable JSON (2-space indent, trailing newline); these are the bytes that get
// signed.
std::string serialize_manifest(const Manifest& manifest);

// A bundle-relative path that cannot escape the bundle folder.
bool is_safe_relative_path(std::string_view path);

} // namespace bk::wire
