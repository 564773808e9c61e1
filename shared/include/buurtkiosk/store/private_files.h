// Folders and files that hold personal data belong to the kiosk's user alone (0700 and 0600),
// whatever umask started the program: without systemd's UMask= they came out 0755 and 0644.
#pragma once
#include <filesystem>

namespace bk {

// Creates the missing folders of `dir` with mode 0700; folders that exist keep their mode (it
// may be a folder the operator chose, such as /var/lib). Best effort: whoever then opens a file
// in it reports a failure.
void create_private_directories(const std::filesystem::path& dir);

// Creates `file` empty with mode 0600 when missing, and takes group and other rights away from
// an existing one. Best effort, as above.
void make_private_file(const std::filesystem::path& file);

} // namespace bk
