// Installing a signed bundle into the kiosk's content store.
#include "buurtkiosk/sync/content_store.h"

#include "buurtkiosk/files/file_bytes.h"

#include "buurtkiosk/content/bundle.h"
#include "buurtkiosk/protocol/bounded_json.h"
#include "buurtkiosk/protocol/manifest.h"
#include "buurtkiosk/protocol/signing.h"
#include "buurtkiosk/store/private_files.h"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace bk {
namespace {

const char* kKeep = " De kiosk laat de vorige inhoud staan.";

// Hard link when possible (same filesystem, no extra space); copy otherwise.
void place_file(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    fs::create_hard_link(from, to, ec);
    if (ec) fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}

} // namespace

ContentStore::ContentStore(const fs::path& data_dir, std::string public_key,
                           std::string kiosk_group)
    : root_(data_dir / "content"), public_key_(std::move(public_key)),
      kiosk_group_(std::move(kiosk_group)) {
    // The first folders the kiosk makes in its data dir (before the store): private ones.
    create_private_directories(root_ / "files");
    create_private_directories(root_ / "bundles");
}

std::optional<fs::path> ContentStore::current_bundle() const {
    std::error_code ec;
    fs::path target = fs::read_symlink(root_ / "current", ec);
    if (ec) return std::nullopt;
    fs::path dir = root_ / target;
    if (!fs::is_directory(dir, ec)) return std::nullopt;
    return dir;
}

std::int64_t ContentStore::current_version() const {
    std::error_code ec;
    fs::path target = fs::read_symlink(root_ / "current", ec);
    if (ec) return 0;
    try {
        return std::stoll(target.filename().string());
    } catch (...) {
        return 0;
    }
}

std::optional<wire::Manifest> ContentStore::current_manifest() const {
    auto dir = current_bundle();
    if (!dir) return std::nullopt;
    return wire::parse_manifest(read_file(*dir / "manifest.json").value_or("")).manifest;
}

std::string ContentStore::current_expires() const {
    auto m = current_manifest();
    return m ? m->expires : "";
}

std::int64_t ContentStore::highest_accepted() const {
    // What is shown counts only when it is this group's: a kiosk moved to another group must
    // accept that group's first version, however low its number.
    auto shown = current_manifest();
    const std::int64_t shown_version =
        shown && shown->kiosk_group == kiosk_group_ ? shown->version : 0;
    std::string unreadable;
    auto state = parse_bounded_json(read_file(root_ / "accepted.json").value_or(""), kProtocolJson,
                                    unreadable);
    if (!state || !state->is_object() || !state->contains("highest_version") ||
        !(*state)["highest_version"].is_number_integer())
        return shown_version; // a lost state file must not lower the bar below what we show
    const nlohmann::json& j = *state;
    // Files from before the group check have neither field: they belong to what is shown.
    const bool same_group = j.value("kiosk_group", kiosk_group_) == kiosk_group_;
    const bool same_key = j.value("public_key", public_key_) == public_key_;
    if (!same_group || !same_key) return shown_version;
    return std::max(j["highest_version"].get<std::int64_t>(), shown_version);
}

bool ContentStore::has_file(const std::string& sha256) const {
    return is_sha256_hex(sha256) && fs::exists(root_ / "files" / sha256);
}

void ContentStore::persist_highest(std::int64_t version) const {
    nlohmann::json state{
        {"kiosk_group", kiosk_group_}, {"public_key", public_key_}, {"highest_version", version}};
    write_file_durably(root_ / "accepted.json", state.dump() + "\n");
}

void ContentStore::switch_current(const std::string& folder) const {
    fs::path tmp = root_ / "current.tmp";
    std::error_code ec;
    fs::remove(tmp, ec);
    fs::create_directory_symlink(fs::path("bundles") / folder, tmp);
    fs::rename(tmp, root_ / "current"); // rename(2) replaces the old link in one step
    int dir = ::open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

InstallOutcome ContentStore::refuse(std::int64_t version, std::string problem,
                                    std::string detail) const {
    InstallOutcome out;
    out.kind = InstallOutcome::Kind::Refused;
    out.version = version;
    out.problem = std::move(problem) + kKeep;
    out.detail = std::move(detail);
    return out;
}

InstallOutcome ContentStore::install(const std::string& manifest_bytes,
                                     const std::string& signature, const FileFetcher& fetch,
                                     const std::string& now_utc) {
    if (!verify_detached(manifest_bytes, signature, public_key_))
        return refuse(0, "Nieuwe inhoud geweigerd: de handtekening klopt niet.",
                      "manifest signature does not verify against the pinned public key");
    auto parsed = wire::parse_manifest(manifest_bytes);
    if (!parsed.manifest)
        return refuse(0, "Nieuwe inhoud geweigerd: de inhoudslijst is ongeldig.", parsed.error);
    const wire::Manifest& m = *parsed.manifest;
    if (m.kiosk_group != kiosk_group_)
        return refuse(m.version,
                      "Nieuwe inhoud geweigerd: die is voor een andere groep kiosks (" +
                          m.kiosk_group + ").",
                      "manifest is for kiosk group '" + m.kiosk_group + "', this kiosk is in '" +
                          kiosk_group_ + "'");
    // Both are "YYYY-MM-DDTHH:MM:SSZ", so text order is time order. Content that expires while
    // shown stays on screen (flagged stale); an expired manifest is never installed, so an old
    // signed manifest cannot be replayed to a new kiosk.
    if (!m.expires.empty() && now_utc > m.expires)
        return refuse(m.version, "Nieuwe inhoud geweigerd: die is verlopen op " + m.expires + ".",
                      "manifest version " + std::to_string(m.version) + " expired at " + m.expires +
                          " (now " + now_utc + ")");
    const std::int64_t highest = highest_accepted();
    if (m.version < highest)
        return refuse(m.version,
                      "Nieuwe inhoud geweigerd: versie " + std::to_string(m.version) +
                          " is ouder dan versie " + std::to_string(highest) +
                          " die de kiosk al had.",
                      "rollback: manifest version " + std::to_string(m.version) +
                          " < highest accepted " + std::to_string(highest));
    const std::string name =
        std::to_string(m.version) + "-" + sha256_hex(manifest_bytes).substr(0, 12);
    const std::string shown = current_bundle() ? current_bundle()->filename().string() : "";
    if (name == shown) {
        InstallOutcome same;
        same.kind = InstallOutcome::Kind::AlreadyCurrent;
        same.version = m.version;
        return same;
    }

    // 1. Every file into the content-addressed cache, checked on arrival.
    for (const auto& f : m.files) {
        fs::path cached = root_ / "files" / f.sha256;
        if (fs::exists(cached)) continue;
        fs::path tmp = root_ / "files" / (".incoming-" + f.sha256);
        std::error_code ec;
        fs::remove(tmp, ec);
        if (auto err = fetch(f.sha256, f.size, tmp); !err.empty()) {
            fs::remove(tmp, ec);
            InstallOutcome out;
            out.kind = InstallOutcome::Kind::FetchFailed;
            out.version = m.version;
            out.problem =
                "Nieuwe inhoud nog niet compleet: een bestand kon niet worden opgehaald." +
                std::string(kKeep);
            out.detail = "fetch " + f.path + " (" + f.sha256 + "): " + err;
            return out;
        }
        auto size = fs::file_size(tmp, ec);
        auto got = sha256_file_hex(tmp);
        if (ec || static_cast<std::int64_t>(size) != f.size || !got || *got != f.sha256) {
            fs::remove(tmp, ec);
            return refuse(m.version,
                          "Nieuwe inhoud geweigerd: bestand " + f.path + " is beschadigd.",
                          "file " + f.path + ": expected sha256 " + f.sha256 + " size " +
                              std::to_string(f.size) + ", got " + (got ? *got : "unreadable") +
                              " size " + std::to_string(ec ? -1 : static_cast<long long>(size)));
        }
        fs::rename(tmp, cached);
    }

    // 2. Assemble the bundle folder out of sight.
    fs::path staging = root_ / "bundles" / (".staging-" + name);
    fs::remove_all(staging);
    fs::create_directories(staging);
    for (const auto& f : m.files) {
        fs::path to = staging / f.path;
        fs::create_directories(to.parent_path());
        place_file(root_ / "files" / f.sha256, to);
    }
    write_file_durably(staging / "manifest.json", manifest_bytes);
    write_file_durably(staging / "manifest.json.sig", signature + "\n");

    // 3. The whole bundle must load: a signed bundle with a content mistake still stays out.
    auto loaded = load_bundle(staging, true);
    if (!loaded.ok()) {
        fs::remove_all(staging);
        std::string first = loaded.problems.empty() ? std::string("onbekende fout")
                                                    : loaded.problems.front().to_string();
        return refuse(m.version, "Nieuwe inhoud geweigerd: fout in de inhoud (" + first + ").",
                      "bundle " + name + " does not load: " + first);
    }

    // 4. Switch: the folder appears under its final name, then `current` flips in one rename.
    fs::path final_dir = root_ / "bundles" / name;
    if (fs::exists(final_dir)) fs::remove_all(final_dir); // not shown: name != shown
    fs::rename(staging, final_dir);
    switch_current(name);
    persist_highest(m.version);
    remove_old_bundles(name, shown);

    InstallOutcome out;
    out.kind = InstallOutcome::Kind::Installed;
    out.version = m.version;
    std::cerr << "sync: installed bundle version " << m.version << " (" << m.files.size()
              << " files)\n";
    return out;
}

// Keeps the shown bundle and the one before it; drops cached files no kept bundle uses.
void ContentStore::remove_old_bundles(const std::string& keep_current,
                                      const std::string& keep_previous) const {
    std::set<std::string> keep_names{keep_current, keep_previous};
    std::set<std::string> used;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root_ / "bundles", ec)) {
        std::string n = entry.path().filename().string();
        if (!keep_names.count(n)) {
            fs::remove_all(entry.path(), ec);
            continue;
        }
        auto parsed = wire::parse_manifest(read_file(entry.path() / "manifest.json").value_or(""));
        if (parsed.manifest)
            for (const auto& f : parsed.manifest->files)
                used.insert(f.sha256);
    }
    for (const auto& entry : fs::directory_iterator(root_ / "files", ec)) {
        std::string n = entry.path().filename().string();
        if (is_sha256_hex(n) && !used.count(n)) fs::remove(entry.path(), ec);
    }
}

} // namespace bk
