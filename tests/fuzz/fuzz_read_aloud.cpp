// Any text the kiosk reads aloud: content from the hub, and what a visitor types (a name of 20
// digits included).
#include "buurtkiosk/speech/dutch_speech_rules.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    bk::prepare_dutch_speech(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
