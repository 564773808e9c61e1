// What the kiosk reads from whatever answers at the hub's address: error bodies, and any JSON
// answer through the size and depth check.
#include "buurtkiosk/protocol/bounded_json.h"
#include "buurtkiosk/protocol/wire.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string body(reinterpret_cast<const char*>(data), size);
    bk::wire::error_message(body);
    std::string error;
    if (auto j = bk::parse_bounded_json(body, bk::kProtocolJson, error)) (void)j->dump();
    return 0;
}
