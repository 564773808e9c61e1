// The house rule that shared/ and the kiosk's core stay UI-free: no source in them includes SDL or
// Dear ImGui, and their CMakeLists.txt link neither.
#include "include_scan.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace bk::test;

namespace {

// The #include lines of `source` that pull in SDL or ImGui, with their line numbers.
std::vector<std::string> ui_includes(const std::string& source) {
    return includes_where(source, [](const std::string& header) {
        const std::string name = lower(header);
        return name.find("sdl") != std::string::npos || name.find("imgui") != std::string::npos;
    });
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

TEST_CASE("no source in shared/ or kiosk/core/ includes SDL or ImGui", "[architecture]") {
    for (const char* part : {"shared", "kiosk/core"}) {
        const fs::path root = fs::path(BUURTKIOSK_SOURCE_DIR) / part;
        REQUIRE(fs::is_directory(root));
        int scanned = 0;
        for (const fs::path& file : sources_under(root)) {
            ++scanned;
            for (const std::string& line : ui_includes(read_source(file)))
                FAIL_CHECK("UI include in " << part << "/" << fs::relative(file, root).string()
                                            << ":" << line);
        }
        INFO(part << ": scanned " << scanned << " files");
        CHECK(scanned >= 20); // the walk really looked at the library
    }
}

TEST_CASE("the CMakeLists.txt of shared/ and kiosk/core/ link neither SDL nor ImGui",
          "[architecture]") {
    for (const char* part : {"shared", "kiosk/core"}) {
        const std::string cmake =
            read_source(fs::path(BUURTKIOSK_SOURCE_DIR) / part / "CMakeLists.txt");
        REQUIRE_FALSE(cmake.empty());
        std::istringstream lines(cmake);
        std::string line;
        while (std::getline(lines, line)) {
            const std::string code = lower(line.substr(0, line.find('#')));
            INFO(part << ": " << line);
            CHECK(code.find("sdl") == std::string::npos);
            CHECK(code.find("imgui") == std::string::npos);
        }
    }
}
