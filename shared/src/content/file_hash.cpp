// SHA-256 through libsodium; sodium_init runs once, on first use.
#include "buurtkiosk/content/file_hash.h"

#include <sodium.h>

#include <stdexcept>

namespace bk {

std::string sha256_hex(std::string_view bytes) {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium could not be initialised");
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

} // namespace bk
