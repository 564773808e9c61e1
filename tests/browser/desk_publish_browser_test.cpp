// The desk's whole way in a real browser, as an editor goes it: log in, open the group, add a
// weekly activity with an exception and a picture, see the kiosk's own preview, publish. Then a
// real kiosk process synced to that hub shows the activity on the day, and "Gaat niet door" on
// the excepted day: the check is the kiosk's screen, not the hub's files.
#include "browser_world.h"
#include "support/hub_process.h"
#include "support/kiosk_runner.h"

#include "buurtkiosk/domain/calendar.h"
#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/speech/dutch_numbers.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>

using namespace bk;
using namespace bk::test;
namespace fs = std::filesystem;

namespace {

// `provision` for a kiosk of noord; its kiosk.json, syncing every second, data in `data`.
fs::path provision_kiosk(const BrowserWorld& world, const fs::path& data) {
    const fs::path keys = world.desk.hub.data() / "keys";
    auto made = run_hub({"--data", world.desk.hub.data().string(), "provision", "--kiosk",
                         "kiosk-noord", "--group", "noord", "--hub-url", world.desk.hub.url(),
                         "--public-key", (keys / "signing.pub").string()});
    INFO(made.err);
    REQUIRE(made.exit_code == 0);
    nlohmann::json config = nlohmann::json::parse(made.out.substr(made.out.find('{')));
    config["data_dir"] = data.string();
    config["sync_interval_seconds"] = 1;
    const fs::path file = data.parent_path() / "kiosk.json";
    std::ofstream(file) << config.dump(2);
    return file;
}

KioskRun run_kiosk_at(const fs::path& config, const fs::path& data, const std::string& now,
                      const std::string& script) {
    KioskLaunch launch;
    launch.binary = BUURTKIOSK_KIOSK_BINARY;
    launch.data_dir = data;
    launch.now = now;
    launch.size = "1920x1080";
    // Drawn without a display, as the desk's preview is: the test needs no X server.
    launch.extra_args = {"--config", config.string(), "--renderer", "software"};
    launch.script = script;
    return run_kiosk(launch);
}

} // namespace

TEST_CASE("an editor adds a weekly activity with an exception and a picture and a kiosk shows it",
          "[browser][content]") {
    // The kiosk runs with SDL's dummy video driver, like the desk's preview (its children
    // inherit the variable; Chromium does not read it).
    ::setenv("SDL_VIDEODRIVER", "dummy", 1);
    BrowserWorld world;
    REQUIRE(run_hub({"keygen", "--out", (world.desk.hub.data() / "keys").string()}).exit_code == 0);
    const fs::path kiosk_data = world.desk.tmp / "kiosk" / "data";
    fs::create_directories(kiosk_data);
    const fs::path config = provision_kiosk(world, kiosk_data);

    // The activity is on the weekday of the day after tomorrow, and not a week later.
    const Date today = to_local(std::chrono::system_clock::now()).date;
    const Date day = add_days(today, 2);
    const Date skipped = add_days(day, 7);
    const std::string weekday(dutch_weekday_name(iso_weekday(day)));

    world.log_in();
    world.browser.find("a[href='/desk/groep/noord/']").click();
    REQUIRE(world.browser.title() == "Kioskgroep noord – Buurtkiosk");
    world.browser.find("a[href='/desk/groep/noord/activiteit/nieuw']").click();
    REQUIRE(world.browser.title() == "Nieuwe activiteit – Buurtkiosk");

    world.browser.find("#title_nl").send_keys("Tekenles voor buren");
    world.browser.find("#description_nl")
        .send_keys("Teken samen met buren. Papier en potloden zijn er. Gratis.");
    world.browser.find("#category option[value='creatief']").click();
    world.browser.find("#place").send_keys("Grote zaal");
    world.browser.find("#kind-weekly").click();
    world.browser.find("#weekday option[value='" + weekday + "']").click();
    // Time fields are set as their value: Chromium's time field takes typed digits in the
    // order of its locale, which differs between machines. First an end before the start.
    world.browser.execute("document.getElementById('start').value = '14:00';"
                          "document.getElementById('end').value = '13:00';");
    world.browser.find("#except").send_keys(format_date_iso(skipped));
    world.browser.find("#capacity").send_keys("12");
    world.browser.find("#picture")
        .send_keys(
            (fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo" / "images" / "knutselen.png")
                .string());
    world.browser.find("main form[enctype] button[type='submit']").click();

    // Refused: the summary names the mistake and links to the field; the field says it too; what
    // was typed and the picture are kept, so only the end time needs changing.
    REQUIRE(world.browser.wait_for_title("Niet opgeslagen: Nieuwe activiteit – Buurtkiosk") ==
            "Niet opgeslagen: Nieuwe activiteit – Buurtkiosk");
    CHECK(world.browser.find(".foutoverzicht a[href='#end']").text() ==
          "De eindtijd moet na de begintijd liggen.");
    CHECK(world.browser.find("#end").attribute("aria-describedby") == "hint-end fout-end");
    CHECK(world.browser.find("#title_nl").property("value") == "Tekenles voor buren");
    CHECK(world.browser.find("#hint-picture").text().find("Nu: images/knutselen-") !=
          std::string::npos);
    world.screenshot("activity-form-error.png");
    world.browser.execute("document.getElementById('end').value = '16:00';");
    world.browser.execute("window.scrollTo(0, 0);");
    world.screenshot("activity-form.png");
    world.browser.find("main form[enctype] button[type='submit']").click();

    // The preview: the kiosk's own drawings of the draft, every picture loaded.
    const std::string preview =
        world.url("/desk/groep/noord/voorbeeld?activiteit=tekenles-voor-buren");
    REQUIRE(world.browser.wait_for_url(preview, 60) == preview);
    REQUIRE(world.browser.title() == "Voorbeeld – Buurtkiosk");
    const nlohmann::json images = world.browser.execute(
        "return [...document.images].map(i => [i.naturalWidth, i.naturalHeight, i.alt]);");
    INFO(images.dump());
    REQUIRE(images.size() == 4);
    CHECK(images[0][0] == 1920);
    CHECK(images[0][1] == 1080);
    CHECK(images[1][0] == 1920);
    CHECK(images[2][0] == 800);
    CHECK(images[2][1] == 480);
    CHECK(images[1][2] == "Het scherm van de activiteit op een kiosk van 1920x1080 beeldpunten");
    // The whole page in one picture for docs/screenshots/desk/.
    world.browser.set_window_size(1280, 2700);
    world.screenshot("preview.png");
    world.browser.set_window_size(1280, 900);

    world.browser.find("main form button[type='submit']").click();
    REQUIRE(world.browser.wait_for_url(world.url("/desk/groep/noord/publiceren")) ==
            world.url("/desk/groep/noord/publiceren"));
    CHECK(world.browser.title() == "Gepubliceerd – Buurtkiosk");
    CHECK(world.browser.find("p.gelukt").text().find("Versie 1 is gepubliceerd") !=
          std::string::npos);
    world.screenshot("published.png");

    // A kiosk of noord syncs and shows it on the day, with the picture on its detail screen...
    const std::string card = "card-tekenles-voor-buren-" + format_date_iso(day);
    const fs::path detail = world.desk.tmp / "kiosk-detail.png";
    auto shown = run_kiosk_at(config, kiosk_data, format_date_iso(day) + "T08:00",
                              "wait-for " + card + "\ntap " + card +
                                  "\nexpect-screen detail\nexpect-visible Tekenles voor buren\n"
                                  "expect-visible Grote zaal\nscreenshot " +
                                  detail.string() + "\nquit\n");
    INFO(shown.output);
    CHECK(shown.exit_code == 0);
    CHECK(fs::exists(detail));
    // ...and a week later, where the editor wrote the exception, "Gaat niet door".
    const std::string skipped_card = "card-tekenles-voor-buren-" + format_date_iso(skipped);
    auto cancelled = run_kiosk_at(config, kiosk_data, format_date_iso(skipped) + "T08:00",
                                  "wait-for " + skipped_card + "\ntap " + skipped_card +
                                      "\nexpect-visible Gaat niet door\nquit\n");
    INFO(cancelled.output);
    CHECK(cancelled.exit_code == 0);

    // The desk shows which version the kiosk has: its heartbeat reached the hub.
    world.browser.go(world.url("/desk/groep/noord/"));
    const std::string kiosks = world.browser.find("main").text();
    CHECK(kiosks.find("kiosk-noord") != std::string::npos);
    CHECK(kiosks.find("1 (nieuwste)") != std::string::npos);
    world.browser.set_window_size(1280, 2400);
    world.screenshot("group.png");
}
