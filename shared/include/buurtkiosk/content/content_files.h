// Reading the content files a manifest lists into the domain types, one function per file.
// Each records its problems through the FieldReader and keeps what it could read.
#pragma once
#include "buurtkiosk/content/field_reader.h"
#include "buurtkiosk/content/manifest.h"
#include "buurtkiosk/domain/content.h"

#include <filesystem>

namespace bk {

void read_place_file(const Json& root, FieldReader& reader, Place& place);
// Images must be listed in the manifest and exist under `folder`.
void read_activities_file(const Json& root, FieldReader& reader, const Manifest& manifest,
                          const std::filesystem::path& folder, std::vector<Activity>& activities);
void read_pages_file(const Json& root, FieldReader& reader, std::vector<InfoPage>& pages);
void read_announcements_file(const Json& root, FieldReader& reader,
                             std::vector<Announcement>& announcements);

// "[a-z0-9-]+"
bool is_content_id(const std::string& id);

} // namespace bk
