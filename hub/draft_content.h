// A group's content as the desk edits it before publishing: a content folder of its own under
// <data>/drafts/<group>/, the same files `buurtkiosk-hub publish` takes. It starts as a copy of
// the version published last (so content published from the command line can be edited on the
// desk) or, for a group with nothing published, as an empty buurtkamer.
#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>

namespace bk::hub {

class DraftContent {
public:
    DraftContent(const std::filesystem::path& data, std::string group);

    const std::string& group() const { return group_; }
    const std::filesystem::path& folder() const { return folder_; }

    // Makes the folder when it is missing. Throws std::runtime_error when the files cannot be
    // written (a full disk): the desk says so, and nothing half-made stays behind.
    void ensure();
    // The published version the draft was started from (0: none).
    std::int64_t based_on();

    // activities.json's "activities" array.
    nlohmann::json activities();
    void save_activities(const nlohmann::json& activities);
    // pages.json's "pages" array; a draft without the file has none.
    nlohmann::json pages();
    void save_pages(const nlohmann::json& pages);
    // announcements.json's "announcements" array; a draft without the file has none.
    nlohmann::json announcements();
    void save_announcements(const nlohmann::json& announcements);
    // Writes a file (a picture) under the folder; `relative` is made by the desk, not typed.
    void save_file(const std::string& relative, const std::string& bytes);

    // Replaces the draft with published `version`'s files (to publish an older version again).
    // False when that version is not on disk.
    bool restore(std::int64_t version);

    // Drafts of all groups are read and written under this lock: an editor's save is a read,
    // a change and a write of a whole file, and two at once would lose one.
    static std::mutex& mutex();

private:
    std::filesystem::path data_;
    std::string group_;
    std::filesystem::path folder_;
};

} // namespace bk::hub
