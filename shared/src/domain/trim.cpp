#include "buurtkiosk/domain/trim.h"

namespace bk {

std::string trim(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n\v\f";
    auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return {};
    auto last = text.find_last_not_of(kSpace);
    return std::string(text.substr(first, last - first + 1));
}

} // namespace bk
