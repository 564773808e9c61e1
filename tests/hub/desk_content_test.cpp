// The desk's content pages against the real hub on 127.0.0.1 with a real hub.db and data
// folder: who may see and change a group's content, CSRF on the forms, the activity form's
// checks, pictures, preview, publishing and going back to an earlier version. The kiosk's own
// program draws the previews.
#include "desk_world.h"
#include "support/hub_process.h"

#include "buurtkiosk/files/file_bytes.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <stb/stb_image_write.h>

#include <filesystem>

using namespace bk;
using namespace bk::test;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

// A hub with a signing key where the desk looks for it, and anna, editor of noord.
struct ContentWorld {
    ContentWorld() {
        auto keys = run_hub({"keygen", "--out", (desk.hub.data() / "keys").string()});
        REQUIRE(keys.exit_code == 0);
        desk.add_user("anna", "editor", {"noord"});
        session = session_cookie(desk.session_of("anna"));
        auto page = desk.get("/desk/groep/noord/", session);
        REQUIRE(page);
        REQUIRE(page->status == 200);
        csrf = csrf_field(page->body);
        REQUIRE(!csrf.empty());
    }
    DeskWorld desk;
    std::string session;
    std::string csrf;

    fs::path draft() const { return desk.hub.data() / "drafts" / "noord"; }
    Json draft_activities() const {
        return Json::parse(read_file(draft() / "activities.json").value_or("{}"))
            .value("activities", Json::array());
    }
};

// The fields of a good weekly activity: Thursdays 14:00-16:00, not on Christmas Eve.
httplib::MultipartFormDataItems weekly_form(const std::string& csrf) {
    return {{"csrf", csrf, "", ""},
            {"id", "", "", ""},
            {"image", "", "", ""},
            {"title_nl", "Tekenles voor buren", "", ""},
            {"description_nl", "Teken samen met buren. Papier en potloden zijn er.", "", ""},
            {"title_en", "Drawing class for neighbours", "", ""},
            {"category", "creatief", "", ""},
            {"place", "Grote zaal", "", ""},
            {"kind", "weekly", "", ""},
            {"weekday", "donderdag", "", ""},
            {"start", "14:00", "", ""},
            {"end", "16:00", "", ""},
            {"except", "2026-12-24", "", ""},
            {"capacity", "12", "", ""}};
}

void set_field(httplib::MultipartFormDataItems& items, const std::string& name,
               const std::string& value, const std::string& file_name = "") {
    for (auto& item : items)
        if (item.name == name) {
            item.content = value;
            item.filename = file_name;
            return;
        }
    items.push_back({name, value, file_name, file_name.empty() ? "" : "application/octet-stream"});
}

std::string png_bytes(int width, int height) {
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3);
    for (std::size_t i = 0; i < pixels.size(); ++i)
        pixels[i] = static_cast<unsigned char>(i * 7);
    std::string out;
    stbi_write_png_to_func(
        [](void* context, void* data, int size) {
            static_cast<std::string*>(context)->append(static_cast<const char*>(data), size);
        },
        &out, width, height, 3, pixels.data(), width * 3);
    return out;
}

bool has_file_under(const fs::path& folder, const std::string& name) {
    for (const auto& e : fs::recursive_directory_iterator(folder))
        if (e.path().filename() == name) return true;
    return false;
}

} // namespace

TEST_CASE("content pages need a login and show nothing without one", "[desk][content]") {
    ContentWorld world;
    // Tried: the group page, the form, a preview picture and a save, without the cookie.
    for (const char* path : {"/desk/groep/noord/", "/desk/groep/noord/activiteit/nieuw",
                             "/desk/groep/noord/voorbeeld/home-1920x1080.png"}) {
        auto r = world.desk.get(path);
        REQUIRE(r);
        CHECK(r->status == 303);
        CHECK(r->get_header_value("Location") == "/desk/login");
        CHECK(r->body.find("Tekenles") == std::string::npos);
    }
    auto save =
        world.desk.post_multipart("/desk/groep/noord/activiteit", "", weekly_form(world.csrf));
    REQUIRE(save);
    CHECK(save->status == 303);
    CHECK(world.draft_activities().empty());
}

TEST_CASE("an editor of one group can neither read nor change nor publish another's",
          "[desk][content]") {
    ContentWorld world;
    world.desk.add_user("bert", "editor", {"zuid"});
    world.desk.add_user("sam", "sociaal-team");
    // Tried as anna (noord) on zuid: every page and every form, with her own valid token.
    for (const char* path :
         {"/desk/groep/zuid/", "/desk/groep/zuid/activiteit/nieuw", "/desk/groep/zuid/voorbeeld",
          "/desk/groep/zuid/voorbeeld/"
          "home-800x480.png"}) {
        auto r = world.desk.get(path, world.session);
        REQUIRE(r);
        INFO(path);
        CHECK(r->status == 403);
        CHECK(r->body.find("U werkt niet voor kioskgroep zuid") != std::string::npos);
    }
    auto save = world.desk.post_multipart("/desk/groep/zuid/activiteit", world.session,
                                          weekly_form(world.csrf));
    REQUIRE(save);
    CHECK(save->status == 403);
    auto publish =
        world.desk.post("/desk/groep/zuid/publiceren", world.session, {{"csrf", world.csrf}});
    REQUIRE(publish);
    CHECK(publish->status == 403);
    auto restore = world.desk.post("/desk/groep/zuid/terugzetten", world.session,
                                   {{"csrf", world.csrf}, {"versie", "1"}});
    REQUIRE(restore);
    CHECK(restore->status == 403);
    CHECK_FALSE(fs::exists(world.desk.hub.data() / "drafts" / "zuid"));
    CHECK_FALSE(fs::exists(world.desk.hub.data() / "groups" / "zuid"));

    // Tried: a path trick for the group name; and the sociaal team, which has no content.
    auto tricked = world.desk.get("/desk/groep/..%2Fzuid/", world.session);
    REQUIRE(tricked);
    CHECK(tricked->status != 200);
    const std::string sam = session_cookie(world.desk.session_of("sam"));
    auto team = world.desk.get("/desk/groep/noord/", sam);
    REQUIRE(team);
    CHECK(team->status == 403);
}

TEST_CASE("a content form without its CSRF token changes nothing", "[desk][content]") {
    ContentWorld world;
    // Tried: the activity form (multipart) with no token, then with another session's token;
    // publishing with no token.
    auto form = weekly_form("");
    auto none = world.desk.post_multipart("/desk/groep/noord/activiteit", world.session, form);
    REQUIRE(none);
    CHECK(none->status == 403);
    world.desk.add_user("bert", "editor", {"noord"});
    const std::string bert = session_cookie(world.desk.session_of("bert"));
    auto bert_page = world.desk.get("/desk/groep/noord/", bert);
    REQUIRE(bert_page);
    auto other = world.desk.post_multipart("/desk/groep/noord/activiteit", world.session,
                                           weekly_form(csrf_field(bert_page->body)));
    REQUIRE(other);
    CHECK(other->status == 403);
    auto publish = world.desk.post("/desk/groep/noord/publiceren", world.session, {});
    REQUIRE(publish);
    CHECK(publish->status == 403);
    CHECK(world.draft_activities().empty());
    CHECK_FALSE(fs::exists(world.desk.hub.data() / "groups" / "noord" / "1.json"));
}

TEST_CASE("an activity with mistakes comes back with each error at its field and is not saved",
          "[desk][content]") {
    ContentWorld world;
    // Tried: no Dutch name, an end before the start, an exception that is not a Thursday and a
    // capacity with letters; and a description in ambtelijke taal, which is advice, not an error.
    auto form = weekly_form(world.csrf);
    set_field(form, "title_nl", "   ");
    set_field(form, "end", "13:00");
    set_field(form, "except", "2026-12-25");
    set_field(form, "capacity", "twaalf");
    set_field(form, "description_nl", "Wij helpen u middels een gesprek.");
    auto r = world.desk.post_multipart("/desk/groep/noord/activiteit", world.session, form);
    REQUIRE(r);
    CHECK(r->status == 422);
    const std::string& html = r->body;
    CHECK(html.find("<title>Niet opgeslagen: Nieuwe activiteit") != std::string::npos);
    CHECK(html.find("Nog niet opgeslagen: 4 dingen om te verbeteren") != std::string::npos);
    CHECK(html.find("id=\"fout-title_nl\"") != std::string::npos);
    CHECK(html.find("aria-describedby=\"hint-title_nl fout-title_nl\" aria-invalid=\"true\"") !=
          std::string::npos);
    CHECK(html.find("De eindtijd moet na de begintijd liggen.") != std::string::npos);
    CHECK(html.find("2026-12-25 is geen donderdag") != std::string::npos);
    CHECK(html.find("Een aantal plaatsen van 1 tot 10000") != std::string::npos);
    // Plain-language advice under the description, tied to it, not counted as an error.
    CHECK(html.find("&quot;middels&quot; is ambtelijke taal. Schrijf liever: &quot;met&quot;.") !=
          std::string::npos);
    CHECK(html.find("aria-describedby=\"hint-description_nl tips-description_nl\"") !=
          std::string::npos);
    // What was typed stays in the form.
    CHECK(html.find("value=\"Grote zaal\"") != std::string::npos);
    CHECK(world.draft_activities().empty());
}

TEST_CASE("uploads that are not pictures or too big are refused and names cannot reach outside",
          "[desk][content]") {
    ContentWorld world;
    auto post_with = [&](const std::string& bytes, const std::string& name) {
        auto form = weekly_form(world.csrf);
        set_field(form, "picture", bytes, name);
        auto r = world.desk.post_multipart("/desk/groep/noord/activiteit", world.session, form);
        REQUIRE(r);
        return *r;
    };
    // Tried: a text file called .png; a PNG cut short; 8.5 MiB; each refused with its reason,
    // nothing saved.
    auto text = post_with("dit is geen plaatje", "foto.png");
    CHECK(text.status == 422);
    CHECK(text.body.find("geen foto of plaatje") != std::string::npos);
    const std::string png = png_bytes(640, 480);
    auto cut = post_with(png.substr(0, png.size() / 2), "half.png");
    CHECK(cut.status == 422);
    auto big = post_with(std::string(8 * 1024 * 1024 + 512 * 1024, 'x'), "groot.jpg");
    CHECK(big.status == 422);
    CHECK(big.body.find("te groot") != std::string::npos);
    CHECK(world.draft_activities().empty());
    CHECK_FALSE(fs::exists(world.draft() / "images"));

    // Tried: a real picture named to climb out of the draft; it lands under images/ with a
    // name of the hub's making, and nothing is written beside the data folder.
    auto tricky = post_with(png, "../../../../etc/cron.d/passwd.png");
    CHECK(tricky.status == 303);
    const Json activities = world.draft_activities();
    REQUIRE(activities.size() == 1);
    const std::string image = activities[0].value("image", "");
    CHECK(image.rfind("images/passwd-", 0) == 0);
    CHECK(fs::is_regular_file(world.draft() / image));
    CHECK_FALSE(has_file_under(world.desk.hub.data().parent_path(), "passwd.png"));
}

TEST_CASE("a weekly activity with an exception is previewed by the kiosk and published",
          "[desk][content]") {
    ContentWorld world;
    auto form = weekly_form(world.csrf);
    set_field(form, "picture", png_bytes(2000, 1500), "Tekenen.jpg");
    auto saved = world.desk.post_multipart("/desk/groep/noord/activiteit", world.session, form);
    REQUIRE(saved);
    INFO(saved->body);
    REQUIRE(saved->status == 303);
    CHECK(saved->get_header_value("Location") ==
          "/desk/groep/noord/voorbeeld?activiteit=tekenles-voor-buren");
    const Json activity = world.draft_activities().at(0);
    CHECK(activity["weekly"]["except"] == Json::array({"2026-12-24"}));
    CHECK(activity["title"]["en"] == "Drawing class for neighbours");
    CHECK(activity["capacity"] == 12);

    // The preview: four pictures drawn by the kiosk program, served to this account only.
    auto preview =
        world.desk.get("/desk/groep/noord/voorbeeld?activiteit=tekenles-voor-buren", world.session);
    REQUIRE(preview);
    INFO(preview->body);
    REQUIRE(preview->status == 200);
    for (const char* file :
         {"home-1920x1080.png", "home-800x480.png", "detail-1920x1080.png", "detail-800x480.png"}) {
        CHECK(preview->body.find(std::string("voorbeeld/") + file) != std::string::npos);
        auto png =
            world.desk.get(std::string("/desk/groep/noord/voorbeeld/") + file, world.session);
        REQUIRE(png);
        CHECK(png->status == 200);
        CHECK(png->get_header_value("Content-Type") == "image/png");
        CHECK(png->body.rfind("\x89PNG", 0) == 0);
    }
    auto elsewhere = world.desk.get("/desk/groep/noord/voorbeeld/..%2F..%2Fhub.db", world.session);
    REQUIRE(elsewhere);
    CHECK(elsewhere->status == 404);

    // Publish: version 1, signed, with the activity, logged as anna's.
    auto published =
        world.desk.post("/desk/groep/noord/publiceren", world.session, {{"csrf", world.csrf}});
    REQUIRE(published);
    INFO(published->body);
    REQUIRE(published->status == 200);
    CHECK(published->body.find("Versie 1 is gepubliceerd voor kioskgroep noord") !=
          std::string::npos);
    const fs::path group = world.desk.hub.data() / "groups" / "noord";
    CHECK(fs::exists(group / "1.json.sig"));
    CHECK(read_file(group / "current") == "1\n");
    CHECK(read_file(group / "publications.log").value_or("").find("\"by\":\"anna\"") !=
          std::string::npos);

    // Go back: remove the activity, publish (2, empty), then put version 1 back (3).
    auto removed = world.desk.post("/desk/groep/noord/activiteit/tekenles-voor-buren/verwijderen",
                                   world.session, {{"csrf", world.csrf}});
    REQUIRE(removed);
    CHECK(removed->status == 303);
    CHECK(world.draft_activities().empty());
    CHECK((!fs::exists(world.draft() / "images") || fs::is_empty(world.draft() / "images")));
    auto second =
        world.desk.post("/desk/groep/noord/publiceren", world.session, {{"csrf", world.csrf}});
    REQUIRE(second);
    CHECK(second->status == 200);
    auto back = world.desk.post("/desk/groep/noord/terugzetten", world.session,
                                {{"csrf", world.csrf}, {"versie", "1"}});
    REQUIRE(back);
    INFO(back->body);
    CHECK(back->status == 200);
    CHECK(back->body.find("Versie 3 is gepubliceerd voor kioskgroep noord, met de inhoud van "
                          "versie 1") != std::string::npos);
    const Json one = Json::parse(*read_file(group / "1.json"));
    const Json three = Json::parse(*read_file(group / "3.json"));
    CHECK(one["files"] == three["files"]);
    auto overview = world.desk.get("/desk/groep/noord/", world.session);
    REQUIRE(overview);
    CHECK(overview->body.find("Tekenles voor buren") != std::string::npos);
    CHECK(overview->body.find("Versie 1 terugzetten") != std::string::npos);
}

TEST_CASE("content published on the command line can be edited on the desk", "[desk][content]") {
    ContentWorld world;
    // Tried: publish the demo bundle with `buurtkiosk-hub publish`, then open the group.
    auto cli = run_hub({"--data", world.desk.hub.data().string(), "publish", "--group", "noord",
                        "--key", (world.desk.hub.data() / "keys" / "signing.key").string(),
                        (fs::path(BUURTKIOSK_SOURCE_DIR) / "content" / "demo").string()});
    INFO(cli.err);
    REQUIRE(cli.exit_code == 0);
    fs::remove_all(world.draft()); // made empty when the world opened the page
    auto page = world.desk.get("/desk/groep/noord/", world.session);
    REQUIRE(page);
    CHECK(page->body.find("Koffieochtend") != std::string::npos);
    CHECK(page->body.find("Dit concept begon bij versie 1") != std::string::npos);
    CHECK(page->body.find("opdrachtregel") != std::string::npos);
    CHECK(fs::exists(world.draft() / "images" / "koffie.png"));
}

TEST_CASE("without a signing key the desk says it cannot publish and publishes nothing",
          "[desk][content]") {
    ContentWorld world;
    fs::remove(world.desk.hub.data() / "keys" / "signing.key");
    auto page = world.desk.get("/desk/groep/noord/", world.session);
    REQUIRE(page);
    CHECK(page->body.find("de hub heeft geen ondertekeningssleutel") != std::string::npos);
    auto r = world.desk.post("/desk/groep/noord/publiceren", world.session, {{"csrf", world.csrf}});
    REQUIRE(r);
    CHECK(r->status == 503);
    CHECK_FALSE(fs::exists(world.desk.hub.data() / "groups" / "noord"));
}

TEST_CASE("an info page and an announcement are written on the desk and published",
          "[desk][content]") {
    ContentWorld world;
    auto post = [&](const std::string& path, httplib::Params form) {
        form.emplace("csrf", world.csrf);
        auto r = world.desk.post(path, world.session, form);
        REQUIRE(r);
        return *r;
    };
    // Tried: a page in ambtelijke taal (advice, saved anyway) with a translation.
    auto page = post("/desk/groep/noord/pagina",
                     {{"id", ""},
                      {"title_nl", "Hulp bij geldzaken"},
                      {"body_nl", "Heeft u schulden? Wij helpen u.\r\n\r\nBel of loop binnen."},
                      {"title_en", "Help with money"},
                      {"icon", ""}});
    CHECK(page.status == 303);
    const Json pages =
        Json::parse(*read_file(world.draft() / "pages.json")).value("pages", Json::array());
    REQUIRE(pages.size() == 1);
    CHECK(pages[0]["id"] == "hulp-bij-geldzaken");
    CHECK(pages[0]["body"]["nl"] == "Heeft u schulden? Wij helpen u.\n\nBel of loop binnen.");
    auto edit = world.desk.get("/desk/groep/noord/pagina/hulp-bij-geldzaken", world.session);
    REQUIRE(edit);
    CHECK(edit->body.find("value=\"Help with money\"") != std::string::npos);

    // Tried: an announcement whose last day is before its first: refused at the field.
    auto wrong = post("/desk/groep/noord/mededeling", {{"id", ""},
                                                       {"text_nl", "Koffieochtend gaat niet door."},
                                                       {"from", "2099-12-10"},
                                                       {"until", "2099-12-03"}});
    CHECK(wrong.status == 422);
    CHECK(wrong.body.find("id=\"fout-until\"") != std::string::npos);
    CHECK_FALSE(fs::exists(world.draft() / "announcements.json"));
    auto good = post("/desk/groep/noord/mededeling",
                     {{"id", ""},
                      {"text_nl", "Koffieochtend gaat niet door op 3 december."},
                      {"until", "2099-12-03"}});
    CHECK(good.status == 303);
    CHECK(good.get_header_value("Location") == "/desk/groep/noord/voorbeeld");

    // Published: the kiosk's checks pass, both files go out.
    auto published = post("/desk/groep/noord/publiceren", {});
    INFO(published.body);
    REQUIRE(published.status == 200);
    const std::string manifest =
        read_file(world.desk.hub.data() / "groups" / "noord" / "1.json").value_or("");
    CHECK(manifest.find("\"pages.json\"") != std::string::npos);
    CHECK(manifest.find("\"announcements.json\"") != std::string::npos);

    // Removed again: gone from the draft.
    CHECK(post("/desk/groep/noord/pagina/hulp-bij-geldzaken/verwijderen", {}).status == 303);
    CHECK(Json::parse(*read_file(world.draft() / "pages.json"))["pages"].empty());
}

TEST_CASE("the kiosk's own words in a language are changed on the desk and published",
          "[desk][content]") {
    ContentWorld world;
    auto languages = world.desk.get("/desk/groep/noord/talen", world.session);
    REQUIRE(languages);
    CHECK(languages->body.find("href=\"/desk/groep/noord/taal/pl\"") != std::string::npos);
    auto form = world.desk.get("/desk/groep/noord/taal/pl", world.session);
    REQUIRE(form);
    REQUIRE(form->status == 200);
    CHECK(form->body.find("value=\"Wróć\"") != std::string::npos);
    // Tried: an unknown language in the path; then a Polish "back" of the municipality's own,
    // every other field left as the form gave it.
    auto unknown = world.desk.get("/desk/groep/noord/taal/xx", world.session);
    REQUIRE(unknown);
    CHECK(unknown->status == 404);
    auto saved = world.desk.post("/desk/groep/noord/taal/pl", world.session,
                                 {{"csrf", world.csrf}, {"t_back", "Powrót"}});
    REQUIRE(saved);
    INFO(saved->body);
    CHECK(saved->status == 303);
    const std::string file = read_file(world.draft() / "ui" / "pl.json").value_or("");
    CHECK(file.find("\"back\": \"Powrót\"") != std::string::npos);
    auto published =
        world.desk.post("/desk/groep/noord/publiceren", world.session, {{"csrf", world.csrf}});
    REQUIRE(published);
    CHECK(published->status == 200);
    CHECK(read_file(world.desk.hub.data() / "groups" / "noord" / "1.json")
              .value_or("")
              .find("\"ui/pl.json\"") != std::string::npos);
}
