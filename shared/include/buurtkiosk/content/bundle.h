// Loading a content bundle from a folder: manifest.json plus the files it lists, fully checked.
#pragma once
#include "buurtkiosk/domain/content.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bk {

// One thing wrong with a bundle, precise enough for a volunteer or a content editor to fix it.
struct BundleProblem {
    std::string file;              // "activities.json"
    std::string field;             // "activities[3].weekly.end"
    std::string message;           // plain English: "end time 10:00 is not after start time 11:00"
    std::string to_string() const; // "activities.json: activities[3].weekly.end: ..."
};

struct BundleLoadResult {
    std::optional<Content> content; // set only when there are no problems
    std::vector<BundleProblem> problems;
    bool ok() const { return content.has_value(); }
};

// Reads and validates every file; never throws for bad content. When `check_hashes` is set,
// each listed file's size and sha256 must match the manifest.
BundleLoadResult load_bundle(const std::filesystem::path& folder, bool check_hashes = true);

} // namespace bk
