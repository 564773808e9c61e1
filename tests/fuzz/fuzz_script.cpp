// The UI test script language (--script FILE).
#include "script/script.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    bk::parse_script(std::string(reinterpret_cast<const char*>(data), size));
    return 0;
}
