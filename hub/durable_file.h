// Writing a file so that it survives a power cut once the call returns: the step to take before
// deleting the data it holds from anywhere else.
#pragma once
#include <sys/types.h>

#include <filesystem>
#include <string>

namespace bk::hub {

// Temp file next to `file` (created with `mode`), write, fsync, rename over `file`, fsync the
// folder. Throws std::runtime_error naming the file, the step and the system's reason; the temp
// file is gone then and `file` untouched.
void write_file_durably(const std::filesystem::path& file, const std::string& bytes, mode_t mode);

} // namespace bk::hub
