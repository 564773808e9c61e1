// Building, checking, signing and publishing a bundle.
#include "publish.h"

#include "buurtkiosk/content/bundle.h"
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/bounded_json.h"
#include "buurtkiosk/protocol/manifest.h"
#include "buurtkiosk/protocol/signing.h"
#include "hub_layout.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace bk::hub {
namespace {

std::int64_t last_published(const HubLayout& layout, const std::string& group) {
    std::int64_t highest = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(layout.group(group), ec)) {
        std::string n = e.path().filename().string();
        if (n.size() > 5 && n.ends_with(".json")) {
            try {
                highest = std::max<std::int64_t>(highest, std::stoll(n.substr(0, n.size() - 5)));
            } catch (...) {
            }
        }
    }
    return highest;
}

} // namespace

int publish(const PublishOptions& o) {
    HubLayout layout{o.data};
    if (!is_plain_name(o.group)) {
        std::cerr << "publish: group '" << o.group << "': use a-z, 0-9, '-' or '_' (at most 64)\n";
        return 2;
    }
    auto secret = read_file(o.secret_key);
    if (!secret) {
        std::cerr << "publish: cannot read secret key " << o.secret_key << "\n";
        return 2;
    }
    if (!fs::is_directory(o.content_dir)) {
        std::cerr << "publish: " << o.content_dir << " is not a folder\n";
        return 2;
    }

    // Settings come from the folder's own manifest.json when it has one; a broken one is an
    // error, not silently ignored settings.
    wire::Manifest m;
    if (auto existing = read_file(o.content_dir / "manifest.json")) {
        std::string why;
        auto j = parse_bounded_json(*existing, kManifestJson, why);
        if (!j) {
            std::cerr << "publish: " << (o.content_dir / "manifest.json").string() << ": " << why
                      << "; nothing was published\n";
            return 2;
        }
        if (j->is_object() && j->contains("settings") && (*j)["settings"].is_object())
            m.settings = (*j)["settings"];
    }
    m.kiosk_group = o.group;
    m.version = last_published(layout, o.group) + 1;
    auto now = std::chrono::system_clock::now();
    m.created = format_utc(now);
    m.expires = format_utc(now + std::chrono::hours(24) * o.valid_days);
    std::vector<fs::path> sources;
    for (const auto& e : fs::recursive_directory_iterator(o.content_dir)) {
        if (!e.is_regular_file()) continue;
        std::string rel = fs::relative(e.path(), o.content_dir).generic_string();
        if (rel == "manifest.json" || rel == "manifest.json.sig") continue;
        if (fs::path(rel).filename().string().starts_with(".")) continue; // editor leftovers
        if (!wire::is_safe_relative_path(rel)) {
            std::cerr << "publish: " << rel << ": file name cannot be published\n";
            return 2;
        }
        auto sha = sha256_file_hex(e.path());
        if (!sha) {
            std::cerr << "publish: cannot read " << e.path() << "\n";
            return 2;
        }
        m.files.push_back({rel, static_cast<std::int64_t>(e.file_size()), *sha});
        sources.push_back(e.path());
    }
    std::sort(m.files.begin(), m.files.end(),
              [](const auto& a, const auto& b) { return a.path < b.path; });
    const std::string manifest_bytes = wire::serialize_manifest(m);

    // Check the bundle exactly as a kiosk will load it, in a scratch copy of the folder.
    fs::path scratch =
        fs::temp_directory_path() / ("buurtkiosk-publish-" + std::to_string(::getpid()));
    fs::remove_all(scratch);
    fs::copy(o.content_dir, scratch, fs::copy_options::recursive);
    write_file_durably(scratch / "manifest.json", manifest_bytes, 0600);
    auto loaded = load_bundle(scratch, true);
    fs::remove_all(scratch);
    if (!loaded.ok()) {
        std::cerr << "publish: the content has problems; nothing was published:\n";
        for (const auto& p : loaded.problems)
            std::cerr << "  " << p.to_string() << "\n";
        return 1;
    }
    // A kiosk shows a bad translation's texts in Dutch rather than refuse the bundle; the editor
    // publishing it can still mend it first.
    if (!loaded.content->catalogue_problems.empty()) {
        std::cerr << "publish: the translations have problems; nothing was published:\n";
        for (const auto& p : loaded.content->catalogue_problems)
            std::cerr << "  " << p << "\n";
        return 1;
    }

    auto signature = sign_detached(manifest_bytes, *secret);
    if (!signature) {
        std::cerr << "publish: " << o.secret_key << " is not a secret key made by 'keygen'\n";
        return 2;
    }
    // Files first, then the manifest, then the pointer: a kiosk never sees a manifest whose
    // files are not there yet.
    create_private_folder(layout.files());
    for (const auto& f : m.files) {
        fs::path to = layout.files() / f.sha256;
        if (!fs::exists(to)) {
            fs::path tmp = to;
            tmp += ".tmp";
            fs::copy_file(o.content_dir / f.path, tmp, fs::copy_options::overwrite_existing);
            // copy_file takes the source's mode past the umask; the hub's files are its own.
            fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_write);
            fs::rename(tmp, to);
        }
    }
    create_private_folder(layout.group(o.group));
    const std::string v = std::to_string(m.version);
    write_file_durably(layout.group(o.group) / (v + ".json"), manifest_bytes, 0600);
    write_file_durably(layout.group(o.group) / (v + ".json.sig"), *signature + "\n", 0600);
    write_file_durably(layout.group(o.group) / "current", v + "\n", 0600);
    std::cout << "published version " << v << " for group " << o.group << ": " << m.files.size()
              << " files, " << loaded.content->activities.size() << " activities\n";
    return 0;
}

} // namespace bk::hub
