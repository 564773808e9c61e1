// CTest runs every Catch2 case on its own, by name; CMake splits a name at ';', and the pieces
// then match no test and would pass without running anything. No test name may hold a ';'.
#include "include_scan.h"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;

TEST_CASE("no test case name contains a semicolon") {
    const std::string marker = "TEST_CASE(\"";
    std::string bad;
    int seen = 0;
    for (const fs::path& file :
         bk::test::sources_under(fs::path(BUURTKIOSK_SOURCE_DIR) / "tests")) {
        if (file.extension() != ".cpp") continue;
        const std::string source = bk::test::read_source(file);
        for (auto at = source.find(marker); at != std::string::npos;
             at = source.find(marker, at + 1)) {
            auto begin = at + marker.size();
            auto end = source.find('"', begin);
            if (end == std::string::npos) break;
            ++seen;
            std::string name = source.substr(begin, end - begin);
            if (name.find(';') != std::string::npos)
                bad += file.filename().string() + ": " + name + "\n";
        }
    }
    INFO("test names with ';':\n" << bad);
    CHECK(seen > 50); // the scan really found the suite
    CHECK(bad.empty());
}
