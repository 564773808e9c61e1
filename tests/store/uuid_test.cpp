// UUID v4: format, version and variant bits, no repeats.
#include "buurtkiosk/domain/uuid.h"

#include <catch2/catch.hpp>

#include <set>

TEST_CASE("uuids are version 4, RFC 4122 variant, lowercase and unique", "[domain][uuid]") {
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        std::string id = bk::make_uuid_v4();
        REQUIRE(id.size() == 36);
        for (std::size_t i = 0; i < id.size(); ++i) {
            if (i == 8 || i == 13 || i == 18 || i == 23)
                REQUIRE(id[i] == '-');
            else
                REQUIRE(std::string("0123456789abcdef").find(id[i]) != std::string::npos);
        }
        REQUIRE(id[14] == '4');                                         // version 4
        REQUIRE(std::string("89ab").find(id[19]) != std::string::npos); // RFC 4122 variant
        seen.insert(id);
    }
    CHECK(seen.size() == 1000);
}
