// What every desk route does with HTTP: the security headers, pages, redirects, cookies, and the
// fields of a posted form (urlencoded or multipart, for pictures).
#pragma once
#include <httplib.h>

#include <string>

namespace bk::hub {

// On every answer under /desk/.
void desk_headers(httplib::Response& res);
void send_page(httplib::Response& res, int status, const std::string& html);
// 303 See Other: after a POST the browser GETs `location`.
void see_other(httplib::Response& res, const std::string& location);

void set_cookie(httplib::Response& res, const char* name, const std::string& value);
void clear_cookie(httplib::Response& res, const char* name);
// The first cookie called `name` in the request's Cookie headers ("" when there is none).
std::string cookie(const httplib::Request& req, const std::string& name);

// The fields of a posted form, form-urlencoded or multipart/form-data. A field sent twice
// counts as missing: which of the two was meant cannot be known.
class Form {
public:
    explicit Form(const httplib::Request& req);
    std::string field(const std::string& name) const;
    // A file field of a multipart form: its bytes and the name the browser gave; false when the
    // form has none (or an empty one: no file chosen).
    bool file(const std::string& name, std::string& bytes, std::string& file_name) const;

private:
    const httplib::Request& req_;
    httplib::Params fields_;
};

// The client's address for the limits and the log (X-Forwarded-For only from loopback).
std::string client_address(const httplib::Request& req);

} // namespace bk::hub
