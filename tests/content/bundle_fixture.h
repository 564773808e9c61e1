// A small, valid content bundle written into a temp folder, with a manifest whose sizes and
// hashes match; tests change one thing and look for the exact problem.
#pragma once
#include "support/temp_dir.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace bk::test {

class BundleFixture {
public:
    BundleFixture();

    // The files as JSON values (edit them, then call write()).
    nlohmann::json manifest_extra = nlohmann::json::object(); // merged into the manifest
    std::map<std::string, std::string> files;                 // path -> bytes

    void set_json(const std::string& path, const nlohmann::json& value) {
        files[path] = value.dump(2);
    }
    // Writes every file and a manifest listing them all with correct size and sha256.
    void write();
    // The manifest as write() left it on disk.
    nlohmann::json written_manifest() const;
    // Writes raw text as manifest.json (for broken manifests).
    void write_manifest_text(const std::string& text) { dir.write("manifest.json", text); }

    TempDir dir;
};

} // namespace bk::test
