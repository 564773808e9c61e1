// What a screen's speaker reads, as text: the script step `print-spoken` prints every text the
// screen's speaker would read ("spoken: <id>: <text>"), so these tests see what bystanders would
// hear without needing a sound card.
#include "buurtkiosk/content/bundle.h"
#include "buurtkiosk/content/occurrences.h"
#include "support/kiosk_runner.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>

using namespace bk;

namespace {
// The texts printed by `print-spoken`, joined.
std::string spoken_text(const std::string& output) {
    std::string all;
    std::istringstream in(output);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("spoken: ", 0) == 0) all += line.substr(8) + "\n";
    return all;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

test::KioskRun run(const test::TempDir& dir, const std::string& script,
                   const std::vector<std::string>& extra = {}) {
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = dir.path();
    launch.extra_args = extra;
    launch.script = script;
    return test::run_kiosk(launch);
}
} // namespace

TEST_CASE("the home screen reads each of today's activities once") {
    // Tried: the today list read "10:00 Digicafé." and then every card read its own text again,
    // so every visible activity was heard twice.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto result = run(dir, "expect-screen home\nprint-spoken\nquit\n");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    std::string spoken = spoken_text(result.output);

    BundleLoadResult demo = load_bundle(BUURTKIOSK_DEMO_CONTENT);
    REQUIRE(demo.ok());
    Date today = *parse_date("2026-11-24");
    int shown = 0;
    for (const Occurrence& o : occurrences_between(*demo.content, today, today)) {
        if (o.when.end->minutes <= 10 * 60 + 15) continue; // finished before 10:15: not on home
        const std::string& title = o.activity->title.in("nl");
        INFO(title);
        CHECK(count(spoken, title) == 1);
        ++shown;
    }
    CHECK(shown >= 2);
}

TEST_CASE("the code and the typed first name are not read aloud unless the visitor asks") {
    // Tried: the form read "Voornaam: Wilhelmina" and the done screen read "Uw code: DYD4" and
    // the letters over the loudspeaker, for everybody in the room.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto result = run(dir, "tap card-digicafe-2026-11-24\ntap sign-up\ntype Wilhelmina\n"
                           "expect-visible Wilhelmina\nprint-spoken\nsay form\n"
                           "tap confirm\nexpect-screen sign-up-done\nprint-spoken\nsay done\n"
                           "expect-visible Lees mijn code voor\nprint-spoken done-code\nquit\n");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    auto form_at = result.output.find("say: form");
    auto done_at = result.output.find("say: done");
    REQUIRE(done_at != std::string::npos);
    std::string form = spoken_text(result.output.substr(0, form_at));
    std::string done = spoken_text(result.output.substr(form_at, done_at - form_at));
    std::string on_request = spoken_text(result.output.substr(done_at));

    CHECK(form.find("sign-up-name: Uw voornaam\n") != std::string::npos); // only the question
    CHECK(form.find("Wilhelmina") == std::string::npos);
    CHECK(done.find("Uw code staat op het scherm.") != std::string::npos);
    CHECK(done.find("Uw code:") == std::string::npos);
    // "Lees mijn code voor" warns first, then reads the code.
    CHECK(on_request.rfind("done-code: Let op: mensen in de buurt kunnen meeluisteren. Uw code: ",
                           0) == 0);
}

TEST_CASE("with the visitor's headset plugged in the code is read with the screen, unwarned") {
    // SDL's dummy audio driver has one output, "System audio output device": here it stands for
    // the headset a kiosk names with --headset. Tried: the same walk as above; with the headset
    // in nobody else hears, so the code is read with the screen and the warning would be wrong.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    test::TempDir dir;
    auto result = run(dir,
                      "tap card-digicafe-2026-11-24\ntap sign-up\ntype Wilhelmina\n"
                      "tap confirm\nexpect-screen sign-up-done\nprint-spoken\nquit\n",
                      {"--headset", "system audio"});
    unsetenv("SDL_AUDIODRIVER");
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    CHECK(result.output.find("buurtkiosk: headset in: System audio output device") !=
          std::string::npos);
    std::string done = spoken_text(result.output);
    CHECK(done.find("done-code: Uw code: ") != std::string::npos);
    CHECK(done.find("meeluisteren") == std::string::npos);
    CHECK(done.find("Wilhelmina") == std::string::npos); // the name never
}
