// Random sign-up codes from libsodium's CSPRNG, uniform over the alphabet.
#include "buurtkiosk/domain/sign_up_code.h"

#include <sodium.h>

#include <cctype>
#include <cstring>
#include <stdexcept>

namespace bk {

std::string random_sign_up_code() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium could not be initialised");
    const auto size = static_cast<std::uint32_t>(std::strlen(kSignUpCodeAlphabet));
    std::string code;
    for (int i = 0; i < kSignUpCodeLength; ++i)
        code += kSignUpCodeAlphabet[randombytes_uniform(size)];
    return code;
}

std::string normalise_sign_up_code(const std::string& typed) {
    std::string code;
    for (char c : typed) {
        auto u = static_cast<unsigned char>(c);
        if (!std::isspace(u) && c != '-') code += static_cast<char>(std::toupper(u));
    }
    return code;
}

} // namespace bk
