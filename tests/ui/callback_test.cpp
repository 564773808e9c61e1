// Callback request scenarios: a bad phone number is refused with a message naming the field and
// nothing is stored; a good request is stored once and never shown again.
#include "store/callback_requests.h"
#include "store/outbox.h"
#include "ui/visitor_fixture.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace bk::test;

TEST_CASE("a callback request with a bad phone number shows the error and stores nothing", "[ui]") {
    VisitorFixture kiosk;
    kiosk.run(R"(
tap tile-callback
expect-screen callback
tap topic-money
type Jan
tap field-phone
type 06 12ab
tap next
expect-screen callback
expect-visible Telefoonnummer: er staan letters in
tap key-backspace
tap key-backspace
tap next
expect-visible Telefoonnummer: het nummer is te kort
expect-not-visible Ja, het sociaal team mag mij bellen
quit
)");
    auto db = kiosk.store();
    CHECK(CallbackRequests(*db).pending() == 0);
    CHECK(Outbox(*db).depth() == 0);
}

TEST_CASE("a callback request needs the consent, is stored once and is not shown again", "[ui]") {
    VisitorFixture kiosk;
    kiosk.run(R"(
tap tile-callback
tap topic-health
type Joke
tap field-phone
type 020 123 4567
tap next
tap part-evening
tap send
expect-visible Toestemming
tap consent
tap send
expect-screen callback-done
expect-visible binnen twee werkdagen
tap done
expect-screen home
tap tile-callback
tap topic-health
expect-not-visible Joke
quit
)");
    auto db = kiosk.store();
    CHECK(CallbackRequests(*db).pending() == 1);
    CHECK(Outbox(*db).depth() == 1);
    auto stmt =
        db->prepare("SELECT first_name, phone, part_of_day, topic_id FROM callback_requests");
    REQUIRE(stmt.step());
    CHECK(stmt.column_text(0) == "Joke");
    CHECK(stmt.column_text(1) == "0201234567");
    CHECK(stmt.column_text(2) == "evening");
    CHECK(stmt.column_text(3) == "health");
}
