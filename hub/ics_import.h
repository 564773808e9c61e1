// `buurtkiosk-hub import-ics`: iCalendar events (e.g. from a municipality's agenda) into
// activities.json. Weekly recurring events become weekly activities, all others one-off ones.
#pragma once
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace bk::hub {

struct IcsImport {
    std::vector<nlohmann::ordered_json> activities; // in docs/content-format.md's shape
    std::vector<std::string> warnings;              // "line 12: ...": what was skipped or guessed
};

// Unfolds lines, reads every VEVENT; never throws for bad input.
IcsImport parse_ics(const std::string& text);

// Merges into content_dir/activities.json (same id: replaced); returns the exit code.
int import_ics(const std::filesystem::path& ics_file, const std::filesystem::path& content_dir);

} // namespace bk::hub
