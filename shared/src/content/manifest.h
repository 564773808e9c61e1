// manifest.json of a content bundle: what the bundle is and which files it holds.
#pragma once
#include "content/bundle.h"
#include "domain/content.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bk {

struct ManifestFile {
    std::size_t index = 0; // position in "files", for field paths such as files[2].sha256
    std::string path;      // relative, checked by is_safe_bundle_path
    std::optional<std::int64_t> size;
    std::optional<std::string> sha256; // 64 lowercase hex
};

struct Manifest {
    int format = 1;
    std::string kiosk_group;
    std::int64_t version = 0;
    std::string created; // "YYYY-MM-DDTHH:MM:SSZ"
    std::string expires;
    Settings settings;
    std::vector<ManifestFile> files;

    const ManifestFile* find_file(const std::string& path) const;
};

// Checks the manifest's JSON text; every problem is recorded against "manifest.json". Returns
// what could be read (bad entries left out) so the other files can still be checked; nullopt
// only when the text is not a JSON object at all.
// `need_hashes`: size and sha256 are required for each file (they are optional while an editor
// is still writing a bundle that the hub has not built yet).
std::optional<Manifest> parse_manifest(const std::string& text, bool need_hashes,
                                       std::vector<BundleProblem>& problems);

// A path inside the bundle: relative, '/'-separated, no "..", ".", empty parts or backslashes.
bool is_safe_bundle_path(const std::string& path);
// "2026-11-24T12:00:00Z"
bool is_utc_timestamp(const std::string& text);

} // namespace bk
