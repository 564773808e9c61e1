// Building, checking, signing and publishing a bundle.
#include "publish.h"

#include "buurtkiosk/content/bundle.h"
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/files/file_bytes.h"
#include "buurtkiosk/protocol/bounded_json.h"
#include "buurtkiosk/protocol/manifest.h"
#include "buurtkiosk/protocol/signing.h"
#include "hub_layout.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace bk::hub {
namespace {

// Held while one publication of a group runs: the next version number is the highest on disk
// plus one, so two at once (the desk and a timer's import) would take the same number.
class GroupLock {
public:
    explicit GroupLock(const fs::path& folder) {
        fd_ = ::open((folder / ".publish.lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd_ >= 0) ::flock(fd_, LOCK_EX);
    }
    ~GroupLock() {
        if (fd_ >= 0) ::close(fd_); // releases the lock
    }
    GroupLock(const GroupLock&) = delete;
    GroupLock& operator=(const GroupLock&) = delete;
    bool held() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

// One line per publication in <group>/publications.log, oldest first: who, when, which version.
void log_publication(const HubLayout& layout, const PublishOptions& o, std::int64_t version,
                     const std::string& at) {
    nlohmann::json line{{"version", version}, {"at", at}, {"by", o.published_by}};
    const std::string text = line.dump() + "\n";
    int fd = ::open((layout.group(o.group) / "publications.log").c_str(),
                    O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return;
    bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    if (written) ::fsync(fd);
    ::close(fd);
}

PublishOutcome refused(std::string problem, bool bad_request = true) {
    PublishOutcome outcome;
    outcome.bad_request = bad_request;
    outcome.problems.push_back(std::move(problem));
    return outcome;
}

} // namespace

std::int64_t last_published(const fs::path& data, const std::string& group) {
    std::int64_t highest = 0;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(HubLayout{data}.group(group), ec)) {
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

std::optional<wire::Manifest> folder_manifest(const fs::path& folder, std::string& problem) {
    // Settings come from the folder's own manifest.json when it has one; a broken one is an
    // error, not silently ignored settings.
    wire::Manifest m;
    if (auto existing = read_file(folder / "manifest.json")) {
        std::string why;
        auto j = parse_bounded_json(*existing, kManifestJson, why);
        if (!j) {
            problem = (folder / "manifest.json").string() + ": " + why + "; nothing was published";
            return std::nullopt;
        }
        if (j->is_object() && j->contains("settings") && (*j)["settings"].is_object())
            m.settings = (*j)["settings"];
    }
    for (const auto& e : fs::recursive_directory_iterator(folder)) {
        if (!e.is_regular_file()) continue;
        std::string rel = fs::relative(e.path(), folder).generic_string();
        if (rel == "manifest.json" || rel == "manifest.json.sig") continue;
        if (fs::path(rel).filename().string().starts_with(".")) continue; // editor leftovers
        if (!wire::is_safe_relative_path(rel)) {
            problem = rel + ": file name cannot be published";
            return std::nullopt;
        }
        auto sha = sha256_file_hex(e.path());
        if (!sha) {
            problem = "cannot read " + e.path().string();
            return std::nullopt;
        }
        m.files.push_back({rel, static_cast<std::int64_t>(e.file_size()), *sha});
    }
    std::sort(m.files.begin(), m.files.end(),
              [](const auto& a, const auto& b) { return a.path < b.path; });
    return m;
}

PublishOutcome publish_content(const PublishOptions& o) {
    HubLayout layout{o.data};
    if (!is_plain_name(o.group))
        return refused("group '" + o.group + "': use a-z, 0-9, '-' or '_' (at most 64)");
    auto secret = read_file(o.secret_key);
    if (!secret) return refused("cannot read secret key " + o.secret_key.string());
    if (!fs::is_directory(o.content_dir))
        return refused(o.content_dir.string() + " is not a folder");

    std::string problem;
    auto listed = folder_manifest(o.content_dir, problem);
    if (!listed) return refused(problem);
    wire::Manifest m = std::move(*listed);
    create_private_folder(layout.group(o.group));
    GroupLock lock(layout.group(o.group));
    if (!lock.held()) return refused("cannot lock " + layout.group(o.group).string(), false);
    m.kiosk_group = o.group;
    m.version = last_published(o.data, o.group) + 1;
    auto now = std::chrono::system_clock::now();
    m.created = format_utc(now);
    m.expires = format_utc(now + std::chrono::hours(24) * o.valid_days);
    const std::string manifest_bytes = wire::serialize_manifest(m);

    // Check the bundle exactly as a kiosk will load it, in a scratch copy of the folder (of its
    // own: the desk may publish for two groups at once).
    std::string pattern = (fs::temp_directory_path() / "buurtkiosk-publish-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) return refused("cannot make a scratch folder", false);
    const fs::path scratch = pattern;
    fs::copy(o.content_dir, scratch, fs::copy_options::recursive);
    write_file_durably(scratch / "manifest.json", manifest_bytes, 0600);
    auto loaded = load_bundle(scratch, true);
    fs::remove_all(scratch);
    PublishOutcome outcome;
    if (!loaded.ok()) {
        for (const auto& p : loaded.problems)
            outcome.problems.push_back(p.to_string());
        return outcome;
    }
    // A kiosk shows a bad translation's texts in Dutch rather than refuse the bundle; the editor
    // publishing it can still mend it first.
    if (!loaded.content->catalogue_problems.empty()) {
        outcome.problems = loaded.content->catalogue_problems;
        outcome.translations = true;
        return outcome;
    }

    auto signature = sign_detached(manifest_bytes, *secret);
    if (!signature) return refused(o.secret_key.string() + " is not a secret key made by 'keygen'");
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
    const std::string v = std::to_string(m.version);
    write_file_durably(layout.group(o.group) / (v + ".json"), manifest_bytes, 0600);
    write_file_durably(layout.group(o.group) / (v + ".json.sig"), *signature + "\n", 0600);
    write_file_durably(layout.group(o.group) / "current", v + "\n", 0600);
    log_publication(layout, o, m.version, m.created);
    outcome.published = true;
    outcome.version = m.version;
    outcome.files = m.files.size();
    outcome.activities = loaded.content->activities.size();
    return outcome;
}

int publish(const PublishOptions& o) {
    const PublishOutcome outcome = publish_content(o);
    if (outcome.published) {
        std::cout << "published version " << outcome.version << " for group " << o.group << ": "
                  << outcome.files << " files, " << outcome.activities << " activities\n";
        return 0;
    }
    if (outcome.bad_request) {
        for (const auto& p : outcome.problems)
            std::cerr << "publish: " << p << "\n";
        return 2;
    }
    std::cerr << "publish: the " << (outcome.translations ? "translations" : "content")
              << (outcome.translations ? " have" : " has") << " problems; nothing was published:\n";
    for (const auto& p : outcome.problems)
        std::cerr << "  " << p << "\n";
    return 1;
}

} // namespace bk::hub
