// A recording engine run to completion, then one WAV file.
#include "buurtkiosk/speech/speech_to_wav.h"

#include "buurtkiosk/speech/speech_recording.h"
#include "buurtkiosk/speech/wav_file.h"

#include <stdexcept>

namespace bk {

SpeechToWavResult speak_to_wav(const std::vector<Utterance>& utterances,
                               const std::filesystem::path& path, SpeechEngineOptions options,
                               std::chrono::milliseconds timeout) {
    SpeechRecording recording;
    SpeechEngine engine(recording, std::move(options));
    if (!engine.available()) throw std::runtime_error("speech: espeak-ng is not available");
    const auto ids = engine.speak(utterances);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (UtteranceId id : ids) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (!recording.wait_done(id, std::max(left, std::chrono::milliseconds(0)))) {
            throw std::runtime_error("speech: reading aloud did not finish in time");
        }
    }
    const auto audio = recording.audio();
    write_wav(path, audio, engine.sample_rate());
    return {audio.size(), engine.sample_rate(), recording.words().size()};
}

} // namespace bk
