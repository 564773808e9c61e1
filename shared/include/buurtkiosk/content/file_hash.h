// SHA-256 of bundle files, as lowercase hex (the form manifest.json uses).
#pragma once
#include <string>
#include <string_view>

namespace bk {

std::string sha256_hex(std::string_view bytes);

} // namespace bk
