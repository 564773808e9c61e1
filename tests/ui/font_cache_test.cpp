// The built font atlas kept in the data folder (kiosk/font_cache.h): a second start takes it
// from there and draws the same pixels; a damaged file is noticed, not used, and built again.
#include "buurtkiosk/files/file_bytes.h"
#include "support/temp_dir.h"
#include "ui/visitor_fixture.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace bk;
using namespace bk::test;

namespace {
// Runs the kiosk to its home screen; returns its output and the screenshot's bytes.
std::pair<std::string, std::string> start(VisitorFixture& kiosk, const TempDir& dir,
                                          const std::string& name) {
    std::string shot = (dir / (name + ".png")).string();
    KioskRun run = kiosk.run("screenshot " + shot + "\nquit\n");
    return {run.output, read_file(shot).value_or("")};
}

std::filesystem::path only_file(const std::filesystem::path& folder) {
    std::filesystem::path found;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        found = entry.path();
    return found;
}
} // namespace

TEST_CASE("the font atlas is kept between starts, and a damaged one is built again",
          "[ui][fonts]") {
    VisitorFixture kiosk;
    TempDir dir;
    auto [first_log, first] = start(kiosk, dir, "first");
    CHECK(first_log.find("fonts built") != std::string::npos);
    REQUIRE_FALSE(first.empty());
    const std::filesystem::path file = only_file(kiosk.store_file().parent_path() / "font-cache");
    REQUIRE_FALSE(file.empty());

    auto [cached_log, cached] = start(kiosk, dir, "cached");
    CHECK(cached_log.find("fonts from cache") != std::string::npos);
    CHECK(cached == first); // the same pixels, to the byte

    // Tried: one byte changed in the glyph images, then the file cut in half, then a file of
    // another format under the same name.
    std::string bytes = read_file(file).value();
    std::string flipped = bytes;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x40);
    for (const std::string& damaged :
         {flipped, bytes.substr(0, bytes.size() / 2), std::string("\x89PNG\r\n")}) {
        write_file_durably(file, damaged);
        auto [log, shot] = start(kiosk, dir, "rebuilt");
        INFO(log);
        CHECK(log.find("is corrupt: rebuilt") != std::string::npos);
        CHECK(shot == first);
        CHECK(read_file(file) == bytes); // written again, whole
    }
}
