// Logged-in browsers at the desk: a random session id in a cookie, only its SHA-256 in hub.db,
// ended after 30 minutes without a request or 10 hours after login; and the CSRF token each
// session's forms carry (docs/desk.md).
#pragma once
#include "buurtkiosk/domain/clock.h"
#include "hub_store.h"

#include <chrono>
#include <optional>
#include <string>

namespace bk::hub {

struct DeskSessionLimits {
    std::chrono::seconds idle{30 * 60};
    std::chrono::seconds absolute{10 * 3600};
};

class DeskSessions {
public:
    explicit DeskSessions(HubStore& store, DeskSessionLimits limits = {})
        : store_(store), limits_(limits) {}

    // A new session for `account`; returns the session id as the cookie carries it (base64url
    // of 32 random bytes). Sessions that have run out are removed on the way.
    std::string start(const std::string& account, TimePoint now);
    // The account of the live session `cookie_value` names, which counts as a request now;
    // nullopt for an unknown, malformed or run-out session (a run-out one is removed).
    std::optional<std::string> account_of(const std::string& cookie_value, TimePoint now);
    // Logout: the session is gone from hub.db.
    void end(const std::string& cookie_value);

    // The CSRF token of the session `cookie_value` names ("" for a malformed one).
    static std::string csrf_token(const std::string& cookie_value);
    // Constant-time check of a form's token against the session's.
    static bool csrf_matches(const std::string& cookie_value, const std::string& token);

private:
    HubStore& store_;
    DeskSessionLimits limits_;
};

// Base64url without padding, as cookies and form fields carry random bytes.
std::string encode_base64url(const unsigned char* bytes, std::size_t size);
// 32 random bytes (randombytes_buf) as base64url: a session id, the login form's token.
std::string random_token();
// Constant-time comparison of two tokens (sodium_memcmp); false when their lengths differ.
bool same_token(const std::string& a, const std::string& b);

} // namespace bk::hub
