// The one rule set for a visitor's first name and phone number (domain/person.h): what a form
// shows as a message is what the store refuses, for a sign-up (phone optional) and a callback
// request (phone required).
#include "buurtkiosk/domain/person.h"

#include <catch2/catch.hpp>

using namespace bk;

TEST_CASE("a first name is trimmed and must not be empty or over 100 bytes", "[domain][person]") {
    CHECK(check_person("  Anne-Marie \t", "", PhoneRule::Optional).first_name == "Anne-Marie");
    CHECK(check_person("Anne-Marie", "", PhoneRule::Optional).ok());
    // Tried: nothing, only spaces and a tab, and 101 letters.
    CHECK(check_person("", "", PhoneRule::Optional).name_problem ==
          std::optional<std::string>("first_name_empty"));
    CHECK(check_person(" \t ", "", PhoneRule::Optional).name_problem ==
          std::optional<std::string>("first_name_empty"));
    CHECK(check_person(std::string(101, 'a'), "", PhoneRule::Optional).name_problem ==
          std::optional<std::string>("first_name_too_long"));
    CHECK(check_person(std::string(100, 'a'), "", PhoneRule::Optional).ok());
}

TEST_CASE("the phone number may be left empty for a sign-up, not for a callback",
          "[domain][person]") {
    PersonCheck sign_up = check_person("Piet", "  ", PhoneRule::Optional);
    CHECK(sign_up.ok());
    CHECK_FALSE(sign_up.phone);
    PersonCheck callback = check_person("Piet", "  ", PhoneRule::Required);
    CHECK(callback.phone_problem == std::optional<std::string>("empty"));
}

TEST_CASE("a phone number is normalised, and a bad one says why, for both forms",
          "[domain][person]") {
    for (PhoneRule rule : {PhoneRule::Optional, PhoneRule::Required}) {
        CHECK(check_person("Piet", "06 1234 5678", rule).phone ==
              std::optional<std::string>("0612345678"));
        CHECK(check_person("Piet", "+48 601 234 567", rule).phone ==
              std::optional<std::string>("+48601234567"));
        // Tried: letters in the number, and both problems at once.
        CHECK(check_person("Piet", "06 12ab", rule).phone_problem ==
              std::optional<std::string>("contains_letters"));
        PersonCheck both = check_person("", "06 12ab", rule);
        CHECK(both.name_problem);
        CHECK(both.phone_problem);
        CHECK_FALSE(both.ok());
    }
}
