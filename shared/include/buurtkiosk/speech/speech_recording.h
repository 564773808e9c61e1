// A SpeechSink that keeps everything it is given: the PCM, word and done events. Tests, the
// benchmark and "read this screen into a WAV file" use it; the kiosk plays audio instead.
#pragma once
#include "buurtkiosk/speech/speech_sink.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <vector>

namespace bk {

struct RecordedWord {
    UtteranceId utterance = 0;
    std::size_t byte_begin = 0;
    std::size_t byte_end = 0;
    std::uint64_t sample_offset = 0;
};

class SpeechRecording final : public SpeechSink {
public:
    void on_audio(UtteranceId utterance, std::span<const std::int16_t> pcm,
                  std::uint64_t first_sample) override;
    void on_word(UtteranceId utterance, std::size_t byte_begin, std::size_t byte_end,
                 std::uint64_t sample_offset) override;
    void on_done(UtteranceId utterance, bool cancelled) override;

    // Waits until the utterance is done; returns false on timeout. `cancelled` is set when given.
    bool wait_done(UtteranceId utterance, std::chrono::milliseconds timeout,
                   bool* cancelled = nullptr);

    // Copies, safe while the engine runs.
    std::vector<std::int16_t> audio() const; // all utterances, in delivery order
    std::vector<std::int16_t> audio_of(UtteranceId utterance) const;
    std::vector<RecordedWord> words() const;
    std::size_t sample_count() const;

private:
    mutable std::mutex mutex_;
    std::condition_variable done_changed_;
    std::vector<std::int16_t> audio_;
    std::map<UtteranceId, std::vector<std::int16_t>> audio_by_utterance_;
    std::vector<RecordedWord> words_;
    std::map<UtteranceId, bool> done_; // -> cancelled
};

} // namespace bk
