// libsodium behind the small signing and hashing interface the hub and the kiosk share.
#include "buurtkiosk/protocol/signing.h"

#include "buurtkiosk/domain/trim.h"

#include <sodium.h>

#include <cctype>
#include <fstream>
#include <stdexcept>

namespace bk {
namespace {

void ensure_sodium() {
    // sodium_init is thread-safe and idempotent; it only fails when no randomness is available.
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

std::string to_hex(const unsigned char* bytes, size_t n) {
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes, n);
    out.pop_back();
    return out;
}

} // namespace

std::optional<std::string> sha256_file_hex(const std::filesystem::path& file) {
    ensure_sodium();
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    char buf[64 * 1024];
    while (in) {
        in.read(buf, sizeof buf);
        auto got = in.gcount();
        if (got > 0)
            crypto_hash_sha256_update(&state, reinterpret_cast<unsigned char*>(buf),
                                      static_cast<unsigned long long>(got));
    }
    if (in.bad()) return std::nullopt;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    return to_hex(digest, sizeof digest);
}

bool is_sha256_hex(std::string_view text) {
    if (text.size() != 64) return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::string encode_base64(std::string_view bytes) {
    ensure_sodium();
    const int variant = sodium_base64_VARIANT_ORIGINAL;
    std::string out(sodium_base64_encoded_len(bytes.size(), variant), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), variant);
    out.resize(std::char_traits<char>::length(out.c_str()));
    return out;
}

std::optional<std::string> decode_base64(std::string_view text) {
    ensure_sodium();
    std::string clean = trim(text);
    std::string out(clean.size(), '\0');
    size_t len = 0;
    const char* end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), clean.data(),
                          clean.size(), nullptr, &len, &end, sodium_base64_VARIANT_ORIGINAL) != 0)
        return std::nullopt;
    if (end != clean.data() + clean.size()) return std::nullopt; // trailing garbage
    out.resize(len);
    return out;
}

SigningKeyPair generate_signing_keypair() {
    ensure_sodium();
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    SigningKeyPair pair{encode_base64({reinterpret_cast<char*>(pk), sizeof pk}),
                        encode_base64({reinterpret_cast<char*>(sk), sizeof sk})};
    sodium_memzero(sk, sizeof sk);
    return pair;
}

std::optional<std::string> sign_detached(std::string_view message, std::string_view secret_key) {
    ensure_sodium();
    auto sk = decode_base64(secret_key);
    if (!sk || sk->size() != crypto_sign_SECRETKEYBYTES) return std::nullopt;
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), reinterpret_cast<const unsigned char*>(sk->data()));
    sodium_memzero(sk->data(), sk->size());
    return encode_base64({reinterpret_cast<char*>(sig), sizeof sig});
}

bool verify_detached(std::string_view message, std::string_view signature,
                     std::string_view public_key) {
    ensure_sodium();
    auto pk = decode_base64(public_key);
    auto sig = decode_base64(signature);
    if (!pk || pk->size() != crypto_sign_PUBLICKEYBYTES) return false;
    if (!sig || sig->size() != crypto_sign_BYTES) return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig->data()),
                                       reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(),
                                       reinterpret_cast<const unsigned char*>(pk->data())) == 0;
}

bool is_public_key(std::string_view public_key) {
    auto pk = decode_base64(public_key);
    return pk && pk->size() == crypto_sign_PUBLICKEYBYTES;
}

} // namespace bk
