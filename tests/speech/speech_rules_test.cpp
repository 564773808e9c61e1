// Table tests for every text-preparation rule: display text in, what the voice is given out.
#include "buurtkiosk/i18n/home_date_line.h"
#include "buurtkiosk/speech/dutch_numbers.h"
#include "buurtkiosk/speech/speech_rules.h"

#include <catch2/catch.hpp>

namespace {

std::string dutch(std::string_view display) {
    return bk::prepare_speech_text(display, "nl", {.reference_year = 2026}).text;
}

// Runs of spaces are not interesting to a voice; the tables compare without them.
std::string squeeze(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

struct Row {
    const char* display;
    const char* spoken;
};

void check_table(std::initializer_list<Row> rows) {
    for (const Row& row : rows) {
        INFO("display: " << row.display);
        CHECK(squeeze(dutch(row.display)) == row.spoken);
    }
}

} // namespace

TEST_CASE("Dutch number words") {
    CHECK(bk::dutch_number(0) == "nul");
    CHECK(bk::dutch_number(1) == "één");
    CHECK(bk::dutch_number(13) == "dertien");
    CHECK(bk::dutch_number(21) == "eenentwintig");
    CHECK(bk::dutch_number(22) == "tweeëntwintig");
    CHECK(bk::dutch_number(23) == "drieëntwintig");
    CHECK(bk::dutch_number(80) == "tachtig");
    CHECK(bk::dutch_number(100) == "honderd");
    CHECK(bk::dutch_number(250) == "tweehonderdvijftig");
    CHECK(bk::dutch_number(1250) == "duizend tweehonderdvijftig");
    CHECK(bk::dutch_number(2026) == "tweeduizend zesentwintig");
    CHECK(bk::dutch_number(1'000'000) == "één miljoen");
}

TEST_CASE("Clock times are read the Dutch way") {
    check_table({
        {"10:00", "tien uur"},
        {"10:15", "kwart over tien"},
        {"10:30", "half elf"},
        {"10:45", "kwart voor elf"},
        {"10:20", "tien uur twintig"},
        {"9:05", "negen uur vijf"},
        {"12:30", "half één"},
        {"13:00", "één uur"},
        {"13:45", "kwart voor twee"},
        {"17:30", "half zes"},
        {"18:30", "half zeven savonds"},
        {"19:00", "zeven uur savonds"},
        {"0:00", "twaalf uur snachts"},
        {"om 10:00 uur", "om tien uur"},
        {"om 10.30 uur", "om half elf"},
        {"10.30", "10.30"}, // a dot without "uur" may be an amount: left alone
        {"25:00", "25:00"}, // not a time
        {"10:75", "10:75"}, // not a time
        {"versie 1:2", "versie 1:2"},
    });
}

TEST_CASE("Time ranges become van ... tot ...") {
    check_table({
        {"10:00–11:30", "van tien uur tot half twaalf"},
        {"10:00-11:30", "van tien uur tot half twaalf"},
        {"10:00 - 11:30 uur", "van tien uur tot half twaalf"},
        {"van 10:00 - 12:00", "van tien uur tot twaalf uur"},
        {"tussen 9.00-12.00 uur", "tussen negen uur en twaalf uur"},
        {"Koffie 10:00—11:00.", "Koffie van tien uur tot elf uur."},
        {"18:00-20:00", "van zes uur savonds tot acht uur savonds"},
    });
}

TEST_CASE("Dates with weekday, the year only when it is not this year") {
    check_table({
        {"2026-11-24", "dinsdag vierentwintig november"},
        {"24-11-2026", "dinsdag vierentwintig november"},
        {"24/11/2026", "dinsdag vierentwintig november"},
        {"1-1-2027", "vrijdag één januari tweeduizend zevenentwintig"},
        {"op 24 nov.", "op vierentwintig november"},
        {"3 sept", "drie september"},
        {"2026-02-30", "2026-02-30"}, // no such date: left alone
    });
    CHECK(bk::prepare_speech_text("2026-11-24", "nl").text ==
          "dinsdag vierentwintig november tweeduizend zesentwintig");
}

TEST_CASE("Weekday abbreviations in schedules, and only there") {
    check_table({
        {"ma 10:00", "maandag tien uur"},
        {"Di: 9:30", "dinsdag: half tien"},
        {"ma-vr", "maandag tot en met vrijdag"},
        {"ma t/m vr 9:00-17:00", "maandag tot en met vrijdag van negen uur tot vijf uur"},
        {"di en do", "dinsdag en donderdag"},
        {"ma/wo", "maandag en woensdag"},
        {"za. 10:00", "zaterdag tien uur"},
        {"zo gaat dat", "zo gaat dat"},
        {"wat ik do", "wat ik do"},
        {"Ma is er niet", "Ma is er niet"},
    });
}

TEST_CASE("Phone numbers digit by digit, in groups") {
    check_table({
        {"06 12345678", "nul zes, één twee drie, vier vijf zes, zeven acht"},
        {"06-12345678", "nul zes, één twee drie, vier vijf zes, zeven acht"},
        {"020-1234567", "nul twee nul, één twee drie, vier vijf zes zeven"},
        {"+31 6 12345678", "plus drie één, zes, één twee drie, vier vijf zes, zeven acht"},
        {"0800-1234", "nul acht nul nul, één twee drie vier"},
        {"bel 14 020", "bel één vier, nul twee nul"},
        {"06 12345678 3 keer", "nul zes, één twee drie, vier vijf zes, zeven acht 3 keer"},
        {"12345", "12345"}, // not a phone number
    });
}

TEST_CASE("Long digit runs in groups of three, never as one huge number") {
    // Tried: a visitor typed 20, 25 and 40 digits as a first name; the amount rule summed them
    // into a long long, which overflowed (UBSan) and gave nonsense words after a euro sign.
    check_table({
        {"12345678901234567890",
         "één twee drie, vier vijf zes, zeven acht negen, nul één twee, drie vier vijf, zes zeven "
         "acht, negen nul"},
        {"Naam: 1234567890123456789012345",
         "Naam: één twee drie, vier vijf zes, zeven acht negen, nul één twee, drie vier vijf, zes "
         "zeven acht, negen nul één, twee drie vier vijf"},
        {"1234567890123456789012345678901234567890",
         "één twee drie, vier vijf zes, zeven acht negen, nul één twee, drie vier vijf, zes zeven "
         "acht, negen nul één, twee drie vier, vijf zes zeven, acht negen nul, één twee drie, vier "
         "vijf zes, zeven acht negen nul"},
        {"€ 99999999999999999999",
         "euro negen negen negen, negen negen negen, negen negen negen, negen negen negen, negen "
         "negen negen, negen negen negen, negen negen"},
        {"99999999999999999999 euro",
         "negen negen negen, negen negen negen, negen negen negen, negen negen negen, negen negen "
         "negen, negen negen negen, negen negen euro"},
        {"€ 1.250.000", "één miljoen tweehonderdvijftigduizend euro"}, // amounts still in words
        {"123456789", "123456789"}, // shorter runs stay numbers for the voice
    });
}

TEST_CASE("Euro amounts in words") {
    check_table({
        {"€ 3,50", "drie euro vijftig"},
        {"€3,50", "drie euro vijftig"},
        {"€ 3,-", "drie euro"},
        {"€ 3", "drie euro"},
        {"3 euro", "drie euro"},
        {"2,50 euro", "twee euro vijftig"},
        {"€ 0,50", "vijftig cent"},
        {"€ 1,00", "één euro"},
        {"€ 1.250,00", "duizend tweehonderdvijftig euro"},
        {"€ 2,5", "twee euro vijftig"},
        {"prijs in €", "prijs in euro"},
    });
}

TEST_CASE("Abbreviations spelled out or expanded") {
    check_table({
        {"Wmo", "wee em oo"},
        {"het Wmo-loket", "het wee em oo-loket"},
        {"GGD", "gee gee dee"},
        {"AOW", "aa oo wee"},
        {"UWV", "uu wee vee"},
        {"SVB", "es vee bee"},
        {"DigiD", "digi-dee"},
        {"thee, koffie enz.", "thee, koffie enzovoort."},
        {"koffie enz. Daarna", "koffie enzovoort. Daarna"},
        {"koffie enz", "koffie enzovoort"},
        {"bijv. thee", "bijvoorbeeld thee"},
        {"Bijv. thee", "bijvoorbeeld thee"},
        {"o.a. soep", "onder andere soep"},
        {"ma t/m vr", "maandag tot en met vrijdag"},
        {"t/m 5 jaar", "tot en met 5 jaar"},
        {"i.p.v. thee", "in plaats van thee"},
        {"koffie & thee", "koffie en thee"},
        {"koffie/thee", "koffie of thee"},
        {"aow", "aow"},   // acronyms match as written
        {"GGDX", "GGDX"}, // only whole words
        {"tel. 06-12345678", "telefoon nul zes, één twee drie, vier vijf zes, zeven acht"},
    });
}

TEST_CASE("Markup and pictograms are never read") {
    check_table({
        {"\uE001 Koffie", "Koffie"},
        {"Koffie \U0001F600\u2615 drinken", "Koffie drinken"},
        {"\u2022 soep", "soep"},
        {"<b>vet</b> en **ook**", "vet en ook"},
        {"[klik hier](https://buurt.nl/x) nu", "klik hier nu"},
        {"- eerste\n- tweede", "eerste. tweede"},
        {"Titel\nTekst.", "Titel. Tekst."},
        {"Zin.\nVolgende", "Zin. Volgende"},
        {"# Kop", "Kop"},
        {"a -> b", "a - b"},
    });
}

TEST_CASE("Other languages lose markup and symbols too") {
    const auto english = bk::prepare_speech_text("\uE001 Coffee at 10:30, <b>€ 3,50</b>", "en");
    CHECK(squeeze(english.text) == "Coffee at 10 30, € 3,50");
    const auto arabic = bk::prepare_speech_text("\U0001F37D قهوة", "ar");
    CHECK(squeeze(arabic.text) == "قهوة");
}

TEST_CASE("Sign-up codes are spelled letter by letter") {
    // Tried: "Uw code: DYD4" on the confirmation screen; espeak-ng read "DYD4" as one word.
    check_table({
        {"Uw code: DYD4", "Uw code: dee, ie-grec, dee, vier"},
        {"Uw code: AC3D", "Uw code: aa, cee, drie, dee"},
        {"code QKWX", "code kuu, kaa, wee, iks"},
        {"Your code: HJ7N", "Your code: haa, jee, zeven, en"},
        {"De code is M9", "De code is M9"},     // not a code: too short
        {"code ABCDEFGHIJ", "code ABCDEFGHIJ"}, // not a code: too long
        {"Uw code: Joke", "Uw code: Joke"},     // lower case is a word
    });
}

TEST_CASE("International phone numbers are read as phone numbers") {
    // Tried: "0031 6 12345678" was read "nul nul drie één zes twaalf miljoen ...".
    check_table({
        {"0031 6 12345678", "nul nul drie één, zes, één twee drie, vier vijf zes, zeven acht"},
        {"+48 601 234 567", "plus vier acht, zes nul één, twee drie vier, vijf zes zeven"},
        {"0049 30 1234567", "nul nul vier negen, drie nul, één twee drie, vier vijf zes zeven"},
    });
}

TEST_CASE("Abbreviations after Bijv. are still spelled or expanded") {
    // Tried: "Bijv. GGD of AOW" and "bijv. i.p.v. koffie".
    check_table({
        {"Bijv. GGD of AOW", "bijvoorbeeld gee gee dee of aa oo wee"},
        {"Bijv. de Wmo.", "bijvoorbeeld de wee em oo."},
        {"bijv. i.p.v. koffie", "bijvoorbeeld in plaats van koffie"},
        {"Bijv. UWV, SVB enz.", "bijvoorbeeld uu wee vee, es vee bee enzovoort."},
        {"(bijv. GGD)", "(bijvoorbeeld gee gee dee)"},
    });
}

TEST_CASE("The home line says the time before the opening hours, with a full stop between") {
    // Tried: the home screen read "Het is dinsdag 24 november · Open 10:00 – 16:00, 10:15",
    // which sounded like "open from ten to four, quarter past ten".
    bk::Place place;
    place.opening_hours.push_back({2, {10 * 60}, {16 * 60}}); // Tuesday
    const bk::LocalDateTime now{*bk::parse_date("2026-11-24"), {10 * 60 + 15}};
    const bk::HomeDateLine line = bk::home_date_line(place, now, "nl");
    CHECK(line.shown == "dinsdag 24 november  \xc2\xb7  Open 10:00 \xe2\x80\x93 16:00");
    CHECK(squeeze(dutch(line.spoken)) ==
          "Het is dinsdag 24 november, kwart over tien. Open van tien uur tot vier uur.");
    CHECK(squeeze(dutch(bk::home_date_line({}, now, "nl").spoken)) ==
          "Het is dinsdag 24 november, kwart over tien.");
}

TEST_CASE("The home line says where each spoken piece is shown, so it can be highlighted") {
    bk::Place place;
    place.opening_hours.push_back({2, {10 * 60}, {16 * 60}}); // Tuesday
    const bk::LocalDateTime now{*bk::parse_date("2026-11-24"), {10 * 60 + 15}};
    for (const char* language : {"nl", "en"}) {
        const bk::HomeDateLine line = bk::home_date_line(place, now, language);
        INFO(language);
        REQUIRE(line.pieces.size() == 2); // the date, the opening hours
        for (const bk::HomeDateLine::Piece& piece : line.pieces)
            CHECK(line.spoken.substr(piece.spoken_at, piece.size) ==
                  line.shown.substr(piece.shown_at, piece.size));
        CHECK(line.spoken.substr(line.time_at, line.time_size) == "10:15");
    }
    const bk::HomeDateLine closed = bk::home_date_line({}, now, "nl");
    REQUIRE(closed.pieces.size() == 1);
    CHECK(closed.shown == closed.spoken.substr(closed.pieces[0].spoken_at, closed.pieces[0].size));
}

namespace {
struct LanguageRow {
    const char* language;
    const char* display;
    const char* spoken;
};
} // namespace

TEST_CASE("Clock times, time ranges and phone numbers in each language, with its catalogue's "
          "words") {
    for (const LanguageRow& row : std::initializer_list<LanguageRow>{
             // Polish: the hour as an ordinal, after "od" and "do" in the genitive.
             {"pl", "10:00", "godzina dziesiąta"},
             {"pl", "10:30", "dziesiąta 30"},
             {"pl", "9:05", "dziewiąta 05"},
             {"pl", "10:00 – 11:30", "od dziesiątej do jedenastej 30"},
             {"pl", "21:00-23:00", "od dwudziestej pierwszej do dwudziestej trzeciej"},
             {"pl", "06 12345678", "0 6, 1 2 3, 4 5 6, 7 8"},
             {"pl", "+48 601 234 567", "plus 4 8, 6 0 1, 2 3 4, 5 6 7"},
             // Turkish: "saat", and "ile ... arası" for a range.
             {"tr", "10:00", "saat 10"},
             {"tr", "14:45", "saat 14 45"},
             {"tr", "10:00 – 11:30", "10 ile 11 30 arası"},
             {"tr", "+31 6 12345678", "artı 3 1, 6, 1 2 3, 4 5 6, 7 8"},
             // Ukrainian: ordinals, genitive in a range.
             {"uk", "14:00", "чотирнадцята година"},
             {"uk", "9:05", "девʼята 05"},
             {"uk", "10:00 – 11:30", "з десятої до одинадцятої 30"},
             {"uk", "020-1234567", "0 2 0, 1 2 3, 4 5 6 7"},
             // English and Arabic: the voice says the numbers.
             {"en", "10:00", "10 o'clock"},
             {"en", "Coffee 10:00 – 11:30", "Coffee from 10 to 11 30"},
             {"en", "06 12345678", "0 6, 1 2 3, 4 5 6, 7 8"},
             {"ar", "10:00", "الساعة 10"},
             {"ar", "10:30", "الساعة 10 و 30 دقيقة"},
             {"ar", "10:00 – 11:30", "من 10 إلى 11 30"},
             {"ar", "+31 6 12345678", "زائد 3 1, 6, 1 2 3, 4 5 6, 7 8"},
         }) {
        INFO(row.language << ": " << row.display);
        CHECK(squeeze(bk::prepare_speech_text(row.display, row.language).text) == row.spoken);
    }
}

TEST_CASE("A time in another language is still highlighted where it is shown") {
    const auto polish = bk::prepare_speech_text("Kawa 10:00 – 11:30", "pl");
    REQUIRE(polish.text.find("od dziesiątej") != std::string::npos);
    const auto at = polish.text.find("od dziesiątej");
    const auto shown = polish.display_range({at, at + 1});
    CHECK(shown.begin == 5);
}
