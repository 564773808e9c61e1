// The kiosk's installed content: a content-addressed file cache, one folder per accepted bundle
// version, and a `current` symlink switched atomically. A bad bundle never replaces a good one.
//
//   <data>/content/files/<sha256>          every file ever fetched, named by its hash
//   <data>/content/bundles/<v>-<hash>/     an installed bundle (hard links into files/), named by
//                                          its version and the first 12 hex of its manifest's hash
//   <data>/content/bundles/.staging-<v>/   being assembled; never shown
//   <data>/content/current -> bundles/<v>-<hash>  what the kiosk shows
//   <data>/content/accepted.json           highest version accepted for (group, signing key):
//                                          rollback protection that a move to a new group resets
#pragma once
#include "buurtkiosk/protocol/manifest.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace bk {

struct InstallOutcome {
    enum class Kind { Installed, AlreadyCurrent, Refused, FetchFailed } kind = Kind::Refused;
    std::int64_t version = 0;
    std::string problem; // plain Dutch for volunteers; empty on success
    std::string detail;  // precise, for the log (no personal data)
    bool ok() const { return kind == Kind::Installed || kind == Kind::AlreadyCurrent; }
};

class ContentStore {
public:
    // Fetches the file with this hash into `destination`; returns "" or what went wrong.
    // Fetches the file with this hash, at most `size` bytes, into `destination`; returns "" or
    // what went wrong.
    using FileFetcher = std::function<std::string(const std::string& sha256, std::int64_t size,
                                                  const std::filesystem::path& destination)>;

    ContentStore(const std::filesystem::path& data_dir, std::string public_key,
                 std::string kiosk_group);

    // Verifies signature, group, version and expiry (against `now_utc`, "YYYY-MM-DDTHH:MM:SSZ"),
    // fetches what is missing, checks every file and the whole bundle, then switches.
    InstallOutcome install(const std::string& manifest_bytes, const std::string& signature,
                           const FileFetcher& fetch, const std::string& now_utc);

    // The folder the kiosk should show, if any bundle was ever installed.
    std::optional<std::filesystem::path> current_bundle() const;
    std::int64_t current_version() const; // 0 when none
    std::string current_expires() const;  // the shown bundle's "expires" (UTC), "" when none
    // Persisted per (group, key); never goes down while both stay the same.
    std::int64_t highest_accepted() const;
    bool has_file(const std::string& sha256) const;
    const std::filesystem::path& root() const { return root_; }

private:
    InstallOutcome refuse(std::int64_t version, std::string problem, std::string detail) const;
    std::optional<wire::Manifest> current_manifest() const;
    void persist_highest(std::int64_t version) const;
    void switch_current(const std::string& folder) const;
    void remove_old_bundles(const std::string& keep_current,
                            const std::string& keep_previous) const;

    std::filesystem::path root_;
    std::string public_key_;
    std::string kiosk_group_;
};

} // namespace bk
