#include "include_scan.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace bk::test {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::optional<std::string> included_header(const std::string& line) {
    std::size_t at = line.find_first_not_of(" \t");
    if (at == std::string::npos || line[at] != '#') return std::nullopt;
    at = line.find_first_not_of(" \t", at + 1);
    if (at == std::string::npos || line.compare(at, 7, "include") != 0) return std::nullopt;
    at = line.find_first_of("<\"", at + 7);
    if (at == std::string::npos) return std::nullopt;
    std::size_t end = line.find_first_of(">\"", at + 1);
    if (end == std::string::npos) return std::nullopt;
    return line.substr(at + 1, end - at - 1);
}

std::vector<std::string> includes_where(const std::string& source,
                                        const std::function<bool(const std::string&)>& matches) {
    std::vector<std::string> found;
    std::istringstream lines(source);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        std::optional<std::string> included = included_header(line);
        if (included && matches(*included)) found.push_back(std::to_string(number) + ": " + line);
    }
    return found;
}

std::string read_source(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::filesystem::path> sources_under(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
        const std::string ext = entry.path().extension().string();
        if (entry.is_regular_file() &&
            (ext == ".h" || ext == ".hpp" || ext == ".cpp" || ext == ".cc" || ext == ".c"))
            found.push_back(entry.path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace bk::test
