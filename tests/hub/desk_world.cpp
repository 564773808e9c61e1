// DeskWorld: the hub's `user` commands with a password on standard input, and HTTP with
// cpp-httplib's client (the shared HttpClient keeps one Set-Cookie of several).
#include "desk_world.h"

#include <catch2/catch.hpp>

#include <fstream>

namespace bk::test {

std::vector<std::string> set_cookies(const httplib::Response& res) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < res.get_header_value_count("Set-Cookie"); ++i)
        out.push_back(res.get_header_value("Set-Cookie", i));
    return out;
}

std::string cookie_set(const httplib::Response& res, const std::string& name) {
    for (const std::string& line : set_cookies(res))
        if (line.rfind(name + "=", 0) == 0)
            return line.substr(name.size() + 1, line.find(';') - name.size() - 1);
    return "";
}

std::string csrf_field(const std::string& html) {
    const std::string marker = "name=\"csrf\" value=\"";
    auto at = html.find(marker);
    if (at == std::string::npos) return "";
    at += marker.size();
    return html.substr(at, html.find('"', at) - at);
}

std::string session_cookie(const std::string& value) {
    return "__Host-desk=" + value;
}

DeskWorld::DeskWorld() : hub(tmp / "hub") {
    // The tests' agenda servers are plain HTTP on 127.0.0.1.
    // A hanging one costs the test 2 s, not the 20 a real one gets.
    hub.serve_args = {"--allow-http-feeds", "--feed-timeout-seconds", "2"};
    hub.start();
}

CommandResult DeskWorld::user(const std::vector<std::string>& args,
                              const std::string& input) const {
    const auto stdin_file = tmp / "stdin.txt";
    std::ofstream(stdin_file, std::ios::binary | std::ios::trunc) << input;
    // run_command captures both streams; the shell only puts the file on standard input.
    std::vector<std::string> command{"/bin/sh",
                                     "-c",
                                     "exec \"$@\" < \"$0\"",
                                     stdin_file.string(),
                                     hub_binary().string(),
                                     "--data",
                                     hub.data().string(),
                                     "user"};
    command.insert(command.end(), args.begin(), args.end());
    return run_command(command);
}

void DeskWorld::add_user(const std::string& name, const std::string& role,
                         const std::vector<std::string>& groups,
                         const std::string& password) const {
    std::vector<std::string> args{"add", name, "--role", role};
    for (const std::string& g : groups) {
        args.emplace_back("--group");
        args.push_back(g);
    }
    auto r = user(args, password + "\n");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
}

httplib::Client DeskWorld::client() const {
    httplib::Client c("127.0.0.1", hub.port());
    // Short limits: a hub that hangs must fail the test soon, not stall it.
    c.set_connection_timeout(2, 0);
    c.set_read_timeout(60, 0); // a preview runs the kiosk four times
    c.set_write_timeout(5, 0);
    return c;
}

namespace {
httplib::Headers headers_for(const std::string& cookies, const std::string& address) {
    httplib::Headers h;
    if (!cookies.empty()) h.emplace("Cookie", cookies);
    if (!address.empty()) h.emplace("X-Forwarded-For", address);
    return h;
}
} // namespace

httplib::Result DeskWorld::get(const std::string& path, const std::string& cookies,
                               const std::string& address) const {
    return client().Get(path, headers_for(cookies, address));
}

httplib::Result DeskWorld::post(const std::string& path, const std::string& cookies,
                                const httplib::Params& form, const std::string& address) const {
    return client().Post(path, headers_for(cookies, address), form);
}

httplib::Result DeskWorld::post_multipart(const std::string& path, const std::string& cookies,
                                          const httplib::MultipartFormDataItems& items) const {
    return client().Post(path, headers_for(cookies, ""), items);
}

httplib::Result DeskWorld::login(const std::string& name, const std::string& password,
                                 const std::string& address) const {
    auto form = get("/desk/login", "", address);
    REQUIRE(form);
    REQUIRE(form->status == 200);
    const std::string token = cookie_set(*form, "__Host-desk-login");
    REQUIRE(!token.empty());
    REQUIRE(csrf_field(form->body) == token);
    return post("/desk/login", "__Host-desk-login=" + token,
                {{"csrf", token}, {"username", name}, {"password", password}}, address);
}

std::string DeskWorld::session_of(const std::string& name, const std::string& password) const {
    auto r = login(name, password);
    REQUIRE(r);
    INFO(r->body);
    REQUIRE(r->status == 303);
    const std::string session = cookie_set(*r, "__Host-desk");
    REQUIRE(!session.empty());
    return session;
}

} // namespace bk::test
