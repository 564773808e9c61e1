// The desk's forms for info pages and announcements (hub/page_form.h, hub/announcement_form.h):
// fields as typed become entries of pages.json and announcements.json and back; Dutch messages
// at the field they are about; new ids unique among the others; the kiosk's own reading has
// the last word; the draft keeps both files (hub/draft_content.h).
#include "buurtkiosk/domain/calendar.h"

#include "announcement_form.h"
#include "draft_content.h"
#include "page_form.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>

using namespace bk;
using namespace bk::hub;
using Json = nlohmann::json;

namespace {

// A posted form: the fields given, "" for every other.
std::function<std::string(const std::string&)> posted(std::map<std::string, std::string> fields) {
    return [fields = std::move(fields)](const std::string& name) {
        auto it = fields.find(name);
        return it == fields.end() ? std::string() : it->second;
    };
}

Date day(const std::string& iso) {
    auto date = parse_date(iso);
    REQUIRE(date);
    return *date;
}

const Date kToday = parse_date("2026-12-03").value();

std::string repeated(const std::string& piece, int times) {
    std::string out;
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

PageForm good_page() {
    return page_form_of(posted({{"title_nl", "Sociaal team"},
                                {"title_en", "Social team"},
                                {"body_nl", "Het sociaal team helpt bij vragen over geld.\n\n"
                                            "Loop binnen op maandag."},
                                {"body_en", "The social team helps with questions about money."},
                                {"icon", "groups"}}));
}

AnnouncementForm good_announcement() {
    return announcement_form_of(posted({{"text_nl", "Elke donderdag is er soep van de buurt."},
                                        {"text_en", "Every Thursday there is soup."},
                                        {"from", "2026-12-01"},
                                        {"until", "2026-12-31"}}));
}

} // namespace

TEST_CASE("A good page goes from form to pages.json and back unchanged", "[content-forms]") {
    // Tried: a page with a Dutch and an English title and body and a pictogram passes both the
    // Dutch checks and the kiosk's reading; its entry has exactly the typed texts; reading the
    // entry back into a form gives the form that was posted (with the id it got).
    PageForm form = good_page();
    PageCheck check = check_page(form, Json::array());
    REQUIRE(check.errors.empty());
    CHECK(check.page == Json{{"id", "sociaal-team"},
                             {"icon", "groups"},
                             {"title", {{"nl", "Sociaal team"}, {"en", "Social team"}}},
                             {"body",
                              {{"nl", "Het sociaal team helpt bij vragen over geld.\n\n"
                                      "Loop binnen op maandag."},
                               {"en", "The social team helps with questions about money."}}}});
    PageForm back = page_form_of(check.page);
    CHECK(back.id == "sociaal-team");
    CHECK(back.title == form.title);
    CHECK(back.body == form.body);
    CHECK(back.icon == form.icon);
    // Saved again unchanged, it keeps its id and its entry.
    PageCheck again = check_page(back, Json::array({check.page}));
    REQUIRE(again.errors.empty());
    CHECK(again.page == check.page);
}

TEST_CASE("A good announcement goes from form to announcements.json and back unchanged",
          "[content-forms]") {
    // Tried: an announcement with Dutch and English text from 1 to 31 December, checked on
    // 3 December: accepted; its entry holds the texts and dates; read back into a form it is the
    // posted form with its new id.
    AnnouncementForm form = good_announcement();
    AnnouncementCheck check = check_announcement(form, Json::array(), kToday);
    REQUIRE(check.errors.empty());
    CHECK(check.announcement == Json{{"id", "elke-donderdag-is-er-soep"},
                                     {"text",
                                      {{"nl", "Elke donderdag is er soep van de buurt."},
                                       {"en", "Every Thursday there is soup."}}},
                                     {"from", "2026-12-01"},
                                     {"until", "2026-12-31"}});
    AnnouncementForm back = announcement_form_of(check.announcement);
    CHECK(back.id == "elke-donderdag-is-er-soep");
    CHECK(back.text == form.text);
    CHECK(back.from == form.from);
    CHECK(back.until == form.until);
    AnnouncementCheck again = check_announcement(back, Json::array(), kToday);
    REQUIRE(again.errors.empty());
    CHECK(again.announcement == check.announcement);
}

TEST_CASE("An announcement without dates is always shown and a string text reads as Dutch",
          "[content-forms]") {
    // Tried: the format's example of an announcement without from and until, its text a plain
    // string: the form has it as Dutch and empty dates, and the entry written back has no dates.
    Json entry{{"id", "soep-op-donderdag"}, {"text", "Elke donderdag is er soep van de buurt."}};
    AnnouncementForm form = announcement_form_of(entry);
    CHECK(form.text.at("nl") == "Elke donderdag is er soep van de buurt.");
    CHECK(form.from.empty());
    CHECK(form.until.empty());
    AnnouncementCheck check = check_announcement(form, Json::array(), kToday);
    REQUIRE(check.errors.empty());
    CHECK(check.announcement ==
          Json{{"id", "soep-op-donderdag"},
               {"text", {{"nl", "Elke donderdag is er soep van de buurt."}}}});
}

TEST_CASE("Each Dutch page problem is shown at its own field", "[content-forms]") {
    // Tried: a missing Dutch title and body, a title of 81 characters, an English title of 81,
    // a body of 6001 characters; each gives its Dutch message at that field and no entry. A title
    // of exactly 80 characters and a body of 6000 pass.
    SECTION("nothing typed") {
        PageCheck check = check_page(page_form_of(posted({})), Json::array());
        CHECK(check.errors.at("title_nl") == "Geef de pagina een titel in het Nederlands.");
        CHECK(check.errors.at("body_nl") == "Schrijf de tekst van de pagina in het Nederlands.");
        CHECK(check.errors.size() == 2);
        CHECK(check.page.is_null());
    }
    SECTION("only spaces in the Dutch title") {
        PageForm form = good_page();
        form.title["nl"] = "   ";
        PageCheck check = check_page(form, Json::array());
        CHECK(check.errors.at("title_nl") == "Geef de pagina een titel in het Nederlands.");
        CHECK(check.errors.size() == 1);
    }
    SECTION("titles too long") {
        PageForm form = good_page();
        form.title["nl"] = repeated("a", 81);
        form.title["en"] = repeated("b", 81);
        PageCheck check = check_page(form, Json::array());
        CHECK(check.errors.at("title_nl") == "Houd de titel kort: hoogstens 80 tekens.");
        CHECK(check.errors.at("title_en") == "Houd de titel kort: hoogstens 80 tekens.");
        CHECK(check.errors.size() == 2);
    }
    SECTION("body too long") {
        PageForm form = good_page();
        form.body["nl"] = repeated("a", 6001);
        PageCheck check = check_page(form, Json::array());
        CHECK(check.errors.at("body_nl").starts_with(
            "Deze tekst is te lang: hoogstens 6000 tekens."));
        CHECK(check.errors.size() == 1);
    }
    SECTION("the longest title and body pass") {
        PageForm form = good_page();
        form.title["nl"] = repeated("a", 80);
        form.body["nl"] = repeated("b", 6000);
        CHECK(check_page(form, Json::array()).errors.empty());
    }
}

TEST_CASE("An unknown pictogram is refused at the icon field", "[content-forms]") {
    // Tried: the icon "smiley", which the kiosk does not know (it would show "info"): refused
    // with a Dutch message at "icon". Every name of page_icons() passes, and no icon at all
    // passes too and writes no "icon" (the format makes it optional).
    PageForm form = good_page();
    form.icon = "smiley";
    PageCheck check = check_page(form, Json::array());
    CHECK(check.errors.at("icon") ==
          "\"smiley\" kent de kiosk niet. Kies een plaatje uit de lijst.");
    CHECK(check.errors.size() == 1);

    CHECK(page_icons().size() == 26);
    for (const std::string& icon : page_icons()) {
        form.icon = icon;
        CHECK(check_page(form, Json::array()).errors.empty());
    }
    form.icon = "";
    PageCheck none = check_page(form, Json::array());
    REQUIRE(none.errors.empty());
    CHECK_FALSE(none.page.contains("icon"));
}

TEST_CASE("Each Dutch announcement problem is shown at its own field", "[content-forms]") {
    // Tried: no Dutch text; a Dutch text of 301 characters and a Polish one of 301; dates
    // not written as YYYY-MM-DD. Each gives its Dutch message at its field. 300 characters pass,
    // also in Arabic letters, which take two bytes each.
    SECTION("no Dutch text") {
        AnnouncementForm form = good_announcement();
        form.text["nl"] = "";
        AnnouncementCheck check = check_announcement(form, Json::array(), kToday);
        CHECK(check.errors.at("text_nl") == "Schrijf de mededeling in het Nederlands.");
        CHECK(check.errors.size() == 1);
        CHECK(check.announcement.is_null());
    }
    SECTION("texts too long") {
        AnnouncementForm form = good_announcement();
        form.text["nl"] = repeated("a", 301);
        form.text["pl"] = repeated("ż", 301);
        AnnouncementCheck check = check_announcement(form, Json::array(), kToday);
        CHECK(check.errors.at("text_nl") == "Houd een mededeling kort: hoogstens 300 tekens.");
        CHECK(check.errors.at("text_pl") == "Houd een mededeling kort: hoogstens 300 tekens.");
        CHECK(check.errors.size() == 2);
    }
    SECTION("the longest texts pass, counted in characters") {
        AnnouncementForm form = good_announcement();
        form.text["nl"] = repeated("a", 300);
        form.text["ar"] = repeated("ب", 300);
        CHECK(check_announcement(form, Json::array(), kToday).errors.empty());
    }
    SECTION("dates not as YYYY-MM-DD") {
        AnnouncementForm form = good_announcement();
        form.from = "1-12-2026";
        form.until = "2026-02-30";
        AnnouncementCheck check = check_announcement(form, Json::array(), kToday);
        CHECK(check.errors.at("from") == "Vul een datum in als 2026-12-24, of laat het leeg.");
        CHECK(check.errors.at("until") == "Vul een datum in als 2026-12-24, of laat het leeg.");
        CHECK(check.errors.size() == 2);
    }
}

TEST_CASE("An announcement that ends before it starts is refused at until", "[content-forms]") {
    // Tried: from 2026-12-20 until 2026-12-10: refused at "until", naming the first day. The
    // same day for both is a one-day announcement and passes.
    AnnouncementForm form = good_announcement();
    form.from = "2026-12-20";
    form.until = "2026-12-10";
    AnnouncementCheck check = check_announcement(form, Json::array(), kToday);
    CHECK(check.errors.at("until") ==
          "De laatste dag ligt vóór de eerste dag (20 december 2026). Kies een latere datum.");
    CHECK(check.errors.size() == 1);

    form.until = "2026-12-20";
    CHECK(check_announcement(form, Json::array(), kToday).errors.empty());
}

TEST_CASE("An announcement that is already over is refused", "[content-forms]") {
    // Tried: on 2026-12-03 an announcement until 2026-12-02 (with and without a from): refused
    // at "until", saying it is over and which day was its last. Until today itself still shows
    // today and passes; a from in the past alone is fine.
    AnnouncementForm form = good_announcement();
    form.from = "2026-11-01";
    form.until = "2026-12-02";
    AnnouncementCheck check = check_announcement(form, Json::array(), kToday);
    REQUIRE(check.errors.count("until"));
    CHECK(check.errors.at("until").starts_with("Deze mededeling is al voorbij"));
    CHECK(check.errors.at("until").find("2 december 2026") != std::string::npos);
    CHECK(check.errors.size() == 1);

    form.from = "";
    CHECK(check_announcement(form, Json::array(), kToday).errors.count("until") == 1);

    form.until = "2026-12-03";
    CHECK(check_announcement(form, Json::array(), kToday).errors.empty());
    form.until = "";
    form.from = "2026-01-01";
    CHECK(check_announcement(form, Json::array(), day("2026-12-03")).errors.empty());
}

TEST_CASE("New ids come from the Dutch words and are unique among the others", "[content-forms]") {
    // Tried: a new page "Sociaal team" among pages sociaal-team and sociaal-team-2 gets
    // sociaal-team-3; a page whose title has no a-z letters gets "pagina"; a new announcement
    // takes the first five words of its Dutch text and a number when taken; an existing id is
    // kept as it is, even when its title changed.
    Json pages = Json::array({Json{{"id", "sociaal-team"}}, Json{{"id", "sociaal-team-2"}}});
    PageCheck page = check_page(good_page(), pages);
    REQUIRE(page.errors.empty());
    CHECK(page.page["id"] == "sociaal-team-3");

    PageForm euro = good_page();
    euro.title["nl"] = "€ € €";
    CHECK(check_page(euro, Json::array()).page["id"] == "pagina");

    PageForm existing = good_page();
    existing.id = "hulp";
    CHECK(check_page(existing, pages).page["id"] == "hulp");

    Json announcements = Json::array({Json{{"id", "elke-donderdag-is-er-soep"}}});
    AnnouncementCheck soup = check_announcement(good_announcement(), announcements, kToday);
    REQUIRE(soup.errors.empty());
    CHECK(soup.announcement["id"] == "elke-donderdag-is-er-soep-2");

    AnnouncementForm closed = good_announcement();
    closed.text["nl"] = "  Gesloten!  Op 24 december is de buurtkamer dicht.";
    CHECK(check_announcement(closed, Json::array(), kToday).announcement["id"] ==
          "gesloten-op-24-december-is");
}

TEST_CASE("What the kiosk itself refuses is shown at the field it is about", "[content-forms]") {
    // Tried: a page and an announcement whose kept id has capitals and a space (written by
    // hand in the file): the kiosk's own reading refuses the id, and the desk shows that at
    // "id", not as an entry that would make the bundle unreadable.
    PageForm page = good_page();
    page.id = "Sociaal Team";
    PageCheck check = check_page(page, Json::array());
    REQUIRE(check.errors.count("id"));
    CHECK(check.errors.at("id").starts_with("De kiosk weigert dit: "));
    CHECK(check.page.is_null());

    AnnouncementForm announcement = good_announcement();
    announcement.id = "Kerst 2026";
    AnnouncementCheck refused = check_announcement(announcement, Json::array(), kToday);
    REQUIRE(refused.errors.count("id"));
    CHECK(refused.errors.at("id").starts_with("De kiosk weigert dit: "));
}

TEST_CASE("Translations are kept and empty ones are left out", "[content-forms]") {
    // Tried: a page with Polish and Turkish titles, a Ukrainian title of only spaces and an
    // empty English body; an announcement with an empty Turkish text. The entries hold exactly
    // the languages with text, in the desk's order, trimmed; read back, the left-out languages
    // are empty fields.
    PageForm form = page_form_of(posted({{"title_nl", "Geldzaken"},
                                         {"title_pl", " Sprawy finansowe "},
                                         {"title_tr", "Para işleri"},
                                         {"title_uk", "   "},
                                         {"body_nl", "Vragen over geld? Wij helpen."},
                                         {"body_en", ""},
                                         {"icon", "euro"}}));
    PageCheck check = check_page(form, Json::array());
    REQUIRE(check.errors.empty());
    CHECK(check.page["title"] ==
          Json{{"nl", "Geldzaken"}, {"pl", "Sprawy finansowe"}, {"tr", "Para işleri"}});
    CHECK(check.page["body"] == Json{{"nl", "Vragen over geld? Wij helpen."}});
    PageForm back = page_form_of(check.page);
    CHECK(back.title.at("pl") == "Sprawy finansowe");
    CHECK(back.title.at("uk").empty());
    CHECK(back.body.at("en").empty());

    AnnouncementForm announcement = announcement_form_of(
        posted({{"text_nl", "Vandaag soep."}, {"text_tr", ""}, {"text_uk", "Сьогодні суп."}}));
    AnnouncementCheck a = check_announcement(announcement, Json::array(), kToday);
    REQUIRE(a.errors.empty());
    CHECK(a.announcement["text"] == Json{{"nl", "Vandaag soep."}, {"uk", "Сьогодні суп."}});
}

TEST_CASE("Arabic text is kept as typed", "[content-forms]") {
    // Tried: an Arabic page title and body and an Arabic announcement text, right-to-left
    // letters and Arabic-Indic digits: the entries hold exactly the bytes typed, and so does
    // the form read back from them.
    const std::string title = "الفريق الاجتماعي";
    const std::string body = "يساعد الفريق الاجتماعي في أسئلة المال.\n\nتعال يوم الاثنين ١٣:٠٠.";
    PageForm form = good_page();
    form.title["ar"] = title;
    form.body["ar"] = body;
    PageCheck page = check_page(form, Json::array());
    REQUIRE(page.errors.empty());
    CHECK(page.page["title"]["ar"] == title);
    CHECK(page.page["body"]["ar"] == body);
    CHECK(page_form_of(page.page).body.at("ar") == body);

    const std::string text = "حساء كل يوم خميس.";
    AnnouncementForm announcement = good_announcement();
    announcement.text["ar"] = text;
    AnnouncementCheck check = check_announcement(announcement, Json::array(), kToday);
    REQUIRE(check.errors.empty());
    CHECK(check.announcement["text"]["ar"] == text);
    CHECK(announcement_form_of(check.announcement).text.at("ar") == text);
}

TEST_CASE("Line ends as a browser posts them become plain line ends", "[content-forms]") {
    // Tried: a body and an announcement text posted with "\r\n" line ends (as a textarea
    // sends them): the entries have "\n", so a blank line still starts a new paragraph.
    PageForm form =
        page_form_of(posted({{"title_nl", "Koffie"}, {"body_nl", "Eerste.\r\n\r\nTweede."}}));
    CHECK(form.body.at("nl") == "Eerste.\n\nTweede.");
    AnnouncementForm announcement =
        announcement_form_of(posted({{"text_nl", "Eén.\r\nTwee."}, {"until", " 2026-12-31 "}}));
    CHECK(announcement.text.at("nl") == "Eén.\nTwee.");
    CHECK(announcement.until == "2026-12-31");
}

TEST_CASE("The draft keeps pages and announcements in their own files", "[content-forms]") {
    // Tried: a new draft has no pages.json or announcements.json and reads them as empty lists;
    // what is saved is read back, and the files have the shape the kiosk reads.
    bk::test::TempDir data;
    DraftContent draft(data.path(), "de-linde");
    draft.ensure();
    CHECK(draft.pages() == Json::array());
    CHECK(draft.announcements() == Json::array());

    PageCheck page = check_page(good_page(), draft.pages());
    REQUIRE(page.errors.empty());
    draft.save_pages(Json::array({page.page}));
    AnnouncementCheck announcement =
        check_announcement(good_announcement(), draft.announcements(), kToday);
    REQUIRE(announcement.errors.empty());
    draft.save_announcements(Json::array({announcement.announcement}));

    CHECK(draft.pages() == Json::array({page.page}));
    CHECK(draft.announcements() == Json::array({announcement.announcement}));
    CHECK(Json::parse(bk::test::read_text(draft.folder() / "pages.json")) ==
          Json{{"pages", Json::array({page.page})}});
    CHECK(Json::parse(bk::test::read_text(draft.folder() / "announcements.json")) ==
          Json{{"announcements", Json::array({announcement.announcement})}});
    // The activities are left alone.
    CHECK(draft.activities() == Json::array());
}
