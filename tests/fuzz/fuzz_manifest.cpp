// The signed manifest as it arrives from a hub: parse, and what parses must write back and parse
// again to the same files.
#include "buurtkiosk/protocol/manifest.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto parsed = bk::wire::parse_manifest(bytes);
    if (!parsed.manifest) return 0;
    auto again = bk::wire::parse_manifest(bk::wire::serialize_manifest(*parsed.manifest));
    if (!again.manifest || again.manifest->files.size() != parsed.manifest->files.size())
        std::abort();
    return 0;
}
