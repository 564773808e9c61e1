// Text in several languages; Dutch ("nl") is the reference and the fallback.
#pragma once
#include <map>
#include <string>

namespace bk {

struct LocalizedText {
    std::map<std::string, std::string> by_language;

    // The text in `language`, else Dutch, else any language present, else "".
    const std::string& in(const std::string& language) const;
    bool empty() const { return by_language.empty(); }
};

} // namespace bk
