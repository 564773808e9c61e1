// Every screen at every screen size and letter size, checked as a finger and an eye would: tap
// targets of at least 15 mm with 2 mm between them, nothing cut off by the screen edge, no label
// taller than its button (kiosk/script/layout_check.cpp). The panel sizes are the defaults of
// kiosk/screen_size.cpp: 15.6-inch for 1920x1080 and 1080x1920, 10.1-inch for 1280x800, 7-inch
// for 800x480.
#include "ui/visitor_fixture.h"
#include "volunteer/volunteer_access.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace bk;
using namespace bk::test;

namespace {

// Home, language, agenda, information and a page.
const char* kFromHome = R"(
check-layout
tap language
check-layout
tap back
tap tile-agenda
check-layout
tap home
tap tile-info
check-layout
tap page-hulp-bij-geldzaken
check-layout
quit
)";

// The first two steps of "Bel mij terug".
const char* kCallback = R"(
check-layout
tap topic-money
check-layout
quit
)";

// An activity, its sign-up form and cancel with a code.
const char* kFromDetail = R"(
check-layout
tap sign-up
check-layout
tap back
tap cancel-with-code
check-layout
quit
)";

// The PIN pad, then volunteer mode. The drag scrolls the pad where it scrolls (7-inch, large
// letters); elsewhere the finger leaves the key before lifting, which presses nothing.
const char* kVolunteer = R"(
check-layout
tap pin-4
tap pin-7
tap pin-1
tap pin-1
drag pin-9 -300
tap pin-OK
check-layout
quit
)";

// Known and open (issue 10, docs/accessibility.md), excused here by name so that everything
// else is held to the rules:
// - the letter keyboard has ten keys a row, which cannot be 15 mm wide with space between on a
//   screen under 190 mm across, and on the 15.6-inch screen the form leaves them 14.4 mm high;
//   the keyboard is excused until it is laid out per screen (pages of letters on 7-inch);
// - the spoken question labels over form fields ("say-...") are one line high, not 15 mm, and
//   touch their field; the screen's "Lees voor" reads the same questions;
// - the typing forms (sign-up, callback, cancel) on the low landscape screens (1280x800,
//   800x480) still shrink the big layout instead of going step by step.
bool known_open(const std::string& line, const std::string& size) {
    if (line.find("(say-") != std::string::npos) return true;
    if (line.find("key-") != std::string::npos) return true;
    if (size == "1920x1080") return false;
    bool low = size == "1280x800" || size == "800x480";
    for (const char* form : {"layout: sign-up:", "layout: callback:", "layout: cancel:"})
        if (low && line.rfind(form, 0) == 0) return true;
    return false;
}

} // namespace

TEST_CASE("every screen keeps targets, gaps and edges at every screen and letter size", "[ui]") {
    VisitorFixture kiosk;
    std::filesystem::create_directories(kiosk.store_file().parent_path());
    std::ofstream(kiosk.store_file().parent_path() / "volunteer-pin") << hash_pin("4711") << "\n";
    std::ostringstream problems;
    int screens_checked = 0;
    for (const char* size : {"1920x1080", "1280x800", "800x480", "1080x1920"})
        for (const char* text : {"normal", "large", "largest"}) {
            std::vector<std::string> look{"--size", size, "--text-size", text};
            auto with = [&](std::vector<std::string> more) {
                more.insert(more.begin(), look.begin(), look.end());
                return more;
            };
            for (const auto& [script, args] :
                 {std::pair{kFromHome, with({})},
                  std::pair{kCallback, with({"--screen", "callback"})},
                  std::pair{kFromDetail, with({"--screen", "detail", "--activity", "digicafe"})},
                  std::pair{kVolunteer, with({"--screen", "volunteer"})}}) {
                KioskRun r = kiosk.run(script, args);
                std::istringstream lines(r.output);
                for (std::string line; std::getline(lines, line);) {
                    if (line.rfind("layout checked:", 0) == 0) {
                        ++screens_checked;
                        // 0.7 degrees at 50 cm (EN 301 549 5.1.4) in the largest letters.
                        float mm = std::stof(line.substr(line.rfind("capitals ") + 9));
                        if (std::string(text) == "largest" && mm < 6.1f)
                            problems << size << " largest: capitals are " << mm << " mm\n";
                    }
                    if (line.rfind("layout: ", 0) == 0 && !known_open(line, size))
                        problems << size << " " << text << ": " << line.substr(8) << "\n";
                }
            }
        }
    // 12 screens in each of the 12 looks: a walk that stopped early would check fewer.
    CHECK(screens_checked == 12 * 12);
    INFO(problems.str());
    CHECK(problems.str().empty());
}
