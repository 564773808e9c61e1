// CLDR's cardinal plural rules for the kiosk's languages, on the numbers where they differ.
#include "buurtkiosk/i18n/plural_rules.h"

#include <catch2/catch.hpp>

using namespace bk;
using enum PluralCategory;

namespace {
struct Row {
    long long n;
    PluralCategory expected;
};

void check(const char* language, std::initializer_list<Row> rows) {
    for (const Row& row : rows) {
        INFO(language << " " << row.n);
        CHECK(plural_category_name(plural_category(language, row.n)) ==
              plural_category_name(row.expected));
    }
}
} // namespace

TEST_CASE("Dutch, English and Turkish: one for 1, other for the rest") {
    for (const char* language : {"nl", "en", "tr"})
        check(language, {{0, Other}, {1, One}, {2, Other}, {11, Other}, {21, Other}, {101, Other}});
}

TEST_CASE("Polish: one only for 1, few for 2-4 and 22-24 but not 12-14, many for the rest") {
    check("pl", {{0, Many},
                 {1, One},
                 {2, Few},
                 {4, Few},
                 {5, Many},
                 {11, Many},
                 {12, Many},
                 {14, Many},
                 {21, Many},
                 {22, Few},
                 {24, Few},
                 {25, Many},
                 {101, Many},
                 {102, Few},
                 {112, Many}});
}

TEST_CASE("Ukrainian: one also for 21 and 31 but not 11, few for 2-4 and 22-24, many else") {
    check("uk", {{0, Many},
                 {1, One},
                 {2, Few},
                 {5, Many},
                 {11, Many},
                 {12, Many},
                 {21, One},
                 {22, Few},
                 {25, Many},
                 {31, One},
                 {111, Many},
                 {121, One}});
}

TEST_CASE("Arabic: zero, one, two, few for 3-10, many for 11-99, other for 100-102") {
    check("ar", {{0, Zero},
                 {1, One},
                 {2, Two},
                 {3, Few},
                 {10, Few},
                 {11, Many},
                 {99, Many},
                 {100, Other},
                 {101, Other},
                 {102, Other},
                 {103, Few},
                 {111, Many}});
}

TEST_CASE("every category a language's rule gives is among the forms a catalogue must have") {
    for (const char* language : {"nl", "en", "pl", "tr", "uk", "ar", "xx"}) {
        auto needed = plural_categories(language);
        for (long long n = 0; n < 1000; ++n) {
            INFO(language << " " << n);
            CHECK(std::find(needed.begin(), needed.end(), plural_category(language, n)) !=
                  needed.end());
        }
        CHECK(std::find(needed.begin(), needed.end(), Other) != needed.end());
    }
}

TEST_CASE("plural category names read back") {
    for (auto category : {Zero, One, Two, Few, Many, Other})
        CHECK(parse_plural_category(plural_category_name(category)) == category);
    CHECK_FALSE(parse_plural_category("several"));
}
