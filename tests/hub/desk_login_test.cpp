// The desk over HTTP against the real hub (docs/desk.md): no page without a session, the
// session cookie's attributes, CSRF on every POST, the account lock and the address limit, one
// answer for unknown names and wrong passwords, sessions ended by logout and password changes.
#include "desk_world.h"

#include <catch2/catch.hpp>

using namespace bk::test;

namespace {

// The headers every answer under /desk/ carries.
void check_desk_headers(const httplib::Response& res) {
    CHECK(res.get_header_value("Content-Security-Policy") ==
          "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
    CHECK(res.get_header_value("X-Content-Type-Options") == "nosniff");
    CHECK(res.get_header_value("Referrer-Policy") == "same-origin");
    CHECK(res.get_header_value("Cache-Control") == "no-store");
}

// The answer sends the browser to the login form and shows nothing of the desk.
void check_sent_to_login(const httplib::Result& r) {
    REQUIRE(r);
    CHECK(r->status == 303);
    CHECK(r->get_header_value("Location") == "/desk/login");
    CHECK(r->body.find("Ingelogd als") == std::string::npos);
    CHECK(r->body.find("<main") == std::string::npos);
    check_desk_headers(*r);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

} // namespace

TEST_CASE("without a session no desk page is shown, only the way to the login", "[desk]") {
    DeskWorld world;
    world.add_user("anna", "editor", {"noord"});
    // Tried: the overview, a page below it, a POST below it, with no cookie, with a cookie of the
    // right form that no login gave, and with a cookie that is not a session id at all.
    const std::string made_up = "__Host-desk=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    for (const std::string& cookies : {std::string(), made_up, std::string("__Host-desk=x%00'")}) {
        INFO(cookies);
        check_sent_to_login(world.get("/desk/", cookies));
        check_sent_to_login(world.get("/desk/accounts", cookies));
        check_sent_to_login(world.post("/desk/publiceer", cookies, {{"csrf", "x"}}));
        check_sent_to_login(world.post("/desk/logout", cookies, {{"csrf", "x"}}));
    }
    // The login form and its style sheet need no session; /v1/ is untouched.
    auto form = world.get("/desk/login");
    REQUIRE(form);
    CHECK(form->status == 200);
    check_desk_headers(*form);
    auto css = world.get("/desk/desk.css");
    REQUIRE(css);
    CHECK(css->status == 200);
    CHECK(contains(css->body, ":focus-visible"));
    check_desk_headers(*css);
    auto health = world.get("/v1/health");
    REQUIRE(health);
    CHECK(health->body == "{\"status\":\"ok\"}");
    CHECK(health->get_header_value("Content-Security-Policy").empty());
}

TEST_CASE("the right password sets a strict session cookie and opens the desk", "[desk]") {
    DeskWorld world;
    world.add_user("anna", "editor", {"zuid", "noord"});
    auto form = world.get("/desk/login");
    REQUIRE(form);
    // The form is Dutch, its fields labelled, the browser's password manager told what is what.
    CHECK(contains(form->body, "<html lang=\"nl\">"));
    CHECK(contains(form->body, "<label for=\"naam\">Gebruikersnaam</label>"));
    CHECK(contains(form->body, "id=\"naam\" name=\"username\" type=\"text\" "
                               "autocomplete=\"username\""));
    CHECK(contains(form->body, "<label for=\"wachtwoord\">Wachtwoord</label>"));
    CHECK(contains(form->body, "id=\"wachtwoord\" name=\"password\" type=\"password\" "
                               "autocomplete=\"current-password\""));
    // The one script is the hub's own file (desk.js, for Back after logout); nothing inline.
    CHECK(contains(form->body, "<script src=\"/desk/desk.js\" defer></script>"));
    CHECK_FALSE(contains(form->body, "<script>"));

    // Tried: logging in as "Anna" (names are matched without regard to case).
    auto r = world.login("Anna", kPassword);
    REQUIRE(r);
    INFO(r->body);
    REQUIRE(r->status == 303);
    CHECK(r->get_header_value("Location") == "/desk/");
    check_desk_headers(*r);
    std::string line;
    for (const std::string& l : set_cookies(*r))
        if (l.rfind("__Host-desk=", 0) == 0) line = l;
    INFO(line);
    CHECK(contains(line, "; Secure"));
    CHECK(contains(line, "; HttpOnly"));
    CHECK(contains(line, "; SameSite=Strict"));
    CHECK(contains(line, "; Path=/"));
    CHECK_FALSE(contains(line, "Domain"));
    const std::string session = cookie_set(*r, "__Host-desk");
    CHECK(session.size() == 43); // 32 random bytes in base64url

    auto desk = world.get("/desk/", session_cookie(session));
    REQUIRE(desk);
    CHECK(desk->status == 200);
    check_desk_headers(*desk);
    CHECK(contains(desk->body, "Ingelogd als <strong>anna</strong> (redacteur)"));
    CHECK(contains(desk->body, "<li><a href=\"/desk/groep/noord/\">noord</a></li>\n"
                               "<li><a href=\"/desk/groep/zuid/\">zuid</a></li>"));
    CHECK(contains(desk->body, "<form method=\"post\" action=\"/desk/logout\">"));
    CHECK(csrf_field(desk->body).size() == 43);
    // Logged in, the login form sends the browser to the desk.
    auto again = world.get("/desk/login", session_cookie(session));
    REQUIRE(again);
    CHECK(again->status == 303);
    CHECK(again->get_header_value("Location") == "/desk/");

    // hub.db has the session's hash, never the id the browser holds.
    const auto db = world.hub.data() / "hub.db";
    CHECK_FALSE(contains(read_text(db) + read_text(db.string() + "-wal"), session));

    // An admin sees every group the hub knows of (here: of the kiosks provisioned).
    REQUIRE(run_hub({"--data", world.hub.data().string(), "provision", "--kiosk", "de-linde",
                     "--group", "west"})
                .exit_code == 0);
    world.add_user("beheer", "admin");
    auto admin = world.get("/desk/", session_cookie(world.session_of("beheer")));
    REQUIRE(admin);
    CHECK(contains(admin->body, "Ingelogd als <strong>beheer</strong> (beheerder)"));
    CHECK(contains(admin->body, "U ziet alle kioskgroepen."));
    CHECK(contains(admin->body, "<li><a href=\"/desk/groep/west/\">west</a></li>"));
    CHECK_FALSE(contains(admin->body, ">noord</a></li>"));
}

TEST_CASE("a POST without the right CSRF token is refused and changes nothing", "[desk]") {
    DeskWorld world;
    world.add_user("anna", "editor", {"noord"});
    const std::string session = world.session_of("anna");
    const std::string other = world.session_of("anna"); // a second browser
    auto desk = world.get("/desk/", session_cookie(session));
    REQUIRE(desk);
    const std::string token = csrf_field(desk->body);
    auto other_desk = world.get("/desk/", session_cookie(other));
    REQUIRE(other_desk);
    const std::string other_token = csrf_field(other_desk->body);
    REQUIRE(token != other_token);

    // Tried: logout without the field, with an empty one, with the other session's token, and
    // with both tokens (which one was meant?); each time 403 and the session still works.
    const std::vector<httplib::Params> forged{
        {}, {{"csrf", ""}}, {{"csrf", other_token}}, {{"csrf", other_token}, {"csrf", token}}};
    for (const httplib::Params& form : forged) {
        auto r = world.post("/desk/logout", session_cookie(session), form);
        REQUIRE(r);
        CHECK(r->status == 403);
        CHECK(contains(r->body, "Er is niets veranderd."));
        CHECK(set_cookies(*r).empty());
        check_desk_headers(*r);
        auto still = world.get("/desk/", session_cookie(session));
        REQUIRE(still);
        CHECK(still->status == 200);
    }

    // With the token, the session ends: the cookie is cleared and the old one opens nothing.
    auto out = world.post("/desk/logout", session_cookie(session), {{"csrf", token}});
    REQUIRE(out);
    CHECK(out->status == 303);
    CHECK(out->get_header_value("Location") == "/desk/login");
    CHECK(contains(out->get_header_value("Set-Cookie"), "Max-Age=0"));
    check_sent_to_login(world.get("/desk/", session_cookie(session)));
    // The other browser's session is its own.
    auto second = world.get("/desk/", session_cookie(other));
    REQUIRE(second);
    CHECK(second->status == 200);

    // The login form has a token too. Tried: a login without it, and with one that is not the
    // cookie's: 403, no session, and the password is not even looked at (no log line).
    auto form = world.get("/desk/login");
    REQUIRE(form);
    const std::string login_token = cookie_set(*form, "__Host-desk-login");
    for (const httplib::Params& params :
         {httplib::Params{{"username", "anna"}, {"password", kPassword}},
          httplib::Params{{"csrf", other_token}, {"username", "anna"}, {"password", kPassword}}}) {
        auto r = world.post("/desk/login", "__Host-desk-login=" + login_token, params);
        REQUIRE(r);
        CHECK(r->status == 403);
        CHECK(cookie_set(*r, "__Host-desk").empty());
    }
    const std::string log = read_text(world.hub.log_file());
    CHECK(contains(log, "desk login accepted for 'anna'"));
    CHECK_FALSE(contains(log, "desk login failed"));
}

TEST_CASE("ten wrong passwords lock the account, also across a restart, until user unlock",
          "[desk]") {
    DeskWorld world;
    world.add_user("anna", "editor", {"noord"});
    // Tried: nine wrong passwords, each answered as wrong; the tenth locks the account.
    for (int i = 1; i <= 9; ++i) {
        auto r = world.login("anna", "verkeerd wachtwoord " + std::to_string(i));
        REQUIRE(r);
        CHECK(r->status == 401);
        CHECK(contains(r->body, kWrongLogin));
        CHECK(contains(r->body, "aria-describedby=\"inlog-fout\""));
        CHECK(contains(r->body, "<p id=\"inlog-fout\" class=\"fout\">"));
    }
    auto tenth = world.login("anna", "verkeerd wachtwoord 10");
    REQUIRE(tenth);
    CHECK(tenth->status == 423);
    CHECK(contains(tenth->body, kLockedLogin));

    // Now the right password is refused too, and `user list` says until when.
    auto right = world.login("anna", kPassword);
    REQUIRE(right);
    CHECK(right->status == 423);
    CHECK(contains(right->body, kLockedLogin));
    CHECK(cookie_set(*right, "__Host-desk").empty());
    auto list = world.user({"list"});
    CHECK(contains(list.out, "anna\trole=editor\tgroups=noord\tlocked_until=20"));

    // A restart forgets nothing.
    world.hub.stop();
    world.hub.start();
    auto after_restart = world.login("anna", kPassword);
    REQUIRE(after_restart);
    CHECK(after_restart->status == 423);

    // `user unlock` lifts it.
    auto unlock = world.user({"unlock", "anna"});
    CHECK(unlock.exit_code == 0);
    CHECK(contains(world.user({"list"}).out, "locked_until=no"));
    auto unlocked = world.login("anna", kPassword);
    REQUIRE(unlocked);
    CHECK(unlocked->status == 303);
    CHECK_FALSE(cookie_set(*unlocked, "__Host-desk").empty());

    // The log has a line per attempt with name and address, and no password at all.
    const std::string log = read_text(world.hub.log_file());
    CHECK(contains(log, "hub: desk login failed (wrong password) for 'anna' from 127.0.0.1"));
    CHECK(contains(log, "hub: desk account 'anna' locked until 20"));
    CHECK(contains(log, "hub: desk login refused (locked until 20"));
    CHECK(contains(log, "hub: desk login accepted for 'anna' from 127.0.0.1"));
    CHECK_FALSE(contains(log, "verkeerd wachtwoord"));
    CHECK_FALSE(contains(log, kPassword));
}

TEST_CASE("an unknown name gets the same answer as a wrong password", "[desk]") {
    DeskWorld world;
    world.add_user("anna", "editor", {"noord"});
    auto form = world.get("/desk/login");
    REQUIRE(form);
    const std::string token = cookie_set(*form, "__Host-desk-login");
    auto attempt = [&](const std::string& name) {
        auto r = world.post("/desk/login", "__Host-desk-login=" + token,
                            {{"csrf", token}, {"username", name}, {"password", "niet dit"}});
        REQUIRE(r);
        return *r;
    };
    // Tried: a wrong password for anna and any password for bert, who has no account, three
    // times each. Same status, same page but for the name typed. (That an unknown name costs
    // the same Argon2id time, against a dummy hash, is not asserted: timing checks are flaky on
    // a loaded CI machine; hub/desk_login.cpp does it.)
    for (int i = 0; i < 3; ++i) {
        auto wrong = attempt("anna");
        auto nobody = attempt("bert");
        CHECK(wrong.status == 401);
        CHECK(nobody.status == 401);
        CHECK(contains(nobody.body, kWrongLogin));
        CHECK(replace_all(nobody.body, "value=\"bert\"", "value=\"anna\"") == wrong.body);
    }

    // An unknown name is locked like an account after ten tries: a lock tells nothing either.
    for (int i = 0; i < 7; ++i)
        attempt("bert");
    auto locked = attempt("bert");
    CHECK(locked.status == 423);
    CHECK(contains(locked.body, kLockedLogin));

    // What is typed comes back escaped.
    auto odd = attempt("<b>\"x\"</b>");
    CHECK(odd.status == 401);
    CHECK(contains(odd.body, "value=\"&lt;b&gt;&quot;x&quot;&lt;/b&gt;\""));
    CHECK_FALSE(contains(odd.body, "<b>"));
    // The log does not keep names without an account (a password typed as a name would stay).
    const std::string log = read_text(world.hub.log_file());
    CHECK(contains(log, "hub: desk login failed (no such account) for an unknown account from"));
    CHECK_FALSE(contains(log, "bert"));
}

TEST_CASE("user passwd and user remove end the account's sessions", "[desk]") {
    DeskWorld world;
    world.add_user("anna", "editor", {"noord"});
    world.add_user("bert", "sociaal-team");
    const std::string anna = world.session_of("anna");
    const std::string bert = world.session_of("bert");

    // Tried: a new password for anna while she is logged in.
    auto r = world.user({"passwd", "anna"}, "een heel nieuw wachtwoord\n");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    check_sent_to_login(world.get("/desk/", session_cookie(anna)));
    auto old_password = world.login("anna", kPassword);
    REQUIRE(old_password);
    CHECK(old_password->status == 401);
    world.session_of("anna", "een heel nieuw wachtwoord");
    // A password that is too short changes nothing.
    CHECK(world.user({"passwd", "anna"}, "te kort\n").exit_code == 2);
    world.session_of("anna", "een heel nieuw wachtwoord");

    // Tried: removing bert while he is logged in. Only his sessions end.
    auto bert_desk = world.get("/desk/", session_cookie(bert));
    REQUIRE(bert_desk);
    CHECK(bert_desk->status == 200);
    REQUIRE(world.user({"remove", "bert"}).exit_code == 0);
    check_sent_to_login(world.get("/desk/", session_cookie(bert)));
    auto gone = world.login("bert", kPassword);
    REQUIRE(gone);
    CHECK(gone->status == 401);
    CHECK_FALSE(contains(world.user({"list"}).out, "bert"));
}

TEST_CASE("one client address gets at most 20 failed logins in 10 minutes", "[desk]") {
    DeskWorld world;
    world.add_user("anna", "editor", {"noord"});
    // The reverse proxy on the same machine names the client in X-Forwarded-For. Tried: 20
    // failed logins from one address, each for another name (so no name is locked), then the
    // right password from there: 429. Another address still logs in.
    const std::string address = "203.0.113.7";
    for (int i = 1; i <= 20; ++i) {
        auto r = world.login("niemand-" + std::to_string(i), kPassword, address);
        REQUIRE(r);
        CHECK(r->status == 401);
    }
    auto blocked = world.login("anna", kPassword, address);
    REQUIRE(blocked);
    CHECK(blocked->status == 429);
    CHECK(blocked->get_header_value("Retry-After") == "600");
    CHECK(contains(blocked->body, "Te veel mislukte pogingen vanaf deze verbinding."));
    CHECK(cookie_set(*blocked, "__Host-desk").empty());
    // The proxy's own entry is the last one; what the client put before it does not count.
    auto spoofed = world.login("anna", kPassword, "198.51.100.1, " + address);
    REQUIRE(spoofed);
    CHECK(spoofed->status == 429);

    auto elsewhere = world.login("anna", kPassword, "203.0.113.8");
    REQUIRE(elsewhere);
    CHECK(elsewhere->status == 303);
    const std::string log = read_text(world.hub.log_file());
    CHECK(contains(log, "hub: desk login refused from 203.0.113.7: 20 failed logins within 10 "
                        "minutes"));
    CHECK(contains(log, "hub: desk login accepted for 'anna' from 203.0.113.8"));
}
