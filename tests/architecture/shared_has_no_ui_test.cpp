// The house rule that shared/ stays UI-free: no source in it includes SDL or Dear ImGui, and its
// CMakeLists.txt links neither.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// "  #  include <SDL.h>" -> "SDL.h"; nullopt for any other line.
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

// The #include lines of `source` that pull in SDL or ImGui, with their line numbers.
std::vector<std::string> ui_includes(const std::string& source) {
    std::vector<std::string> found;
    std::istringstream lines(source);
    std::string line;
    for (int number = 1; std::getline(lines, line); ++number) {
        std::optional<std::string> included = included_header(line);
        if (!included) continue;
        const std::string header = lower(*included);
        if (header.find("sdl") != std::string::npos || header.find("imgui") != std::string::npos)
            found.push_back(std::to_string(number) + ": " + line);
    }
    return found;
}

std::string read(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("the include scanner finds SDL and ImGui includes", "[architecture]") {
    CHECK(ui_includes("#include <SDL2/SDL.h>\n").size() == 1);
    CHECK(ui_includes("#include <SDL.h>\n").size() == 1);
    CHECK(ui_includes("  #  include \"imgui.h\"\n").size() == 1);
    CHECK(ui_includes("#include <backends/imgui_impl_sdl.h>\n").size() == 1);
    CHECK(ui_includes("int x;\n#include <imgui_stdlib.h>\n").at(0) ==
          "2: #include <imgui_stdlib.h>");
    CHECK(ui_includes("// SDL and imgui are not used here\n#include <string>\n").empty());
    CHECK(ui_includes("#include \"store/outbox.h\"\n").empty());
}

TEST_CASE("no source in shared/ includes SDL or ImGui", "[architecture]") {
    const fs::path shared = fs::path(BUURTKIOSK_SOURCE_DIR) / "shared";
    REQUIRE(fs::is_directory(shared / "src"));
    int scanned = 0;
    std::vector<std::string> offenders;
    for (const auto& entry : fs::recursive_directory_iterator(shared)) {
        const std::string ext = entry.path().extension().string();
        if (!entry.is_regular_file() ||
            (ext != ".h" && ext != ".hpp" && ext != ".cpp" && ext != ".cc" && ext != ".c"))
            continue;
        ++scanned;
        for (const std::string& line : ui_includes(read(entry.path())))
            offenders.push_back(fs::relative(entry.path(), shared).string() + ":" + line);
    }
    INFO("scanned " << scanned << " files");
    CHECK(scanned >= 20); // the walk really looked at the library
    for (const std::string& offender : offenders)
        FAIL_CHECK("UI include in shared/" << offender);
}

TEST_CASE("shared/CMakeLists.txt links neither SDL nor ImGui", "[architecture]") {
    const std::string cmake = read(fs::path(BUURTKIOSK_SOURCE_DIR) / "shared" / "CMakeLists.txt");
    REQUIRE_FALSE(cmake.empty());
    std::istringstream lines(cmake);
    std::string line;
    while (std::getline(lines, line)) {
        const std::string code = lower(line.substr(0, line.find('#')));
        INFO(line);
        CHECK(code.find("sdl") == std::string::npos);
        CHECK(code.find("imgui") == std::string::npos);
    }
}
