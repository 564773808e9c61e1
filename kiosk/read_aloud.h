// Reads the screen aloud: turns a screen's speakables into utterances for the speech engine,
// plays the audio through SDL and follows playback to highlight the word being heard.
#pragma once
#include "audio_output.h"
#include "buurtkiosk/speech/speech_engine.h"
#include "screen_context.h"
#include "sentence_start.h"

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
    // `words_per_minute` 0: the engine's default rate. Not paused afterwards.
    void speak(const std::vector<Speakable>& screen, const std::string& id,
               const std::string& language, int words_per_minute = 0);
    void stop(); // also ends a pause
    bool speaking() const;
    // The word being heard now, if it lies in the speakable `id`.
    ByteRange word_in(const std::string& id) const;
    // Called once per frame: advances the highlight; true while something should redraw.
    bool tick();
    bool audio_started() const { return audio_->queued() > queued_at_speak_; } // for the bench

    // While paused the highlight stays on its word; the rest waits.
    void pause(bool paused) { audio_->pause(paused); }
    bool paused() const { return audio_->paused(); }
    // More than one sentence is being read: worth pausing or repeating. A form question is
    // one short sentence, over before a control could be used.
    bool several_sentences() const;
    // Reads again from the start of the sentence being heard (or the first one).
    void repeat_sentence();
    // 0..1. Speech is made far ahead of playback, so what is already queued would keep the old
    // volume for a long while: reading restarts at the word being heard, at the new volume.
    void set_volume(float volume);
    // Stops, and speaks through this output from now on (none: the system's default).
    void use_output(std::optional<std::string> name);

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
    // Where an utterance's text starts: speakable `part` of the reading, from byte `offset`.
    struct Start {
        std::size_t part = 0;
        std::size_t offset = 0;
    };

    void silence(); // engine and audio quiet, highlight gone; the reading is kept
    void read_from(std::size_t part, std::size_t offset);

    std::unique_ptr<AudioOutput> audio_;
    std::unique_ptr<SpeechEngine> engine_;

    // What is being read, so it can be read again from any word (UI thread only).
    std::vector<Speakable> reading_;
    std::string language_;
    int words_per_minute_ = 0;

    mutable std::mutex mutex_;
    std::map<UtteranceId, Start> start_of_;     // which text an utterance reads
    std::map<UtteranceId, std::uint64_t> base_; // where its audio starts in the output
    std::deque<Word> words_;                    // not yet reached by playback
    std::optional<std::size_t> current_part_;   // the speakable being heard
    ByteRange current_range_;                   // its word being heard
    int unfinished_ = 0;                        // utterances the engine has not finished
    std::uint64_t queued_at_speak_ = 0;
};

} // namespace bk
