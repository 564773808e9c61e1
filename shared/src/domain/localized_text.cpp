#include "buurtkiosk/domain/localized_text.h"

namespace bk {

const std::string& LocalizedText::in(const std::string& language) const {
    static const std::string none;
    if (auto it = by_language.find(language); it != by_language.end()) return it->second;
    if (auto it = by_language.find("nl"); it != by_language.end()) return it->second;
    if (!by_language.empty()) return by_language.begin()->second;
    return none;
}

} // namespace bk
