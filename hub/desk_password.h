// The desk's passwords: what a new one must be, its Argon2id hash (libsodium crypto_pwhash_str)
// and checking a typed one against a stored hash.
#pragma once
#include <optional>
#include <string>

namespace bk::hub {

constexpr std::size_t kDeskPasswordMinCharacters = 12;
constexpr std::size_t kDeskPasswordMaxBytes = 1024;

// What is wrong with `password` as a new desk password, in English for the command line;
// nullopt when it will do. Characters are counted as UTF-8 code points, not bytes.
std::optional<std::string> desk_password_problem(const std::string& password);

// The crypto_pwhash_str string to store ("$argon2id$v=19$m=65536,t=2,p=1$...").
std::string hash_desk_password(const std::string& password);

// True when `password` matches `stored_hash`. With `stored_hash` empty (no such account) the
// password is checked against a dummy hash made with the same limits, so an unknown name costs
// the same time as a known one, and the answer is false.
bool desk_password_matches(const std::string& stored_hash, const std::string& password);

} // namespace bk::hub
