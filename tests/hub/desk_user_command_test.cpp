// `buurtkiosk-hub user ...` (docs/desk.md): bad input is refused with exit 2 and leaves no
// account behind; hub.db keeps a password only as an Argon2id hash.
#include "desk_world.h"

#include <catch2/catch.hpp>

using namespace bk::test;

namespace {

std::string listed(const DeskWorld& world) {
    auto r = world.user({"list"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
}

} // namespace

TEST_CASE("user add refuses a password shorter than 12 characters and stores nothing", "[desk]") {
    DeskWorld world;
    // Tried: 11 characters, and 11 letters with accents (22 bytes: characters count, not bytes).
    for (const std::string& short_one : {std::string("elf tekens!"), std::string("éééééééééé1")}) {
        auto r =
            world.user({"add", "anna", "--role", "editor", "--group", "noord"}, short_one + "\n");
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("at least 12 characters") != std::string::npos);
        CHECK(r.err.find("nothing changed") != std::string::npos);
    }
    // Tried: nothing at all on standard input.
    auto empty = world.user({"add", "anna", "--role", "editor", "--group", "noord"}, "");
    CHECK(empty.exit_code == 2);
    CHECK(listed(world).find("anna") == std::string::npos);

    // Exactly 12 characters will do, and the password itself is nowhere in hub.db.
    world.add_user("anna", "editor", {"noord"}, "twaalf teken");
    CHECK(listed(world).find("anna\trole=editor\tgroups=noord") != std::string::npos);
    const auto db = world.hub.data() / "hub.db";
    const std::string stored = read_text(db) + read_text(db.string() + "-wal");
    CHECK(stored.find("twaalf teken") == std::string::npos);
    CHECK(stored.find("$argon2id$v=19$m=65536,t=2,p=1$") != std::string::npos);
}

TEST_CASE("user add refuses a wrong role, missing or odd groups and odd names", "[desk]") {
    DeskWorld world;
    const std::string password = std::string(kPassword) + "\n";
    struct Case {
        std::vector<std::string> args;
        std::string says;
    };
    // Tried: a role that does not exist; no role; an editor without groups; groups for a role
    // that sees every group; a group that is not a plain name; an account name with capitals
    // or a space; a second name.
    const std::vector<Case> cases{
        {{"add", "anna", "--role", "redacteur", "--group", "noord"}, "unknown role 'redacteur'"},
        {{"add", "anna", "--group", "noord"}, "needs --role"},
        {{"add", "anna", "--role", "editor"}, "at least one --group"},
        {{"add", "anna", "--role", "admin", "--group", "noord"}, "--group is for editors"},
        {{"add", "anna", "--role", "editor", "--group", "../noord"}, "group '../noord'"},
        {{"add", "Anna", "--role", "editor", "--group", "noord"}, "account name 'Anna'"},
        {{"add", "anna jansen", "--role", "admin"}, "account name 'anna jansen'"},
        {{"add", "anna", "bert", "--role", "admin"}, "expected one account name"},
    };
    for (const Case& c : cases) {
        auto r = world.user(c.args, password);
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find(c.says) != std::string::npos);
    }
    CHECK(listed(world).empty());

    // The same name twice: the first account stays as it was.
    world.add_user("anna", "editor", {"noord", "centrum"});
    auto again = world.user({"add", "anna", "--role", "admin"}, password);
    CHECK(again.exit_code == 2);
    CHECK(again.err.find("already exists") != std::string::npos);
    const std::string list = listed(world);
    CHECK(list.find("anna\trole=editor\tgroups=centrum,noord\tlocked_until=no\tlast_login=never") !=
          std::string::npos);
    // Commands on a name without an account change nothing and say so.
    for (const char* command : {"remove", "passwd", "unlock"}) {
        auto r = world.user({command, "bert"}, password);
        INFO(command);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("there is no account 'bert'") != std::string::npos);
    }
}

TEST_CASE("user list shows roles, groups and the last login, and never a hash", "[desk]") {
    DeskWorld world;
    world.add_user("anna", "editor", {"zuid", "noord"});
    world.add_user("sam", "sociaal-team");
    world.add_user("beheer", "admin");
    world.session_of("sam");
    const std::string list = listed(world);
    CHECK(list.find("anna\trole=editor\tgroups=noord,zuid\tlocked_until=no\tlast_login=never\n") !=
          std::string::npos);
    CHECK(list.find("beheer\trole=admin\tgroups=all\tlocked_until=no\tlast_login=never\n") !=
          std::string::npos);
    CHECK(list.find("sam\trole=sociaal-team\tgroups=all\tlocked_until=no\tlast_login=20") !=
          std::string::npos);
    CHECK(list.find("argon2") == std::string::npos);
}
