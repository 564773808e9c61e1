// DeskSessions on hub.db's desk_sessions table (hub_store.cpp, migration 4); ids and tokens
// from libsodium.
#include "desk_sessions.h"

#include "buurtkiosk/content/file_hash.h"

#include <sodium.h>

#include <stdexcept>

namespace bk::hub {
namespace {

constexpr std::size_t kIdBytes = 32;

// The 32 bytes a cookie value stands for; nullopt unless it is exactly that.
std::optional<std::string> decode_id(const std::string& cookie_value) {
    unsigned char id[kIdBytes];
    std::size_t size = 0;
    if (cookie_value.size() > 64 ||
        sodium_base642bin(id, sizeof id, cookie_value.data(), cookie_value.size(), nullptr, &size,
                          nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        size != kIdBytes)
        return std::nullopt;
    return std::string(reinterpret_cast<const char*>(id), size);
}

// What hub.db keeps of a session id. A plain SHA-256 is enough (no salt, no slow hash): the id
// is 256 random bits, not something a person chose, so nobody can guess it from the hash.
std::optional<std::string> stored_form(const std::string& cookie_value) {
    auto id = decode_id(cookie_value);
    if (!id) return std::nullopt;
    return sha256_hex(*id);
}

} // namespace

std::string encode_base64url(const unsigned char* bytes, std::size_t size) {
    std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                    '\0');
    sodium_bin2base64(out.data(), out.size(), bytes, size,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.find('\0'));
    return out;
}

std::string random_token() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    unsigned char id[kIdBytes];
    randombytes_buf(id, sizeof id);
    return encode_base64url(id, sizeof id);
}

bool same_token(const std::string& a, const std::string& b) {
    return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string DeskSessions::start(const std::string& account, TimePoint now) {
    std::string cookie_value = random_token();
    const std::string at = format_utc(now);
    auto [hold, db] = store_.lock();
    Transaction transaction(db);
    db.prepare("DELETE FROM desk_sessions WHERE expires_at <= ? OR last_seen_at <= ?")
        .bind(1, at)
        .bind(2, format_utc(now - limits_.idle))
        .run();
    db.prepare("INSERT INTO desk_sessions (id_sha256, account, created_at, last_seen_at, "
               "expires_at) VALUES (?,?,?,?,?)")
        .bind(1, *stored_form(cookie_value))
        .bind(2, account)
        .bind(3, at)
        .bind(4, at)
        .bind(5, format_utc(now + limits_.absolute))
        .run();
    transaction.commit();
    return cookie_value;
}

std::optional<std::string> DeskSessions::account_of(const std::string& cookie_value,
                                                    TimePoint now) {
    auto id = stored_form(cookie_value);
    if (!id) return std::nullopt;
    const std::string at = format_utc(now);
    auto [hold, db] = store_.lock();
    Statement row = db.prepare("SELECT account, expires_at > ? AND last_seen_at > ? FROM "
                               "desk_sessions WHERE id_sha256 = ?");
    row.bind(1, at).bind(2, format_utc(now - limits_.idle)).bind(3, *id);
    if (!row.step()) return std::nullopt;
    std::string account = row.column_text(0);
    const bool live = row.column_int(1) != 0;
    row.reset();
    if (!live) {
        db.prepare("DELETE FROM desk_sessions WHERE id_sha256 = ?").bind(1, *id).run();
        return std::nullopt;
    }
    db.prepare("UPDATE desk_sessions SET last_seen_at = ? WHERE id_sha256 = ?")
        .bind(1, at)
        .bind(2, *id)
        .run();
    return account;
}

void DeskSessions::end(const std::string& cookie_value) {
    auto id = stored_form(cookie_value);
    if (!id) return;
    auto [hold, db] = store_.lock();
    db.prepare("DELETE FROM desk_sessions WHERE id_sha256 = ?").bind(1, *id).run();
}

// Derived, not stored: crypto_auth (HMAC-SHA-512-256) of a fixed label under the session id as
// the key. Only the session's own browser has the id (an HttpOnly cookie), so only it can know
// the token; the token does not give the id away; it ends with the session, and a stolen hub.db
// (which has only the id's SHA-256) gives neither. A stored random token would do the same with
// one more column to keep and to wipe.
std::string DeskSessions::csrf_token(const std::string& cookie_value) {
    auto id = decode_id(cookie_value);
    if (!id) return "";
    static_assert(crypto_auth_KEYBYTES == kIdBytes);
    static constexpr unsigned char kLabel[] = "buurtkiosk desk csrf v1";
    unsigned char mac[crypto_auth_BYTES];
    crypto_auth(mac, kLabel, sizeof kLabel - 1, reinterpret_cast<const unsigned char*>(id->data()));
    return encode_base64url(mac, sizeof mac);
}

bool DeskSessions::csrf_matches(const std::string& cookie_value, const std::string& token) {
    return same_token(csrf_token(cookie_value), token);
}

} // namespace bk::hub
