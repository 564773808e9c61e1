// DeskSessions and LoginThrottle on their own, with the clock in the test's hand: the idle and
// absolute ends of a session, CSRF tokens, and the sliding window per address.
#include "desk_accounts.h"
#include "desk_password.h"
#include "desk_sessions.h"
#include "hub_store.h"
#include "login_throttle.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace bk;
using namespace bk::hub;
using namespace std::chrono_literals;

namespace {

TimePoint at(const std::string& utc) {
    return *parse_utc(utc);
}

void add_anna(DeskAccounts& accounts) {
    DeskAccount anna;
    anna.name = "anna";
    anna.groups = {"noord"};
    // Any text stands for the hash here: these tests do not log in.
    REQUIRE(accounts.add(anna, "$argon2id$not-checked-here", at("2026-12-01T08:00:00Z")));
}

} // namespace

TEST_CASE("a session ends after 30 minutes without a request and 10 hours after login", "[desk]") {
    test::TempDir tmp;
    HubStore store(tmp / "hub.db");
    DeskAccounts accounts(store);
    add_anna(accounts);
    DeskSessions sessions(store);
    const TimePoint login = at("2026-12-01T09:00:00Z");

    // Tried: requests 29 minutes apart keep it going; 31 minutes of nothing end it, for good.
    const std::string idle = sessions.start("anna", login);
    CHECK(sessions.account_of(idle, login + 29min) == "anna");
    CHECK(sessions.account_of(idle, login + 58min) == "anna");
    CHECK_FALSE(sessions.account_of(idle, login + 89min));
    CHECK_FALSE(sessions.account_of(idle, login + 60min));

    // Tried: a request every 20 minutes for a whole working day: it ends at 10 hours.
    const std::string busy = sessions.start("anna", login);
    TimePoint t = login;
    for (; t + 20min < login + 10h; t += 20min)
        CHECK(sessions.account_of(busy, t) == "anna");
    CHECK_FALSE(sessions.account_of(busy, login + 10h));

    // Logout, malformed and made-up ids.
    const std::string ended = sessions.start("anna", login);
    sessions.end(ended);
    CHECK_FALSE(sessions.account_of(ended, login + 1min));
    CHECK_FALSE(sessions.account_of("", login));
    CHECK_FALSE(sessions.account_of("not base64url!", login));
    CHECK_FALSE(sessions.account_of(std::string(43, 'A'), login));
    CHECK_FALSE(sessions.account_of(ended + "A", login));
}

TEST_CASE("a password change or removal ends every session of that account only", "[desk]") {
    test::TempDir tmp;
    HubStore store(tmp / "hub.db");
    DeskAccounts accounts(store);
    add_anna(accounts);
    DeskAccount bert;
    bert.name = "bert";
    bert.role = DeskRole::Admin;
    REQUIRE(accounts.add(bert, "$argon2id$not-checked-here", at("2026-12-01T08:00:00Z")));
    DeskSessions sessions(store);
    const TimePoint now = at("2026-12-01T09:00:00Z");
    const std::string anna_1 = sessions.start("anna", now);
    const std::string anna_2 = sessions.start("anna", now);
    const std::string bert_1 = sessions.start("bert", now);

    REQUIRE(accounts.set_password("anna", "$argon2id$another"));
    CHECK_FALSE(sessions.account_of(anna_1, now));
    CHECK_FALSE(sessions.account_of(anna_2, now));
    CHECK(sessions.account_of(bert_1, now) == "bert");

    REQUIRE(accounts.remove("bert"));
    CHECK_FALSE(sessions.account_of(bert_1, now));
    CHECK_FALSE(accounts.remove("bert"));
}

TEST_CASE("each session has its own CSRF token, checked in full", "[desk]") {
    test::TempDir tmp;
    HubStore store(tmp / "hub.db");
    DeskAccounts accounts(store);
    add_anna(accounts);
    DeskSessions sessions(store);
    const std::string one = sessions.start("anna", at("2026-12-01T09:00:00Z"));
    const std::string two = sessions.start("anna", at("2026-12-01T09:00:00Z"));
    const std::string token = DeskSessions::csrf_token(one);
    CHECK(token.size() == 43);
    CHECK(token == DeskSessions::csrf_token(one)); // the same for every form of the session
    CHECK(token != DeskSessions::csrf_token(two));
    CHECK(token != one); // and not the session id
    CHECK(DeskSessions::csrf_matches(one, token));
    CHECK_FALSE(DeskSessions::csrf_matches(two, token));
    CHECK_FALSE(DeskSessions::csrf_matches(one, ""));
    CHECK_FALSE(DeskSessions::csrf_matches(one, token.substr(0, 42)));
    CHECK_FALSE(DeskSessions::csrf_matches(one, token + "A"));
    CHECK_FALSE(DeskSessions::csrf_matches("", ""));
}

TEST_CASE("an address gets 20 failed logins within a sliding 10 minutes", "[desk]") {
    LoginThrottle throttle;
    const TimePoint start = at("2026-12-01T09:00:00Z");
    // Tried: 20 failures a second apart, then waiting until the first is 10 minutes old.
    for (int i = 0; i < 20; ++i) {
        CHECK_FALSE(throttle.address_blocked("203.0.113.7", start + std::chrono::seconds(i)));
        throttle.count_failure_from("203.0.113.7", start + std::chrono::seconds(i));
    }
    CHECK(throttle.address_blocked("203.0.113.7", start + 20s));
    CHECK_FALSE(throttle.address_blocked("203.0.113.8", start + 20s));
    CHECK(throttle.address_blocked("203.0.113.7", start + 10min - 1s));
    CHECK_FALSE(throttle.address_blocked("203.0.113.7", start + 10min));
    // One more failure fills the window again.
    throttle.count_failure_from("203.0.113.7", start + 10min);
    CHECK(throttle.address_blocked("203.0.113.7", start + 10min));
}

TEST_CASE("desk passwords need 12 characters and are stored as Argon2id", "[desk]") {
    CHECK(desk_password_problem("elf tekens!"));
    CHECK_FALSE(desk_password_problem("twaalf teken"));
    CHECK(desk_password_problem("ééééééééééé")); // 11 characters in 22 bytes
    CHECK(desk_password_problem(std::string(1025, 'x')));
    const std::string hash = hash_desk_password("twaalf teken");
    CHECK(hash.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0) == 0);
    CHECK(desk_password_matches(hash, "twaalf teken"));
    CHECK_FALSE(desk_password_matches(hash, "twaalf tekeN"));
    CHECK_FALSE(desk_password_matches("", "twaalf teken")); // no account: never a match
}
