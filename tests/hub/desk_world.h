// A hub with desk accounts, spoken to the way a browser would: cookies carried by hand, no
// redirect followed, so every 303 and Set-Cookie can be looked at.
#pragma once
#include "support/hub_process.h"
#include "support/temp_dir.h"

#include <httplib.h>

#include <string>
#include <vector>

namespace bk::test {

constexpr const char* kPassword = "koffie met een koekje";
constexpr const char* kWrongLogin = "Gebruikersnaam of wachtwoord klopt niet.";
constexpr const char* kLockedLogin = "Dit account is tijdelijk geblokkeerd na te veel pogingen.";

// The Set-Cookie lines of an answer, and the value one of them gives `name` ("" when none).
std::vector<std::string> set_cookies(const httplib::Response& res);
std::string cookie_set(const httplib::Response& res, const std::string& name);
// The value of the form field `csrf` in a page ("" when there is none).
std::string csrf_field(const std::string& html);

class DeskWorld {
public:
    DeskWorld(); // a hub in a temp folder, serving
    TempDir tmp;
    HubProcess hub;

    // `buurtkiosk-hub --data <hub> user args...` with `input` on its standard input (a pipe,
    // not a terminal: one line is the password).
    CommandResult user(const std::vector<std::string>& args, const std::string& input = "") const;
    // `user add`, which must work.
    void add_user(const std::string& name, const std::string& role,
                  const std::vector<std::string>& groups = {},
                  const std::string& password = kPassword) const;

    // `cookies` goes out as the Cookie header as it is; `address` as X-Forwarded-For (the
    // client behind the reverse proxy), when not empty.
    httplib::Result get(const std::string& path, const std::string& cookies = "",
                        const std::string& address = "") const;
    httplib::Result post(const std::string& path, const std::string& cookies,
                         const httplib::Params& form, const std::string& address = "") const;

    // A multipart/form-data POST, as a browser sends a form with a file field.
    httplib::Result post_multipart(const std::string& path, const std::string& cookies,
                                   const httplib::MultipartFormDataItems& items) const;

    // GET /desk/login, then POST it with the form's token, as a browser does.
    httplib::Result login(const std::string& name, const std::string& password,
                          const std::string& address = "") const;
    // Logs in (must work) and returns the session cookie's value.
    std::string session_of(const std::string& name, const std::string& password = kPassword) const;

private:
    httplib::Client client() const;
};

// "__Host-desk=<value>" for a Cookie header.
std::string session_cookie(const std::string& value);

} // namespace bk::test
