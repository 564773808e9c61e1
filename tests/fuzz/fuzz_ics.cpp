// An iCalendar export as `buurtkiosk-hub import-ics` reads it: decoded, parsed by libical,
// expanded over 13 weeks and turned into activities.
#include "ics_import.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bk::hub::IcsCategories categories;
    const bk::Date first = *bk::parse_date("2026-11-30");
    bk::hub::convert_calendar(std::string(reinterpret_cast<const char*>(data), size), "fuzz",
                              categories, first, bk::add_days(first, 90));
    return 0;
}
