#include "kiosk_layout.h"

#include <cstdlib>

namespace bk {

KioskLayout KioskLayout::from_option(const std::string& configured) {
    if (!configured.empty()) return {configured};
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return {std::filesystem::path(xdg) / "buurtkiosk"};
    if (const char* home = std::getenv("HOME"); home && *home)
        return {std::filesystem::path(home) / ".local/share/buurtkiosk"};
    return {"buurtkiosk-data"};
}

} // namespace bk
