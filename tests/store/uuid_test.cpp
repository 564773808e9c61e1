// UUID v4: format, version and variant bits, no repeats.
#include "domain/uuid.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

TEST_CASE("uuids are version 4, RFC 4122 variant, lowercase and unique", "[domain][uuid]") {
    const std::regex shape("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        std::string id = bk::make_uuid_v4();
        REQUIRE(std::regex_match(id, shape));
        seen.insert(id);
    }
    CHECK(seen.size() == 1000);
}
