#include "headset.h"

#include <SDL.h>

#include <algorithm>
#include <cctype>

namespace bk {

namespace {
std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}
} // namespace

std::optional<std::string> find_headset(const std::vector<std::string>& outputs,
                                        const std::string& name_part) {
    if (name_part.empty()) return std::nullopt;
    std::string part = lower(name_part);
    for (const std::string& name : outputs)
        if (lower(name).find(part) != std::string::npos) return name;
    return std::nullopt;
}

std::vector<std::string> audio_outputs() {
    std::vector<std::string> names;
    if (!SDL_WasInit(SDL_INIT_AUDIO) && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) return names;
    int count = SDL_GetNumAudioDevices(0);
    for (int i = 0; i < count; ++i)
        if (const char* name = SDL_GetAudioDeviceName(i, 0)) names.emplace_back(name);
    return names;
}

} // namespace bk
