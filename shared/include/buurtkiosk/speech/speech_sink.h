// Where the speech engine delivers audio and timing: the kiosk plays the PCM through SDL and
// highlights words; tests and the WAV command record it. Called on the engine's worker thread.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>

namespace bk {

using UtteranceId = std::uint64_t;

class SpeechSink {
public:
    virtual ~SpeechSink() = default;

    // The next stretch of PCM of one utterance: int16 mono at SpeechEngine::sample_rate().
    // first_sample is the index of pcm[0] counted from the utterance's first sample.
    virtual void on_audio(UtteranceId utterance, std::span<const std::int16_t> pcm,
                          std::uint64_t first_sample) = 0;
    // A word is spoken from sample_offset (counted like first_sample); [byte_begin, byte_end) is
    // that word in the DISPLAY text given to speak(). Sent before the audio that contains it.
    virtual void on_word(UtteranceId utterance, std::size_t byte_begin, std::size_t byte_end,
                         std::uint64_t sample_offset) = 0;
    // The end of a sentence or clause (a pause) at sample_offset.
    virtual void on_sentence_end(UtteranceId /*utterance*/, std::uint64_t /*sample_offset*/) {}
    // Exactly once per utterance: after its last audio, or when it was stopped or replaced
    // (cancelled == true; no audio of it follows).
    virtual void on_done(UtteranceId utterance, bool cancelled) = 0;
};

} // namespace bk
