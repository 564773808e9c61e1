// The bundle loader's view of manifest.json: the checked wire manifest with its settings read.
#pragma once
#include "buurtkiosk/content/bundle.h"
#include "buurtkiosk/domain/content.h"
#include "buurtkiosk/protocol/manifest.h"

#include <optional>
#include <string>
#include <vector>

namespace bk {

struct Manifest {
    wire::Manifest wire; // checked by wire::read_manifest; bad file entries left out
    Settings settings;   // wire.settings read, defaults where not given

    const wire::ManifestFile* find_file(const std::string& path) const;
};

// Checks the manifest's JSON text; every problem is recorded against "manifest.json". Returns
// what could be read (bad entries left out) so the other files can still be checked; nullopt
// only when the text is not a JSON object at all.
std::optional<Manifest> parse_manifest(const std::string& text, wire::Hashes hashes,
                                       std::vector<BundleProblem>& problems);

} // namespace bk
