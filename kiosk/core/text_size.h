// The visitor's letter size. Largest: capitals of at least 6.3 mm, which is 0.7 degrees of
// visual angle at 50 cm (EN 301 549 5.1.4), on every screen (docs/accessibility.md).
#pragma once
#include <optional>
#include <string>

namespace bk {

enum class TextSize { Normal, Large, Largest };
inline constexpr TextSize kTextSizes[] = {TextSize::Normal, TextSize::Large, TextSize::Largest};

const char* text_size_id(TextSize size); // "normal", "large", "largest"
std::optional<TextSize> parse_text_size(const std::string& id);

} // namespace bk
