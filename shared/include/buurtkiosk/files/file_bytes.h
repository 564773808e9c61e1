// Whole files as bytes: the one way the kiosk and the hub read a file, and the one way they
// write one so that it survives a power cut once the call returns (the step to take before
// deleting the data it holds from anywhere else).
#pragma once
#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>

namespace bk {

// The file's bytes; nullopt when it cannot be opened or read.
std::optional<std::string> read_file(const std::filesystem::path& file);

// Temp file next to `file` (created with `mode`), write, fsync, rename over `file`, fsync the
// folder. Throws std::runtime_error naming the file, the step and the system's reason; the temp
// file is gone then and `file` untouched.
void write_file_durably(const std::filesystem::path& file, const std::string& bytes,
                        mode_t mode = 0644);

} // namespace bk
