// The bodies a kiosk (or anyone holding a kiosk token) POSTs to the hub. What parses must
// serialise and parse again: the hub stores and answers with what it wrote.
#include "buurtkiosk/protocol/wire.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string body(reinterpret_cast<const char*>(data), size);
    std::string error;
    if (auto s = bk::wire::parse_submission(body, error)) {
        std::string again_error;
        if (!bk::wire::parse_submission(bk::wire::to_body(*s), again_error)) std::abort();
    }
    if (auto h = bk::wire::parse_heartbeat(body, error)) {
        std::string again_error;
        if (!bk::wire::parse_heartbeat(bk::wire::to_body(*h), again_error)) std::abort();
    }
    return 0;
}
