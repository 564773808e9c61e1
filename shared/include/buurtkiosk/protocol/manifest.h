// The signed manifest of a content bundle (docs/content-format.md): the one type read from
// manifest.json, and the one set of checks for it, used by the hub, the kiosk's sync and the
// bundle loader alike.
#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bk {
class FieldReader;
}

namespace bk::wire {

// Settings stay raw JSON so the hub writes a manifest back out byte for byte as it signs it; the
// bundle loader reads them into Settings (content/manifest.h).

struct ManifestFile {
    std::string path; // relative, see is_safe_relative_path
    // Both always set in a manifest read with Hashes::Required. With Hashes::Optional a file
    // whose size or hash is not given has size -1 or an empty sha256.
    std::int64_t size = 0;
    std::string sha256;       // 64 lowercase hex
    std::size_t position = 0; // index in "files" as read, for messages; not written out
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

// Required: every signed manifest. Optional: only an editor's folder the hub has not built yet,
// where files are listed without size and sha256.
enum class Hashes { Required, Optional };

// Checks every field of a parsed manifest.json and records one plain-English problem per bad
// field against "manifest.json" (field paths such as files[2].sha256). Bad file entries are left
// out so the files that are fine can still be checked. nullopt only when `root` is not an object.
// Settings are only checked to be an object; their values are content (read_settings).
std::optional<Manifest> read_manifest(const nlohmann::json& root, Hashes hashes,
                                      FieldReader& reader);

struct ManifestParse {
    std::optional<Manifest> manifest; // only when nothing is wrong
    std::string error;                // the first problem: "manifest.json: files[2].sha256: ..."
};

// A manifest as it arrives over the network (size and depth bounded, Hashes::Required).
ManifestParse parse_manifest(std::string_view bytes);

// Stable, human-readable JSON (2-space indent, trailing newline); these are the bytes that get
// signed.
std::string serialize_manifest(const Manifest& manifest);

// A bundle-relative path that cannot escape the bundle folder: not empty, no leading '/', no
// backslash, no empty, "." or ".." parts, no NUL or other control characters.
bool is_safe_relative_path(std::string_view path);

// "2026-11-24T12:00:00Z", a real date and time.
bool is_utc_timestamp(const std::string& text);

} // namespace bk::wire
