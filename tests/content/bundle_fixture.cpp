// BundleFixture: two activities (weekly with capacity and image, once), a page, an announcement.
#include "content/bundle_fixture.h"

#include "buurtkiosk/content/file_hash.h"

#include <fstream>
#include <iterator>

namespace bk::test {

using nlohmann::json;

BundleFixture::BundleFixture() {
    set_json(
        "buurtkamer.json",
        {{"name", "Buurtkamer De Linde"},
         {"address", "Lindelaan 12, 1234 AB Voorbeeld"},
         {"opening_hours", {{{"weekday", "maandag"}, {"open", "09:30"}, {"close", "16:00"}}}}});
    set_json("activities.json",
             {{"activities",
               {{{"id", "koffieochtend"},
                 {"title", {{"nl", "Koffieochtend"}, {"en", "Coffee morning"}}},
                 {"description", "Drink een kopje koffie."},
                 {"category", "ontmoeting"},
                 {"place", "Grote zaal"},
                 {"weekly", {{"weekday", "maandag"}, {"start", "10:00"}, {"end", "11:30"}}},
                 {"capacity", 20},
                 {"image", "images/koffie.png"}},
                {{"id", "kerstdiner"},
                 {"title", "Kerstdiner"},
                 {"category", "eten"},
                 {"once", {{"date", "2026-12-20"}, {"start", "17:00"}, {"end", "20:00"}}}}}}});
    set_json("pages.json", {{"pages",
                             {{{"id", "sociaal-team"},
                               {"icon", "people"},
                               {"title", "Sociaal team"},
                               {"body", "Wij helpen u.\n\nKom langs."}}}}});
    set_json("announcements.json",
             {{"announcements",
               {{{"id", "kerst"}, {"text", "Fijne feestdagen"}, {"from", "2026-12-01"}}}}});
    files["images/koffie.png"] = std::string("\x89PNG\r\n\x1a\n fake", 13);
}

void BundleFixture::write() {
    json listed = json::array();
    for (const auto& [path, bytes] : files) {
        dir.write(path, bytes);
        listed.push_back({{"path", path}, {"size", bytes.size()}, {"sha256", sha256_hex(bytes)}});
    }
    json manifest{{"format", 1},
                  {"kiosk_group", "test"},
                  {"version", 3},
                  {"created", "2026-11-24T12:00:00Z"},
                  {"expires", "2027-11-24T12:00:00Z"},
                  {"settings", {{"idle_seconds", 90}, {"languages", {"nl", "en"}}}},
                  {"files", listed}};
    manifest.merge_patch(manifest_extra);
    dir.write("manifest.json", manifest.dump(2));
}

} // namespace bk::test

namespace bk::test {

nlohmann::json BundleFixture::written_manifest() const {
    std::ifstream in(dir.path() / "manifest.json");
    return nlohmann::json::parse(std::string(std::istreambuf_iterator<char>(in), {}));
}

} // namespace bk::test
