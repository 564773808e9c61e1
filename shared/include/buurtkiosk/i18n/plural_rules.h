// Which plural form a number takes in each of the kiosk's languages (CLDR's categories), so
// "8 plaatsen vrij" can be "8 wolnych miejsc" and "2 вільні місця".
#pragma once
#include <optional>
#include <span>
#include <string_view>

namespace bk {

enum class PluralCategory { Zero, One, Two, Few, Many, Other };

// CLDR's cardinal rule for whole numbers; Dutch's rule (one, other) for a language it does not
// know.
PluralCategory plural_category(std::string_view language, long long n);

// The categories whole numbers reach in `language`, "other" always among them: what a catalogue's
// plural entry must give.
std::span<const PluralCategory> plural_categories(std::string_view language);

// "zero", "one", "two", "few", "many", "other".
std::string_view plural_category_name(PluralCategory category);
std::optional<PluralCategory> parse_plural_category(std::string_view name);

} // namespace bk
