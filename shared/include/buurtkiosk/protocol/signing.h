// Ed25519 detached signatures and SHA-256 digests (libsodium), with keys kept as base64 text.
#pragma once
#include "buurtkiosk/content/file_hash.h" // sha256_hex(bytes)

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace bk {

// Lowercase hex SHA-256 of a file's contents; nullopt when it cannot be read.
std::optional<std::string> sha256_file_hex(const std::filesystem::path& file);
// True for exactly 64 lowercase hex digits (how the protocol names a file).
bool is_sha256_hex(std::string_view text);

std::string encode_base64(std::string_view bytes);
// Standard base64 with padding; surrounding whitespace is ignored. nullopt when malformed.
std::optional<std::string> decode_base64(std::string_view text);

struct SigningKeyPair {
    std::string public_key; // base64 of the 32-byte ed25519 public key
    std::string secret_key; // base64 of the 64-byte libsodium secret key
};

SigningKeyPair generate_signing_keypair();

// Base64 detached signature of the exact `message` bytes; nullopt when the key is malformed.
std::optional<std::string> sign_detached(std::string_view message, std::string_view secret_key);

// True only when `signature` (base64) is a valid signature of `message` by `public_key` (base64).
bool verify_detached(std::string_view message, std::string_view signature,
                     std::string_view public_key);

// True when `public_key` decodes to a 32-byte ed25519 public key.
bool is_public_key(std::string_view public_key);

} // namespace bk
