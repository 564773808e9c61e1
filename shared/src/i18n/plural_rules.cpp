#include "buurtkiosk/i18n/plural_rules.h"

#include <array>

namespace bk {

namespace {
using enum PluralCategory;

constexpr std::array kOneOther{One, Other};
constexpr std::array kSlavic{One, Few, Many, Other};
constexpr std::array kArabic{Zero, One, Two, Few, Many, Other};

constexpr std::array<std::string_view, 6> kNames{"zero", "one", "two", "few", "many", "other"};

// Polish and Ukrainian: 2-4, 22-24 ... take "few", 12-14 do not.
bool slavic_few(long long n) {
    return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14);
}
} // namespace

PluralCategory plural_category(std::string_view language, long long n) {
    if (n < 0) n = -n;
    if (language == "pl") {
        if (n == 1) return One;
        return slavic_few(n) ? Few : Many;
    }
    if (language == "uk") {
        if (n % 10 == 1 && n % 100 != 11) return One;
        return slavic_few(n) ? Few : Many;
    }
    if (language == "ar") {
        if (n == 0) return Zero;
        if (n == 1) return One;
        if (n == 2) return Two;
        if (n % 100 >= 3 && n % 100 <= 10) return Few;
        if (n % 100 >= 11) return Many;
        return Other;
    }
    // nl, en, tr
    return n == 1 ? One : Other;
}

std::span<const PluralCategory> plural_categories(std::string_view language) {
    if (language == "pl" || language == "uk") return kSlavic;
    if (language == "ar") return kArabic;
    return kOneOther;
}

std::string_view plural_category_name(PluralCategory category) {
    return kNames[static_cast<std::size_t>(category)];
}

std::optional<PluralCategory> parse_plural_category(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) return static_cast<PluralCategory>(i);
    return std::nullopt;
}

} // namespace bk
