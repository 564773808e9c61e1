// Random identifiers for submissions and forms: UUID version 4 from libsodium's CSPRNG.
#pragma once
#include <string>

namespace bk {

// "3f2b8c1e-5d4a-4f6b-9a7c-0e1d2c3b4a59": lowercase, 36 characters, version 4, RFC 4122 variant.
std::string make_uuid_v4();

} // namespace bk
