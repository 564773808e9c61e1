// Reads the screen aloud: turns a screen's speakables into utterances for the speech engine,
// plays the audio through SDL and follows playback to highlight the word being heard.
#pragma once
#include "audio_output.h"
#include "screen_context.h"
#include "speech/speech_engine.h"

#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace bk {

// What `ReadAloud::speak(screen, id, ...)` reads: the speakable `id`, or for "" every speakable
// that is read with the screen, in order. Empty texts are left out.
std::vector<Speakable> to_read(const std::vector<Speakable>& screen, const std::string& id);

class ReadAloud final : public SpeechSink {
public:
    explicit ReadAloud(int words_per_minute);
    ~ReadAloud() override;

    // Reads `id` (a Speakable of the screen), or every speakable in order when `id` is "".
    // `words_per_minute` 0: the engine's default rate.
    void speak(const std::vector<Speakable>& screen, const std::string& id,
               const std::string& language, int words_per_minute = 0);
    void stop();
    bool speaking() const;
    // The word being heard now, if it lies in the speakable `id`.
    ByteRange word_in(const std::string& id) const;
    // Called once per frame: advances the highlight; true while something should redraw.
    bool tick();
    bool audio_started() const { return audio_->queued() > queued_at_speak_; } // for the bench
    void reset_volume() { audio_->set_volume(0.7f); } // a moderate level for the next visitor

    // SpeechSink, on the engine's worker thread.
    void on_audio(UtteranceId utterance, std::span<const std::int16_t> pcm,
                  std::uint64_t first_sample) override;
    void on_word(UtteranceId utterance, std::size_t byte_begin, std::size_t byte_end,
                 std::uint64_t sample_offset) override;
    void on_done(UtteranceId utterance, bool cancelled) override;

private:
    struct Word {
        UtteranceId utterance = 0;
        ByteRange range;
        std::uint64_t at = 0; // absolute sample position in the audio output
    };

    std::unique_ptr<AudioOutput> audio_;
    std::unique_ptr<SpeechEngine> engine_;

    mutable std::mutex mutex_;
    std::map<UtteranceId, std::string> speakable_of_; // which speakable an utterance reads
    std::map<UtteranceId, std::uint64_t> base_;       // where its audio starts in the output
    std::deque<Word> words_;                          // not yet reached by playback
    std::string current_speakable_;
    ByteRange current_range_;
    int unfinished_ = 0; // utterances the engine has not finished
    std::uint64_t queued_at_speak_ = 0;
};

} // namespace bk
