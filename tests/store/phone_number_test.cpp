// Phone numbers: a table of what visitors type and what the kiosk makes of it.
#include "buurtkiosk/domain/phone_number.h"

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

TEST_CASE("numbers from abroad are accepted in international form", "[domain][phone]") {
    // Tried: "+48 601 234 567" (a Polish mobile) and "0049 30 1234567" (Berlin) were refused as
    // "not Dutch", so visitors from abroad could neither sign up with a number nor be called.
    struct Case {
        const char* typed;
        const char* number;
    };
    const Case cases[] = {
        {"+48 601 234 567", "+48601234567"},
        {"+48-601-234-567", "+48601234567"},
        {"0048 601 234 567", "+48601234567"},
        {"0049 30 1234567", "+49301234567"},
        {"+32 470 12 34 56", "+32470123456"},
        {"+90 532 123 45 67", "+905321234567"},
        {"+380 44 123 4567", "+380441234567"},
        {"+1 (212) 555-0123", "+12125550123"},
        {"+500 12345", "+50012345"}, // 8 digits in all: the shortest E.164 allows
        {"+49 1512 3456 7890", "+49151234567890"},
        {"+86 138 0013 8000 12", "+861380013800012"},
    };
    for (const Case& c : cases) {
        INFO(c.typed);
        PhoneCheck check = check_phone_number(c.typed);
        REQUIRE(check.ok());
        CHECK(*check.number == c.number);
        CHECK_FALSE(check.mobile);
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
        {"+316+12345678", "invalid_characters"},
        // Abroad: still letters, a + in the middle, too few or too many digits in all.
        {"+48 601 ABC 567", "contains_letters"},
        {"+48 601+234 567", "invalid_characters"},
        {"48 601 234 567", "too_long"}, // no + or 00: a Dutch number without its 0
        {"+48 601", "too_short"},
        {"+49 30 1", "too_short"},
        {"+48 601 234 567 890 12", "too_long"},
        {"0049 30 1234 5678 9012", "too_long"},
        {"+0 601 234 567", "bad_country_code"},
        {"000 601 234 567", "bad_country_code"},
    };
    for (const Case& c : cases) {
        INFO(c.typed);
        PhoneCheck check = check_phone_number(c.typed);
        REQUIRE_FALSE(check.ok());
        REQUIRE(check.problem.has_value());
        CHECK(std::string(phone_problem_id(*check.problem)) == c.reason);
    }
}
