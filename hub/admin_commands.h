// The hub's small administrative commands: keys, kiosks, callback export, submission and quick
// activity listings.
#pragma once
#include <filesystem>
#include <string>

namespace bk::hub {

// Writes signing.pub and signing.key (mode 0600) into `out`; refuses to overwrite.
int keygen(const std::filesystem::path& out);
// Registers a kiosk; prints its token and a kiosk.json snippet (the token is shown only once).
int provision(const std::filesystem::path& data, const std::string& kiosk, const std::string& group,
              const std::string& hub_url, const std::filesystem::path& public_key_file);
// Writes callback requests to a CSV file for the sociaal team, then removes them from the hub.
int export_callbacks(const std::filesystem::path& data, const std::filesystem::path& csv);
// Per occurrence: signed up, waiting, checked in and no-shows, in people; no names. Nothing is
// removed: the figures are the municipality's, not personal data.
int export_attendance(const std::filesystem::path& data, const std::filesystem::path& csv);
// Lists kiosks with their last heartbeat.
int list_kiosks(const std::filesystem::path& data);
// Lists received submissions without personal data (kiosk, id, kind, times).
int list_submissions(const std::filesystem::path& data);
// Lists the quick activities kiosks' volunteers made (date, time, title, kiosk, group, capacity),
// by date and start. They hold no personal data.
int list_local_activities(const std::filesystem::path& data);

} // namespace bk::hub
