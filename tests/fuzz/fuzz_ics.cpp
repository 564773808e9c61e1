// An iCalendar export as `buurtkiosk-hub import-ics` reads it.
#include "ics_import.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    bk::hub::parse_ics(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
