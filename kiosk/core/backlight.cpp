// bl_power takes the framebuffer blanking levels: 0 is on, 4 is powered down.
#include "backlight.h"

#include <fstream>

namespace bk {

int switch_backlight(bool on, const std::filesystem::path& root) {
    int switched = 0;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(root, error)) {
        std::ofstream power(entry.path() / "bl_power");
        if (!power) continue;
        power << (on ? "0" : "4") << "\n";
        if (power.flush()) ++switched;
    }
    return switched;
}

} // namespace bk
