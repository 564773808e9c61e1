// The house rule that screens and widgets reach the store and sync only through the interfaces
// main.cpp wires (kiosk/core/visitor_requests.h, kiosk/core/volunteer_session.h): no file under
// kiosk/screens or kiosk/widgets includes the store, sync, the wire protocol, files, SQLite or
// curl itself.
#include "include_scan.h"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using namespace bk::test;

namespace {

bool reaches_past_the_interfaces(const std::string& header) {
    for (const char* part : {"store/", "sync/", "protocol/", "files/"})
        if (header.starts_with(part)) return true;
    const std::string name = lower(header);
    return name.find("sqlite") != std::string::npos || name.find("curl") != std::string::npos;
}

} // namespace

TEST_CASE("the scanner tells the store and sync from the interfaces", "[architecture]") {
    CHECK(includes_where("#include \"store/sign_ups.h\"\n", reaches_past_the_interfaces).size() ==
          1);
    CHECK(includes_where("#include <sqlite3.h>\n", reaches_past_the_interfaces).size() == 1);
    CHECK(includes_where("#include <curl/curl.h>\n", reaches_past_the_interfaces).size() == 1);
    CHECK(includes_where("#include \"visitor_requests.h\"\n#include \"domain/sign_up_code.h\"\n",
                         reaches_past_the_interfaces)
              .empty());
}

TEST_CASE("screens and widgets include nothing from the store or sync", "[architecture]") {
    const fs::path kiosk = fs::path(BUURTKIOSK_SOURCE_DIR) / "kiosk";
    int scanned = 0;
    for (const char* part : {"screens", "widgets"}) {
        for (const fs::path& file : sources_under(kiosk / part)) {
            ++scanned;
            for (const std::string& line :
                 includes_where(read_source(file), reaches_past_the_interfaces))
                FAIL_CHECK("kiosk/" << fs::relative(file, kiosk).string() << ":" << line);
        }
    }
    CHECK(scanned >= 30); // the walk really looked at the screens and widgets
}
