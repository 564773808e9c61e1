// A kiosk whose bundle is broken or missing still starts: no crash, no blank screen, the tiles
// are there, volunteers see a warning, and the log names the file and the field.
#include "buurtkiosk/content/file_hash.h"
#include "support/kiosk_runner.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace bk;
namespace fs = std::filesystem;

namespace {
test::KioskRun run_on(const test::TempDir& dir, const fs::path& content) {
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = dir.path() / "data";
    launch.extra_args = {"--content", content.string()};
    launch.script = "expect-visible tile-agenda\nexpect-visible tile-info\nquit\n";
    return test::run_kiosk(launch);
}

void rehash(const fs::path& bundle, const std::string& name, const std::string& bytes) {
    nlohmann::json manifest;
    std::ifstream(bundle / "manifest.json") >> manifest;
    for (auto& file : manifest["files"])
        if (file["path"] == name) {
            file["sha256"] = sha256_hex(bytes);
            file["size"] = bytes.size();
        }
    std::ofstream(bundle / "manifest.json", std::ios::trunc) << manifest.dump(2);
}

fs::path demo_copy(const test::TempDir& dir) {
    fs::path copy = dir.path() / "content";
    fs::copy(fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo", copy,
             fs::copy_options::recursive);
    return copy;
}
} // namespace

TEST_CASE("a bundle with broken JSON: the kiosk starts and the log names file and field") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    fs::path content = demo_copy(dir);
    std::ofstream(content / "activities.json", std::ios::trunc) << "{\"activities\": [ {\"id\": ";
    auto run = run_on(dir, content);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("activities.json") != std::string::npos);
}

TEST_CASE("an activity that ends before it starts: the log names the field") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    fs::path content = demo_copy(dir);
    // One activity ends at 00:01, before it starts; the manifest is updated to match, so the
    // schedule itself is what the kiosk must refuse.
    std::ifstream in(content / "activities.json");
    std::string text((std::istreambuf_iterator<char>(in)), {});
    auto at = text.find("\"end\": \"");
    REQUIRE(at != std::string::npos);
    text.replace(at + 8, 5, "00:01");
    std::ofstream(content / "activities.json", std::ios::trunc) << text;
    rehash(content, "activities.json", text);
    auto run = run_on(dir, content);
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find(".end") != std::string::npos);
}

TEST_CASE("no bundle at all: the kiosk starts on an empty agenda") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto run = run_on(dir, dir.path() / "does-not-exist");
    INFO(run.output);
    CHECK(run.exit_code == 0);
    CHECK(run.output.find("does-not-exist") != std::string::npos);
}
