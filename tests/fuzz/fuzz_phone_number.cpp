// A phone number as a visitor types it on the callback form.
#include "buurtkiosk/domain/phone_number.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    bk::check_phone_number(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
