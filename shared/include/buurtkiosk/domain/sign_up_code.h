// The short code a visitor gets for a sign-up, to cancel it or check in with it.
#pragma once
#include <string>

namespace bk {

// Letters and digits that cannot be mistaken for each other on screen or when read aloud:
// no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
inline constexpr const char* kSignUpCodeAlphabet = "ACDEFGHJKMNPQRTUVWXY34679";
inline constexpr int kSignUpCodeLength = 4;

// A random code from the alphabet above (not checked for uniqueness: the store does that).
std::string random_sign_up_code();

// Upper-cases and drops spaces, so "ac 3d" finds "AC3D".
std::string normalise_sign_up_code(const std::string& typed);

} // namespace bk
