// Sign-up scenarios in a real window: happy path, full activity to the waiting list, cancel by
// code, a double tap on confirm.
#include "buurtkiosk/store/outbox.h"
#include "buurtkiosk/store/sign_ups.h"
#include "ui/visitor_fixture.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace bk::test;

namespace {
const std::string kToCard = std::string("tap card-") + kActivity + "-" + kToday + "\n";

std::vector<SignUp> sign_ups(Database& db) {
    return SignUps(db).list_for(kActivity, VisitorFixture::today());
}
} // namespace

TEST_CASE("a visitor signs up with name, people and phone, and sees the code", "[ui]") {
    VisitorFixture kiosk;
    kiosk.run(kToCard + R"(
expect-screen detail
tap sign-up
expect-screen sign-up
type Anne-Marie
tap people-plus
tap field-phone
type +31 6 1234 5678
tap confirm
expect-screen sign-up-done
expect-visible U staat op de lijst
quit
)");
    auto db = kiosk.store();
    auto list = sign_ups(*db);
    REQUIRE(list.size() == 1);
    CHECK(list[0].first_name == "Anne-Marie");
    CHECK(list[0].people == 2);
    CHECK(list[0].phone == std::optional<std::string>("0612345678"));
    CHECK(list[0].status == SignUpStatus::Confirmed);
    CHECK(list[0].code.size() == 4);
    CHECK(Outbox(*db).depth() == 1);

    // A new start counts the places from the store.
    kiosk.run(kToCard + "expect-visible 6 plaatsen vrij\nquit\n");
}

TEST_CASE("a sign-up without a first name is refused with a message and stores nothing", "[ui]") {
    VisitorFixture kiosk;
    kiosk.run(kToCard + R"(
tap sign-up
tap field-phone
type 06 123
tap confirm
expect-screen sign-up
expect-visible Voornaam: vul uw voornaam in.
expect-visible Telefoonnummer: het nummer is te kort
quit
)");
    auto db = kiosk.store();
    CHECK(sign_ups(*db).empty());
    CHECK(Outbox(*db).depth() == 0);
}

TEST_CASE("when the activity is full the visitor is put on the waiting list and told so", "[ui]") {
    VisitorFixture kiosk;
    {
        // The kiosk creates its store on first start; then the places are taken.
        kiosk.run("quit\n");
        auto db = kiosk.store();
        SignUps s(*db);
        auto now = std::chrono::system_clock::now();
        s.sign_up({kActivity, VisitorFixture::today(), "Els", 6, {}, kCapacity, "t1"}, now);
        s.sign_up({kActivity, VisitorFixture::today(), "Bob", 2, {}, kCapacity, "t2"}, now);
    }
    kiosk.run(kToCard + R"(
expect-visible Vol
tap sign-up
expect-visible Deze activiteit is vol
type Kees
tap Op de wachtlijst
expect-screen sign-up-done
expect-visible U staat op de wachtlijst
quit
)");
    auto db = kiosk.store();
    auto list = sign_ups(*db);
    REQUIRE(list.size() == 3);
    CHECK(list[2].first_name == "Kees");
    CHECK(list[2].status == SignUpStatus::WaitingList);
    CHECK(SignUps(*db).places_taken(kActivity, VisitorFixture::today()) == kCapacity);
}

TEST_CASE("a party of 3 with 2 places left is told so and chooses the waiting list or 2 people",
          "[ui]") {
    // Tried: 6 of 8 places taken, a party of 3. The kiosk said "Deze activiteit is vol" and
    // put them on the waiting list without a word about the 2 free places; a single person
    // after them was then confirmed.
    VisitorFixture kiosk;
    {
        kiosk.run("quit\n");
        auto db = kiosk.store();
        SignUps(*db).sign_up({kActivity, VisitorFixture::today(), "Els", 6, {}, kCapacity, "t1"},
                             std::chrono::system_clock::now());
    }
    kiosk.run(kToCard + R"(
tap sign-up
type Kees
tap people-plus
tap people-plus
expect-visible Er zijn nog 2 plaatsen. U bent met 3.
expect-not-visible Deze activiteit is vol
expect-visible Met 2 personen
tap Op de wachtlijst
expect-screen sign-up-done
expect-visible U staat op de wachtlijst
quit
)");
    {
        auto db = kiosk.store();
        auto list = sign_ups(*db);
        REQUIRE(list.size() == 2);
        CHECK(list[1].first_name == "Kees");
        CHECK(list[1].people == 3);
        CHECK(list[1].status == SignUpStatus::WaitingList);
        CHECK(SignUps(*db).places_taken(kActivity, VisitorFixture::today()) == 6);
    }
    kiosk.run(kToCard + R"(
tap sign-up
type Anna
tap people-plus
tap people-plus
expect-visible Er zijn nog 2 plaatsen. U bent met 3.
tap fewer-people
expect-not-visible Er zijn nog 2 plaatsen
expect-visible Meld mij aan
tap confirm
expect-screen sign-up-done
expect-visible U staat op de lijst
quit
)");
    auto db = kiosk.store();
    auto list = sign_ups(*db);
    REQUIRE(list.size() == 3);
    CHECK(list[1].first_name == "Anna"); // confirmed ones first
    CHECK(list[1].people == 2);
    CHECK(list[1].status == SignUpStatus::Confirmed);
    CHECK(list[2].first_name == "Kees");
    CHECK(list[2].status == SignUpStatus::WaitingList);
    CHECK(SignUps(*db).places_taken(kActivity, VisitorFixture::today()) == kCapacity);
}

TEST_CASE("a visitor cancels with the code, and an unknown code changes nothing", "[ui]") {
    VisitorFixture kiosk;
    std::string code;
    {
        kiosk.run("quit\n");
        auto db = kiosk.store();
        code = SignUps(*db)
                   .sign_up({kActivity, VisitorFixture::today(), "Fatima", 3, {}, kCapacity, "t1"},
                            std::chrono::system_clock::now())
                   .code;
    }
    std::string wrong = code == "QQQQ" ? "RRRR" : "QQQQ";
    std::string lower;
    for (char c : code)
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    std::string wrong_lower = wrong == "QQQQ" ? "qqqq" : "rrrr";
    kiosk.run(kToCard + "tap cancel-with-code\nexpect-screen cancel\ntype " + wrong_lower +
              "\ntap cancel-confirm\nexpect-visible Code: deze code kennen we niet\n" + R"(
tap field-code
tap key-backspace
tap key-backspace
tap key-backspace
tap key-backspace
)" + "type " + lower +
              "\ntap cancel-confirm\ntap cancel-yes\nexpect-visible U bent afgemeld\nquit\n");
    auto db = kiosk.store();
    CHECK_FALSE(SignUps(*db).find_by_code(code));
    CHECK(sign_ups(*db).empty());
    CHECK(SignUps(*db).places_taken(kActivity, VisitorFixture::today()) == 0);
    CHECK(Outbox(*db).depth() == 2); // the sign-up, then its cancellation
}

TEST_CASE("cancel with a code shows the activity and asks first, Nee keeps and Ja cancels",
          "[ui]") {
    // Tried: typing a right code and tapping "Meld mij af" cancelled at once, without saying
    // which activity the code was for and without asking.
    VisitorFixture kiosk;
    std::string code;
    {
        kiosk.run("quit\n");
        auto db = kiosk.store();
        code = SignUps(*db)
                   .sign_up({kActivity, VisitorFixture::today(), "Fatima", 3, {}, kCapacity, "t1"},
                            std::chrono::system_clock::now())
                   .code;
    }
    const std::string ask = kToCard + "tap cancel-with-code\nexpect-screen cancel\ntype " + code +
                            "\ntap cancel-confirm\n" + R"(
expect-visible Wilt u dit afmelden?
expect-visible Digicafé
expect-visible dinsdag 24 november, 13:30
expect-visible 3 personen
expect-not-visible Fatima
)";
    kiosk.run(ask + "tap cancel-no\nexpect-screen detail\nquit\n");
    {
        auto db = kiosk.store();
        auto kept = SignUps(*db).find_by_code(code);
        REQUIRE(kept);
        CHECK(kept->status == SignUpStatus::Confirmed);
        CHECK(SignUps(*db).places_taken(kActivity, VisitorFixture::today()) == 3);
        CHECK(Outbox(*db).depth() == 1); // the sign-up only
    }
    kiosk.run(ask + "tap cancel-yes\nexpect-visible U bent afgemeld\nquit\n");
    auto db = kiosk.store();
    CHECK_FALSE(SignUps(*db).find_by_code(code));
    CHECK(SignUps(*db).places_taken(kActivity, VisitorFixture::today()) == 0);
    CHECK(Outbox(*db).depth() == 2); // the sign-up, then its cancellation
}

TEST_CASE("after five wrong codes the visitor is told how long to wait, also after a restart",
          "[ui]") {
    // Tried: tapping "Meld mij af" with a wrong code again and again (there was no limit, so
    // every code could be tried), then restarting the kiosk and typing the right code.
    VisitorFixture kiosk;
    std::string code;
    {
        kiosk.run("quit\n");
        auto db = kiosk.store();
        code = SignUps(*db)
                   .sign_up({kActivity, VisitorFixture::today(), "Fatima", 3, {}, kCapacity, "t1"},
                            std::chrono::system_clock::now())
                   .code;
    }
    std::string lower;
    for (char c : code)
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    std::string wrong_lower = code == "QQQQ" ? "rrrr" : "qqqq";
    std::string script =
        kToCard + "tap cancel-with-code\nexpect-screen cancel\ntype " + wrong_lower + "\n";
    for (int i = 0; i < 4; ++i)
        script += "tap cancel-confirm\nexpect-visible Code: deze code kennen we niet\n";
    script += "tap cancel-confirm\n"
              "expect-visible Te vaak een verkeerde code. Probeer het over 5 minuten opnieuw.\n"
              "quit\n";
    kiosk.run(script);
    kiosk.run(kToCard + "tap cancel-with-code\nexpect-screen cancel\ntype " + lower +
              "\ntap cancel-confirm\nexpect-visible Te vaak een verkeerde code\n"
              "expect-not-visible U bent afgemeld\nquit\n");
    CHECK(SignUps(*kiosk.store()).find_by_code(code)); // still signed up
}

TEST_CASE("a double tap on confirm, and confirming the same form again, store one sign-up",
          "[ui]") {
    VisitorFixture kiosk;
    kiosk.run(kToCard + R"(
tap sign-up
type Wim
double-tap confirm
expect-screen sign-up-done
tap back
expect-screen sign-up
tap confirm
expect-screen sign-up-done
quit
)");
    auto db = kiosk.store();
    CHECK(sign_ups(*db).size() == 1);
    CHECK(Outbox(*db).depth() == 1);
}

TEST_CASE("after 'Home' on the confirmation the next visitor gets an empty form of their own",
          "[ui]") {
    // Tried: Anne signs up with her phone number and leaves by the top bar's "Home" instead of
    // "Klaar". Bert opens the same activity: the form still held Anne's name, number and form
    // token, so his "Meld mij aan" showed Anne's code and stored nothing.
    VisitorFixture kiosk;
    kiosk.run(kToCard + R"(
tap sign-up
type Anne
tap field-phone
type 0612345678
tap confirm
expect-screen sign-up-done
tap home
)" + kToCard + R"(
tap sign-up
type Bert
tap confirm
expect-screen sign-up-done
quit
)");
    auto db = kiosk.store();
    auto list = sign_ups(*db);
    REQUIRE(list.size() == 2);
    CHECK(list[0].first_name == "Anne");
    CHECK(list[1].first_name == "Bert"); // not "AnneBert"
    CHECK_FALSE(list[1].phone.has_value());
    CHECK(list[0].code != list[1].code);
}
