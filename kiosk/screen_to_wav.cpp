#include "screen_to_wav.h"

#include "buurtkiosk/speech/speech_to_wav.h"

#include <cstdio>

namespace bk {

int speak_screen_to_wav(const std::vector<Speakable>& screen, const std::string& language,
                        int words_per_minute, const std::string& path) {
    std::vector<Utterance> utterances;
    for (const Speakable& s : screen)
        if (!s.text.empty()) utterances.push_back({s.text, language, 0});
    SpeechEngineOptions options;
    options.words_per_minute = words_per_minute;
    try {
        SpeechToWavResult result = speak_to_wav(utterances, path, options);
        std::printf("wav: %s (%.1f s, %zu words)\n", path.c_str(),
                    double(result.samples) / result.sample_rate, result.words);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "buurtkiosk: %s\n", e.what());
        return 1;
    }
}

} // namespace bk
