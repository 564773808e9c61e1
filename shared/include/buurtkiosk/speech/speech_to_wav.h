// Speaks utterances straight into a WAV file, for machines without a sound card and for the
// reproducible "home screen read aloud" recording.
#pragma once
#include "buurtkiosk/speech/speech_engine.h"

#include <chrono>
#include <filesystem>
#include <vector>

namespace bk {

struct SpeechToWavResult {
    std::size_t samples = 0;
    int sample_rate = 0;
    std::size_t words = 0; // word events seen: a quick check that highlighting would have worked
};

// Creates its own engine (so none may exist at the time), speaks `utterances` in order and writes
// the audio. Throws std::runtime_error when espeak-ng is unavailable, the speech does not finish
// within `timeout`, or the file cannot be written.
SpeechToWavResult speak_to_wav(const std::vector<Utterance>& utterances,
                               const std::filesystem::path& path, SpeechEngineOptions options = {},
                               std::chrono::milliseconds timeout = std::chrono::seconds(60));

} // namespace bk
