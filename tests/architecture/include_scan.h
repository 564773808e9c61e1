// Reading sources for the architecture rules: which headers a file includes, and where.
#pragma once
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bk::test {

// "  #  include <SDL.h>" -> "SDL.h"; nullopt for any other line.
std::optional<std::string> included_header(const std::string& line);

// The #include lines of `source` whose header `matches`, as "<line number>: <line>".
std::vector<std::string> includes_where(const std::string& source,
                                        const std::function<bool(const std::string&)>& matches);

std::string read_source(const std::filesystem::path& file);

// The C and C++ sources under `folder`, recursively.
std::vector<std::filesystem::path> sources_under(const std::filesystem::path& folder);

std::string lower(std::string text);

} // namespace bk::test
