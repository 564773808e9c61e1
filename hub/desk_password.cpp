// Argon2id through libsodium, with the limits chosen for a server and a cap on how many hashes
// are worked out at once.
#include "desk_password.h"

#include <sodium.h>

#include <semaphore>
#include <stdexcept>

namespace bk::hub {
namespace {

// OPSLIMIT/MEMLIMIT_INTERACTIVE: 2 passes over 64 MiB, about a tenth of a second on a server.
// A login is rare (a few per person per day), so a tenth of a second is nothing to the person
// and much to someone who stole hub.db and guesses offline. MODERATE (256 MiB, about 0.7 s)
// would make every login, and the dummy check for unknown names, cost a quarter GiB: too much
// for the small virtual machine a municipality gives a hub. Guessing online is stopped by the
// lockout (login_throttle.h), not by the hash.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// At most two hashes at once, whatever the number of worker threads: 64 logins arriving
// together would otherwise ask for 4 GiB. The others wait their turn (a tenth of a second each).
std::counting_semaphore<2> hashing_slots(2);

struct HashingSlot {
    HashingSlot() { hashing_slots.acquire(); }
    ~HashingSlot() { hashing_slots.release(); }
    HashingSlot(const HashingSlot&) = delete;
    HashingSlot& operator=(const HashingSlot&) = delete;
};

void ensure_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
}

std::string hash_with_limits(const std::string& password) {
    ensure_sodium();
    char out[crypto_pwhash_STRBYTES];
    HashingSlot slot;
    if (crypto_pwhash_str(out, password.data(), password.size(), kOpsLimit, kMemLimit) != 0)
        throw std::runtime_error("not enough memory to hash a password");
    return out;
}

// What a name without an account is checked against. A fixed hash, made once with the same
// limits from 32 random bytes nobody kept (and a match would not count anyway): made at run time
// instead, the first unknown name would take twice as long and so stand out. Should the limits
// above change, it no longer fits them and a fresh one is made once.
const std::string& dummy_hash() {
    static const std::string hash = [] {
        std::string fixed = "$argon2id$v=19$m=65536,t=2,p=1$tUo3gUpVTJkrZbWmjgw/Qg$"
                            "r3Y3mYH84wHoS3+T/ONDauAL2eS277eNuB/9lSD8udI";
        if (crypto_pwhash_str_needs_rehash(fixed.c_str(), kOpsLimit, kMemLimit) == 0) return fixed;
        unsigned char random[32];
        randombytes_buf(random, sizeof random);
        return hash_with_limits(std::string(reinterpret_cast<const char*>(random), sizeof random));
    }();
    return hash;
}

} // namespace

std::optional<std::string> desk_password_problem(const std::string& password) {
    if (password.size() > kDeskPasswordMaxBytes)
        return "a password is at most " + std::to_string(kDeskPasswordMaxBytes) + " bytes";
    std::size_t characters = 0;
    for (char c : password)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++characters;
    if (characters < kDeskPasswordMinCharacters)
        return "a password needs at least " + std::to_string(kDeskPasswordMinCharacters) +
               " characters (a few words in a row are easy to remember)";
    return std::nullopt;
}

std::string hash_desk_password(const std::string& password) {
    return hash_with_limits(password);
}

bool desk_password_matches(const std::string& stored_hash, const std::string& password) {
    ensure_sodium();
    const std::string& hash = stored_hash.empty() ? dummy_hash() : stored_hash;
    HashingSlot slot;
    bool right = crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
    return right && !stored_hash.empty();
}

} // namespace bk::hub
