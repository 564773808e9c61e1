#include "buurtkiosk/i18n/catalogue.h"

namespace bk {

const std::vector<std::string>& kiosk_languages() {
    static const std::vector<std::string> languages{"nl", "en", "pl", "tr", "uk", "ar"};
    return languages;
}

std::vector<std::string> placeholders(std::string_view text) {
    std::vector<std::string> names;
    for (auto open = text.find('{'); open != std::string_view::npos;
         open = text.find('{', open + 1)) {
        auto close = text.find('}', open + 1);
        if (close == std::string_view::npos) break;
        names.emplace_back(text.substr(open + 1, close - open - 1));
    }
    return names;
}

} // namespace bk
