// `buurtkiosk-hub import-ics`: a calendar export (Google, Outlook, Nextcloud, a website) into
// activities.json, as explicit dates for a rolling window of weeks (docs/content-format.md).
#pragma once
#include "buurtkiosk/domain/calendar.h"
#include "ics_categories.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace bk::hub {

struct IcsImport {
    std::vector<nlohmann::ordered_json> activities; // in docs/content-format.md's shape
    std::vector<std::string> warnings;              // what was skipped, cut or guessed
    std::string error;    // not empty: nothing may be written ("line 3: byte 0x81 ...")
    std::string encoding; // "UTF-8" or "Windows-1252"
    std::size_t events = 0;
    std::size_t dates = 0;
};

// Every activity gets "source": "ics:<source>" and an id "<source>-<digest of its UID>".
IcsImport convert_calendar(const std::string& bytes, const std::string& source,
                           const IcsCategories& categories, Date first, Date last);

// Today's date where the kiosks are: the window of imported dates starts here.
Date today_in_amsterdam();

// In `activities` (an "activities" array) the ones `source` gave last time ("source":
// "ics:<source>") are replaced by `imported`; every other activity stays as it is. Returns "" or,
// changing nothing, why not (an imported id taken by another activity).
std::string replace_source_activities(nlohmann::ordered_json& activities, const std::string& source,
                                      std::vector<nlohmann::ordered_json> imported);

struct IcsImportOptions {
    std::filesystem::path ics_file;
    std::filesystem::path content_dir;
    std::string source;                              // empty: from the file name
    std::optional<std::filesystem::path> categories; // --categories FILE
    std::optional<Date> today;                       // empty: today in Europe/Amsterdam
    int weeks = 13;
};

// Replaces what the same source gave last time in content_dir/activities.json and leaves every
// other activity alone; writes nothing unless all of it succeeds. Returns the exit code.
int import_ics(const IcsImportOptions& options);

} // namespace bk::hub
