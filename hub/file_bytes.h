// Reading a whole file as bytes, for the hub's manifests, keys and content files.
#pragma once
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace bk::hub {

// The file's bytes; nullopt when it cannot be opened.
inline std::optional<std::string> read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace bk::hub
