#include "icons.h"

#include <map>
#include <string_view>

namespace bk::icon {

bool points_along_line(const char* icon) {
    // By content: the same literal may have another address in another file.
    std::string_view i(icon ? icon : "");
    return i == Back || i == ChevronRight || i == Backspace;
}

const char* by_name(const std::string& name) {
    static const std::map<std::string, const char*> names{
        {"home", Home},
        {"groups", Groups},
        {"people", People},
        {"euro", Euro},
        {"privacy_tip", PrivacyTip},
        {"info", Info},
        {"phone", Phone},
        {"call", Call},
        {"support_agent", SupportAgent},
        {"restaurant", Restaurant},
        {"palette", Palette},
        {"directions_walk", Walk},
        {"child_care", ChildCare},
        {"event", Event},
        {"schedule", Schedule},
        {"place", Place},
        {"menu_book", Book},
        {"volunteer_activism", Heart},
        {"account_balance_wallet", Wallet},
        {"health_and_safety", Health},
        {"work", Work},
        {"family_restroom", Family},
        {"help", Help},
        {"chat", Chat},
        {"campaign", Campaign},
        {"local_cafe", Cafe},
    };
    auto it = names.find(name);
    return it != names.end() ? it->second : Info;
}

} // namespace bk::icon

namespace bk::icon {

const std::vector<const char*>& all() {
    static const std::vector<const char*> list{
        Home,       Back,    Speaker,    Stop,         Event,     Today,        Groups,
        Restaurant, Palette, Walk,       SupportAgent, ChildCare, Info,         Euro,
        PrivacyTip, Phone,   Call,       Schedule,     Place,     People,       Person,
        Backspace,  Shift,   Check,      Close,        Lock,      ChevronRight, Pause,
        Replay,     Play,    VolumeDown, Translate,    Book,      Heart,        Wallet,
        Health,     Work,    Family,     Help,         Chat,      Contrast,     TextSize,
        Campaign,   Add,     Remove,     Hourglass,    Sync,      Warning,      Cafe};
    return list;
}

} // namespace bk::icon
