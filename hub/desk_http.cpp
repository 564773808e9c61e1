// The desk's HTTP plumbing on cpp-httplib.
#include "desk_http.h"

#include <algorithm>
#include <cctype>

namespace bk::hub {
namespace {

constexpr const char* kCookieAttributes = "; Secure; HttpOnly; SameSite=Strict; Path=/";

bool is_loopback(const std::string& address) {
    return address.rfind("127.", 0) == 0 || address == "::1" ||
           address.rfind("::ffff:127.", 0) == 0;
}

bool looks_like_ip(const std::string& text) {
    return !text.empty() && text.size() <= 45 && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c)) || c == '.' || c == ':';
    });
}

} // namespace

// On every answer under /desk/: no other origin's scripts, styles or frames, forms only to the
// hub itself, no guessing of types, no full URLs to other sites, nothing kept in caches.
void desk_headers(httplib::Response& res) {
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "same-origin");
    res.set_header("Cache-Control", "no-store");
}

void send_page(httplib::Response& res, int status, const std::string& html) {
    desk_headers(res);
    res.status = status;
    res.set_content(html, "text/html; charset=utf-8");
}

// 303 See Other: after a POST the browser GETs `location`; without a session, the login form.
void see_other(httplib::Response& res, const std::string& location) {
    desk_headers(res);
    res.status = 303;
    res.set_header("Location", location);
}

void set_cookie(httplib::Response& res, const char* name, const std::string& value) {
    res.set_header("Set-Cookie", std::string(name) + "=" + value + kCookieAttributes);
}

void clear_cookie(httplib::Response& res, const char* name) {
    res.set_header("Set-Cookie", std::string(name) + "=" + kCookieAttributes + "; Max-Age=0");
}

// The first cookie called `name` in the request's Cookie headers ("" when there is none).
std::string cookie(const httplib::Request& req, const std::string& name) {
    const std::size_t headers = req.get_header_value_count("Cookie");
    for (std::size_t h = 0; h < headers; ++h) {
        const std::string line = req.get_header_value("Cookie", h);
        std::size_t at = 0;
        while (at < line.size()) {
            std::size_t end = line.find(';', at);
            if (end == std::string::npos) end = line.size();
            std::size_t begin = line.find_first_not_of(' ', at);
            if (begin < end) {
                const std::string pair = line.substr(begin, end - begin);
                const std::size_t eq = pair.find('=');
                if (eq != std::string::npos && pair.compare(0, eq, name) == 0)
                    return pair.substr(eq + 1);
            }
            at = end + 1;
        }
    }
    return "";
}

// The client's address for the limits and the log. Behind the reverse proxy on the same machine
// (docs/desk.md) every connection comes from loopback: then the proxy's X-Forwarded-For names
// the client, its last entry being the one the proxy added itself. From anywhere else the
// header is ignored, so a client cannot choose its own address.
std::string client_address(const httplib::Request& req) {
    if (!is_loopback(req.remote_addr) || !req.has_header("X-Forwarded-For")) return req.remote_addr;
    std::string forwarded = req.get_header_value("X-Forwarded-For");
    std::string last = forwarded.substr(forwarded.rfind(',') + 1);
    last.erase(0, last.find_first_not_of(' '));
    last.erase(last.find_last_not_of(' ') + 1);
    return looks_like_ip(last) ? last : req.remote_addr;
}

Form::Form(const httplib::Request& req) : req_(req) {
    const std::string type = req.get_header_value("Content-Type");
    if (type.rfind("application/x-www-form-urlencoded", 0) == 0)
        httplib::detail::parse_query_text(req.body, fields_);
    // httplib has parsed a multipart body into `files` already, fields and files alike.
    for (const auto& [name, part] : req.files)
        if (part.filename.empty()) fields_.emplace(name, part.content);
}

std::string Form::field(const std::string& name) const {
    return fields_.count(name) == 1 ? fields_.find(name)->second : "";
}

bool Form::file(const std::string& name, std::string& bytes, std::string& file_name) const {
    if (req_.files.count(name) != 1) return false;
    const httplib::MultipartFormData& part = req_.files.find(name)->second;
    if (part.filename.empty() && part.content.empty()) return false;
    bytes = part.content;
    file_name = part.filename;
    return true;
}

} // namespace bk::hub
