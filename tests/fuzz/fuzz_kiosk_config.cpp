// kiosk.json as a municipality's IT writes it.
#include "buurtkiosk/sync/kiosk_config.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    bk::parse_kiosk_config(std::string(reinterpret_cast<const char*>(data), size), "kiosk.json");
    return 0;
}
