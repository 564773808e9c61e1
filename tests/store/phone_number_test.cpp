// Dutch phone numbers: a table of what visitors type and what the kiosk makes of it.
#include "domain/phone_number.h"

#include <catch2/catch.hpp>

using namespace bk;

TEST_CASE("valid Dutch numbers are normalised to ten digits", "[domain][phone]") {
    struct Case {
        const char* typed;
        const char* number;
        bool mobile;
    };
    const Case cases[] = {
        {"0612345678", "0612345678", true},         {"06 12345678", "0612345678", true},
        {"06-1234 5678", "0612345678", true},       {"06.12.34.56.78", "0612345678", true},
        {"+31612345678", "0612345678", true},       {"+31 6 12345678", "0612345678", true},
        {"+31 (0)6 1234 5678", "0612345678", true}, {"0031 6 12345678", "0612345678", true},
        {"0031 (0)6-12345678", "0612345678", true}, {"020-1234567", "0201234567", false},
        {"(020) 123 45 67", "0201234567", false},   {"0592-123456", "0592123456", false},
        {"+31 592 123 456", "0592123456", false},   {" 0612345678 ", "0612345678", true},
    };
    for (const Case& c : cases) {
        INFO(c.typed);
        PhoneCheck check = check_phone_number(c.typed);
        REQUIRE(check.ok());
        CHECK(*check.number == c.number);
        CHECK(check.mobile == c.mobile);
        CHECK_FALSE(check.problem.has_value());
    }
}

TEST_CASE("bad numbers give a reason the UI can put into words", "[domain][phone]") {
    struct Case {
        const char* typed;
        const char* reason;
    };
    const Case cases[] = {
        {"", "empty"},
        {"   ", "empty"},
        {"06-abc45678", "contains_letters"},
        {"nul zes", "contains_letters"},
        {"06*12345678", "invalid_characters"},
        {"06/12345678", "invalid_characters"},
        {"061234567", "too_short"},
        {"0612", "too_short"},
        {"612345678", "too_short"},
        {"+31", "too_short"},
        {"+", "too_short"},
        {"06123456789", "too_long"},
        {"+3161234567890", "too_long"},
        {"+32 470 12 34 56", "not_dutch"},
        {"0049 30 1234567", "not_dutch"},
        {"0012345678", "not_dutch"},
        {"+316+12345678", "invalid_characters"},
    };
    for (const Case& c : cases) {
        INFO(c.typed);
        PhoneCheck check = check_phone_number(c.typed);
        REQUIRE_FALSE(check.ok());
        REQUIRE(check.problem.has_value());
        CHECK(std::string(phone_problem_id(*check.problem)) == c.reason);
    }
}
