// Which audio output is the visitor's headset: the installation names a part of it, and the
// kiosk must pick that output and no other, whatever the case, and none when nothing matches
// or nothing was named (then every word goes to the loudspeaker and the code is only read on
// request, after the warning).
#include "headset.h"

#include <catch2/catch.hpp>

using namespace bk;

TEST_CASE("the headset is the output whose name holds the configured part, in any case",
          "[headset]") {
    const std::vector<std::string> outputs{"Built-in Audio Analog Stereo",
                                           "Jabra EVOLVE 20 MS Analog Stereo",
                                           "HDMI / DisplayPort 2 Output"};
    CHECK(find_headset(outputs, "jabra") ==
          std::optional<std::string>("Jabra EVOLVE 20 MS Analog Stereo"));
    CHECK(find_headset(outputs, "EVOLVE 20") ==
          std::optional<std::string>("Jabra EVOLVE 20 MS Analog Stereo"));
    // Tried: a part no output has (the headset is not plugged in), and no part at all.
    CHECK_FALSE(find_headset(outputs, "USB Audio"));
    CHECK_FALSE(find_headset(outputs, ""));
    CHECK_FALSE(find_headset({}, "jabra"));
}
