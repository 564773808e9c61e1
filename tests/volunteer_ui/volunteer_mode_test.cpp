// Volunteer mode driven through the real kiosk: the PIN gate keeps visitors out, a volunteer
// sees today's sign-ups and can cancel one, and the result is in the store.
#include "buurtkiosk/store/database.h"
#include "buurtkiosk/store/local_activities.h"
#include "buurtkiosk/store/outbox.h"
#include "buurtkiosk/store/sign_ups.h"
#include "buurtkiosk/volunteer/volunteer_access.h"
#include "support/kiosk_runner.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

using namespace bk;

namespace {
// The demo's Tuesday 24 November 2026 has "digicafe" (8 places) at 13:30.
const Date kTuesday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}};

test::KioskLaunch volunteer_launch(const test::TempDir& dir, const std::string& script) {
    std::ofstream(dir.path() / "volunteer-pin") << hash_pin("4711") << "\n";
    test::KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = dir.path();
    launch.script = script;
    launch.size = "1920x1080";
    launch.extra_args = {"--screen", "volunteer"};
    return launch;
}

std::string sign_up_ans(const test::TempDir& dir) {
    Database db(dir.path() / "kiosk.sqlite");
    SignUpRequest request{"digicafe", kTuesday, "Ans", 2, std::nullopt, 8, "form-1"};
    return SignUps(db).sign_up(request, std::chrono::system_clock::now()).code;
}
// Ans (6) and Bert (2) fill the Digicafé's 8 places; Cor (2) waits. Returns Bert and Cor.
std::pair<SignUpResult, SignUpResult> fill_digicafe(const test::TempDir& dir) {
    Database db(dir.path() / "kiosk.sqlite");
    SignUps sign_ups(db);
    auto now = std::chrono::system_clock::now();
    sign_ups.sign_up({"digicafe", kTuesday, "Ans", 6, std::nullopt, 8, "form-a"}, now);
    return {sign_ups.sign_up({"digicafe", kTuesday, "Bert", 2, std::nullopt, 8, "form-b"}, now),
            sign_ups.sign_up({"digicafe", kTuesday, "Cor", 2, std::nullopt, 8, "form-c"}, now)};
}
} // namespace

TEST_CASE("a volunteer with the right PIN cancels a sign-up from today's list, after a yes") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    std::string code = sign_up_ans(dir);
    const std::string unlock = "tap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\ntap pin-OK\n";
    SECTION("Afmelden, then Nee, leaves the sign-up") {
        // Tried: "Afmelden" sits beside "Is er"; one tap on it used to cancel at once.
        auto run = test::run_kiosk(volunteer_launch(
            dir, unlock + "tap cancel-" + code + "\nexpect-visible cancel-yes-" + code +
                     "\nexpect-not-visible check-in-" + code + "\ntap cancel-no-" + code +
                     "\nexpect-visible check-in-" + code + "\nwait 1\nquit\n"));
        INFO(run.output);
        REQUIRE(run.exit_code == 0);
        Database db(dir.path() / "kiosk.sqlite");
        CHECK(SignUps(db).find_by_code(code));
        return;
    }
    auto run = test::run_kiosk(
        volunteer_launch(dir, unlock + "expect-visible cancel-" + code + "\ntap cancel-" + code +
                                  "\ntap cancel-yes-" + code +
                                  "\nwait 2\nexpect-not-visible cancel-" + code + "\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    Database db(dir.path() / "kiosk.sqlite");
    CHECK_FALSE(SignUps(db).find_by_code(code));
    CHECK(SignUps(db).places_taken("digicafe", kTuesday) == 0);
}

TEST_CASE("a wrong PIN shows no lists, and five wrong PINs hide the pad") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    std::string code = sign_up_ans(dir);
    std::string wrong = "tap pin-1\ntap pin-2\ntap pin-3\ntap pin-4\ntap pin-OK\n";
    std::string script = wrong + "expect-not-visible cancel-" + code + "\nexpect-visible pin-1\n";
    for (int i = 0; i < 4; ++i)
        script += wrong;
    // Locked out now: even the right PIN cannot be typed, the pad is gone.
    script += "expect-not-visible pin-4\nexpect-not-visible cancel-" + code + "\nquit\n";
    auto run = test::run_kiosk(volunteer_launch(dir, script));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    Database db(dir.path() / "kiosk.sqlite");
    CHECK(SignUps(db).find_by_code(code)); // nothing was cancelled
}

TEST_CASE("sign-ups are purged from the kiosk a day after their activity, not before") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    const Date saturday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{21}};
    const Date monday{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{23}};
    std::string old_code, recent_code;
    {
        Database db(dir.path() / "kiosk.sqlite");
        auto now = std::chrono::system_clock::now();
        old_code = SignUps(db)
                       .sign_up({"digicafe", saturday, "Ans", 1, std::nullopt, 8, "f-old"}, now)
                       .code;
        recent_code = SignUps(db)
                          .sign_up({"digicafe", monday, "Bert", 1, std::nullopt, 8, "f-new"}, now)
                          .code;
    }
    // The kiosk starts on Tuesday 24 November; the demo keeps sign-ups 1 day after the activity.
    auto run = test::run_kiosk(volunteer_launch(dir, "wait 2\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    Database db(dir.path() / "kiosk.sqlite");
    CHECK_FALSE(SignUps(db).find_by_code(old_code)); // Saturday's: more than a day ago
    CHECK(SignUps(db).find_by_code(recent_code));    // Monday's: kept until Wednesday
}

TEST_CASE("a volunteer checks a visitor in, once, and the store records it") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    std::string code = sign_up_ans(dir);
    std::string shot = (dir.path() / "checked-in.png").string();
    auto run = test::run_kiosk(volunteer_launch(
        dir, "tap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\ntap pin-OK\ntap check-in-" + code +
                 "\nwait 2\nexpect-not-visible check-in-" + code + "\nscreenshot " + shot +
                 "\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    Database db(dir.path() / "kiosk.sqlite");
    auto list = SignUps(db).list_for("digicafe", kTuesday);
    REQUIRE(list.size() == 1);
    CHECK(list[0].checked_in_at.has_value());
}

TEST_CASE("the volunteer screen's speaker reads the screen, without names or codes") {
    // Tried: the speaker on the volunteer screen read nothing (no texts were offered to it).
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    std::string code = sign_up_ans(dir);
    auto run = test::run_kiosk(volunteer_launch(
        dir, "print-spoken\nsay unlocking\ntap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\n"
             "tap pin-OK\nexpect-visible cancel-" +
                 code + "\nprint-spoken\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    auto unlocking = run.output.find("say: unlocking");
    REQUIRE(unlocking != std::string::npos);
    std::string gate = run.output.substr(0, unlocking);
    std::string screen = run.output.substr(unlocking);
    CHECK(gate.find("spoken: volunteer-") != std::string::npos);
    CHECK(gate.find("Typ uw pincode.") != std::string::npos);
    CHECK(screen.find("Aanmeldingen vandaag") != std::string::npos);
    CHECK(screen.find("Digicaf") != std::string::npos);
    CHECK(screen.find("Geen hub ingesteld") != std::string::npos);
    CHECK(screen.find("Ans (") == std::string::npos); // names and codes stay on the screen
    CHECK(screen.find(code) == std::string::npos);
}

TEST_CASE("on the 7-inch 800x480 screen a volunteer holds the name, types the PIN and gets in") {
    // Tried: at 800x480 the pad's last row (Wis, 0, OK) lay below the window, so "tap pin-OK"
    // found nothing and a volunteer could not log in at all.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    sign_up_ans(dir);
    test::KioskLaunch launch = volunteer_launch(
        dir, "expect-screen home\nhold volunteer-entry 3.2\nexpect-screen volunteer\n"
             "tap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\ntap pin-OK\n"
             "expect-visible Aanmeldingen vandaag\nexpect-visible Digicaf\n"
             "expect-visible volunteer-close\nquit\n");
    launch.size = "800x480";
    launch.extra_args = {}; // starts on home, like a volunteer walking up to the kiosk
    auto run = test::run_kiosk(launch);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
}

TEST_CASE("volunteer mode ends by itself after two idle minutes, warned like a visitor") {
    // Tried: a volunteer walks away with every name and code on screen. The visitors' minute
    // would be too short for a volunteer reading a list; two minutes, then the countdown.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    std::string code = sign_up_ans(dir);
    auto run = test::run_kiosk(volunteer_launch(
        dir, "tap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\ntap pin-OK\nexpect-visible cancel-" +
                 code + "\nadvance 90\nexpect-not-visible still-here\nexpect-visible cancel-" +
                 code +
                 "\nadvance 35\nexpect-visible still-here\nadvance 16\nexpect-screen home\n"
                 "hold volunteer-entry 3.2\nexpect-screen volunteer\nexpect-visible pin-1\n"
                 "expect-not-visible cancel-" +
                 code + "\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
}

TEST_CASE("the volunteers' status has a speaker test that really speaks", "[ui]") {
    // Tried: a visitor says the kiosk is silent; the volunteer needs one tap to hear whether
    // the sound works, without reading a list aloud with names in it.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto run = test::run_kiosk(volunteer_launch(
        dir, "tap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\ntap pin-OK\nexpect-visible Kioskversie\n"
             "expect-not-visible speech-pause\nscroll-to speaker-test\ntap speaker-test\n"
             "wait-for speech-pause\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
}

TEST_CASE("a freed place waits for the volunteer, who moves the next person up with one tap",
          "[ui]") {
    // Tried: Bert cancels while Cor waits. Before, the kiosk confirmed Cor silently, and nobody
    // told Cor; now the place stays free until a volunteer gives it and can phone Cor.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto [bert, cor] = fill_digicafe(dir);
    {
        Database db(dir.path() / "kiosk.sqlite");
        SignUps sign_ups(db);
        REQUIRE(cor.status == SignUpStatus::WaitingList);
        REQUIRE(sign_ups.cancel_by_code(bert.code, std::chrono::system_clock::now()).found);
        CHECK(sign_ups.find_by_code(cor.code)->status == SignUpStatus::WaitingList);
    }
    auto run = test::run_kiosk(volunteer_launch(
        dir, "tap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\ntap pin-OK\nscroll-to move-up-" +
                 cor.code + "\ntap move-up-" + cor.code + "\nwait 1\nexpect-not-visible move-up-" +
                 cor.code + "\nexpect-visible check-in-" + cor.code + "\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    Database db(dir.path() / "kiosk.sqlite");
    CHECK(SignUps(db).find_by_code(cor.code)->status == SignUpStatus::Confirmed);
    CHECK(SignUps(db).places_taken("digicafe", kTuesday) == 8);
}

TEST_CASE("a waiting person gets no move-up button while no place is free", "[ui]") {
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    SignUpResult cor = fill_digicafe(dir).second;
    auto run = test::run_kiosk(volunteer_launch(
        dir, "tap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\ntap pin-OK\nscroll-to cancel-" +
                 cor.code + "\nexpect-visible cancel-" + cor.code +
                 "\nexpect-not-visible move-up-" + cor.code + "\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
}

TEST_CASE("after the activity a volunteer marks who did not come, once, with its outbox item",
          "[ui]") {
    // Tried: at 16:00, after the Digicafé (13:30-15:30), Ans never came. Before, a volunteer
    // could only cancel her, which counts as a cancellation, not as a no-show.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    std::string code = sign_up_ans(dir);
    test::KioskLaunch launch = volunteer_launch(
        dir, "tap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\ntap pin-OK\nexpect-not-visible cancel-" +
                 code + "\nscroll-to no-show-" + code + "\ntap no-show-" + code +
                 "\nwait 1\nexpect-not-visible no-show-" + code + "\nexpect-not-visible check-in-" +
                 code + "\nquit\n");
    launch.now = "2026-11-24T16:00";
    auto run = test::run_kiosk(launch);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    Database db(dir.path() / "kiosk.sqlite");
    auto list = SignUps(db).list_for("digicafe", kTuesday);
    REQUIRE(list.size() == 1);
    CHECK(list[0].no_show_at.has_value());
    CHECK_FALSE(list[0].checked_in_at.has_value());
    CHECK(SignUps(db).places_taken("digicafe", kTuesday) == 2); // still counted: it was a place
    int no_shows = 0;
    for (const OutboxItem& item : Outbox(db).due(std::chrono::system_clock::now(), 10))
        no_shows += item.kind == "no_show";
    CHECK(no_shows == 1);
}

TEST_CASE("'Lijst voorlezen' reads one activity's list with names, the screen's speaker never",
          "[ui]") {
    // Tried: a volunteer who reads badly needs the names heard; a bystander must not hear them
    // when the whole screen is read.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    std::string code = sign_up_ans(dir);
    auto run = test::run_kiosk(volunteer_launch(
        dir, "tap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\ntap pin-OK\nexpect-visible cancel-" +
                 code +
                 "\nsay screen\nprint-spoken\nsay list\n"
                 "print-spoken volunteer-list-digicafe-2026-11-24\n"
                 "scroll-to read-list-digicafe-2026-11-24\ntap read-list-digicafe-2026-11-24\n"
                 "wait-for speech-pause\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    auto list = run.output.find("say: list");
    REQUIRE(list != std::string::npos);
    std::string screen = run.output.substr(0, list);
    CHECK(screen.find("Deze week: 2 aangemeld, 0 aanwezig, 0 op de wachtlijst.") !=
          std::string::npos);
    CHECK(screen.find("2 aangemeld, 0 aanwezig, 0 op de wachtlijst") != std::string::npos);
    CHECK(screen.find("Ans") == std::string::npos);
    CHECK(run.output.substr(list).find("2 aangemeld, 0 aanwezig, 0 op de wachtlijst. Ans, 2 "
                                       "personen.") != std::string::npos);
}

namespace {
const std::string kUnlock = "tap pin-4\ntap pin-7\ntap pin-1\ntap pin-1\ntap pin-OK\n";

// The outbox items of `kind`, parsed.
std::vector<nlohmann::json> outbox_bodies(Database& db, const std::string& kind) {
    std::vector<nlohmann::json> bodies;
    for (const OutboxItem& item : Outbox(db).due(std::chrono::system_clock::now(), 100))
        if (item.kind == kind) bodies.push_back(nlohmann::json::parse(item.body));
    return bodies;
}

// "Iemand toevoegen" on the Digicafé: the name typed, `people` chosen, "Toevoegen" tapped.
std::string add_walk_in(const std::string& name, int people) {
    std::string script = "scroll-to walk-in-digicafe-2026-11-24\ntap walk-in-digicafe-2026-11-24\n"
                         "expect-screen walk-in\ntype " +
                         name + "\ntap keyboard-done\nscroll-to walk-in-people-plus\n";
    for (int i = 1; i < people; ++i)
        script += "tap walk-in-people-plus\n";
    return script + "scroll-to walk-in-add\ntap walk-in-add\n";
}
} // namespace

TEST_CASE("a volunteer adds a walk-in, who is on the list as present and goes to the hub", "[ui]") {
    // Tried: Fatima and her neighbour come in without having signed up; one place is taken.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    sign_up_ans(dir);
    auto run = test::run_kiosk(volunteer_launch(
        dir, kUnlock + add_walk_in("Fatima", 2) +
                 "expect-screen volunteer\nexpect-visible Fatima (2 personen) staat op de lijst "
                 "van Digicafé: hulp met telefoon en computer als aanwezig.\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    Database db(dir.path() / "kiosk.sqlite");
    auto list = SignUps(db).list_for("digicafe", kTuesday);
    REQUIRE(list.size() == 2);
    CHECK(list[1].first_name == "Fatima");
    CHECK(list[1].people == 2);
    CHECK(list[1].walk_in);
    CHECK_FALSE(list[1].over_capacity);
    CHECK(list[1].checked_in_at.has_value());
    CHECK(SignUps(db).places_taken("digicafe", kTuesday) == 4);
    // One outbox item carries it to the hub, marked as a walk-in.
    auto bodies = outbox_bodies(db, "sign_up");
    REQUIRE(bodies.size() == 2);
    CHECK(bodies[1]["first_name"] == "Fatima");
    CHECK(bodies[1]["walk_in"] == true);
    CHECK(bodies[1]["over_capacity"] == false);
}

TEST_CASE("a walk-in beyond the places asks 'toch toevoegen?', and a no stores nothing", "[ui]") {
    // Tried: the Digicafé's 8 places are taken (Cor waits); Kees comes in anyway. First the
    // volunteer says no, then yes.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    fill_digicafe(dir);
    SECTION("no") {
        auto run = test::run_kiosk(volunteer_launch(
            dir, kUnlock + add_walk_in("Kees", 1) +
                     "expect-visible Alle plaatsen zijn bezet. Toch toevoegen? Dan komen er meer "
                     "mensen dan er plaatsen zijn.\ntap walk-in-over-no\n"
                     "expect-not-visible walk-in-over-yes\nexpect-screen walk-in\nquit\n"));
        INFO(run.output);
        REQUIRE(run.exit_code == 0);
        Database db(dir.path() / "kiosk.sqlite");
        CHECK(SignUps(db).list_for("digicafe", kTuesday).size() == 3);
        CHECK(outbox_bodies(db, "sign_up").size() == 3);
    }
    SECTION("yes") {
        auto run = test::run_kiosk(volunteer_launch(
            dir, kUnlock + add_walk_in("Kees", 1) +
                     "scroll-to walk-in-over-yes\ntap walk-in-over-yes\nexpect-screen volunteer\n"
                     "expect-visible Kees, 1 persoon, binnengelopen boven het aantal plaatsen, "
                     "aanwezig.\n"
                     "quit\n"));
        INFO(run.output);
        REQUIRE(run.exit_code == 0);
        Database db(dir.path() / "kiosk.sqlite");
        auto list = SignUps(db).list_for("digicafe", kTuesday);
        REQUIRE(list.size() == 4);
        auto kees = std::find_if(list.begin(), list.end(),
                                 [](const SignUp& s) { return s.first_name == "Kees"; });
        REQUIRE(kees != list.end());
        CHECK(kees->status == SignUpStatus::Confirmed);
        CHECK(kees->over_capacity);
        CHECK(SignUps(db).places_taken("digicafe", kTuesday) == 9);
        auto bodies = outbox_bodies(db, "sign_up");
        REQUIRE(bodies.size() == 4);
        CHECK(bodies[3]["over_capacity"] == true);
    }
}

TEST_CASE("a quick activity shows on the visitor's home screen at once, and waits for the hub",
          "[ui]") {
    // Tried: "Vandaag soep" from 14:00 with 20 places, then "Sluiten": the next visitor sees it
    // among today's activities, with its places, and it can be read aloud like any other.
    if (auto problem = test::display_problem(); !problem.empty()) FAIL(problem);
    test::TempDir dir;
    auto run = test::run_kiosk(volunteer_launch(
        dir, kUnlock +
                 "scroll-to quick-activity\ntap quick-activity\nexpect-screen quick-activity\n"
                 "tap preset-restaurant\nscroll-to quick-add\ntap quick-add\n"
                 "expect-screen volunteer\nexpect-visible \"Vandaag soep\" staat nu op de kiosk, "
                 "vandaag 14:00 tot 16:00.\nscroll-to volunteer-close\ntap volunteer-close\n"
                 "expect-screen home\nexpect-visible 14:00 – 16:00. Vandaag soep. 20 plaatsen "
                 "vrij\nquit\n"));
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    Database db(dir.path() / "kiosk.sqlite");
    auto shown = LocalActivities(db).from(kTuesday);
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].title == "Vandaag soep");
    CHECK(shown[0].capacity == 20);
    CHECK(shown[0].category == Category::Eten);
    auto bodies = outbox_bodies(db, "local_activity");
    REQUIRE(bodies.size() == 1);
    CHECK(bodies[0]["id"] == shown[0].id);
    CHECK(bodies[0]["start"] == "14:00");
}
