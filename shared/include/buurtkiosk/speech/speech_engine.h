// Text-to-speech on espeak-ng, on its own worker thread: a queue of utterances, instant stop,
// word events mapped to the display text. espeak-ng is not thread-safe: only the worker calls it.
#pragma once
#include "buurtkiosk/speech/speech_sink.h"
#include "buurtkiosk/speech/spoken_text.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace bk {

struct Utterance {
    std::string text;            // display text; word events point into it
    std::string language = "nl"; // nl, en, pl, tr, uk, ar; anything else falls back to nl
    int words_per_minute = 0;    // 0: the engine's default rate
};

struct SpeechEngineOptions {
    std::string data_path;      // espeak-ng-data's parent folder; "" = the system default
    int buffer_ms = 50;         // audio per callback: bounds the time stop() waits
    int words_per_minute = 150; // espeak-ng's 175 is fast for this audience; 0.85 x 175
    int reference_year = 0;     // dates in this year are said without it; 0 = this year
};

class SpeechEngine {
    friend struct SpeechCallback; // espeak-ng's C callback, in the .cpp
public:
    static constexpr int kMinRate = 80;
    static constexpr int kMaxRate = 450;

    // Starts the worker and initializes espeak-ng on it. Only one engine may exist at a time
    // (espeak-ng has global state); a second one throws std::logic_error.
    explicit SpeechEngine(SpeechSink& sink, SpeechEngineOptions options = {});
    ~SpeechEngine(); // stops speech, reports queued utterances as cancelled, joins the worker
    SpeechEngine(const SpeechEngine&) = delete;
    SpeechEngine& operator=(const SpeechEngine&) = delete;

    // False when espeak-ng could not start; every utterance then ends at once as cancelled.
    bool available() const { return sample_rate_ > 0; }
    int sample_rate() const { return sample_rate_; }

    // Replaces whatever is playing or queued with this utterance (new speech stops old speech).
    UtteranceId speak(Utterance utterance);
    // Replaces everything with these utterances, spoken in order (a screen read top to bottom).
    std::vector<UtteranceId> speak(std::vector<Utterance> utterances);
    // Appends after what is queued.
    UtteranceId enqueue(Utterance utterance);
    // Cancels everything. When it returns, no more audio of earlier utterances reaches the sink.
    void stop();

    void set_default_rate(int words_per_minute);
    int default_rate() const { return default_rate_; }

    // The espeak-ng voice used for a language code, "" when there is none (nl is used then).
    static std::string_view voice_name(std::string_view language);

private:
    struct Job {
        UtteranceId id = 0;
        Utterance utterance;
    };
    struct Current {
        UtteranceId id = 0;
        SpokenText spoken;
        std::vector<std::size_t> char_offsets; // character index -> byte in spoken.text
        std::uint64_t samples = 0;
    };

    void run();
    void synthesize(const Job& job);
    void select_voice(const std::string& language);
    void cancel_up_to(UtteranceId next); // cancels ids below `next`
    bool cancelled(UtteranceId id) const { return id < cancel_before_.load(); }
    int deliver(const short* wav, int count, const void* events);

    SpeechSink& sink_;
    SpeechEngineOptions options_;
    std::atomic<int> default_rate_;
    int sample_rate_ = 0;

    std::mutex queue_mutex_;
    std::condition_variable queue_changed_;
    std::deque<Job> queue_;
    UtteranceId next_id_ = 1;
    bool shutting_down_ = false;

    // Held while the sink is called, so stop() can promise that no cancelled audio follows.
    std::mutex delivery_mutex_;
    std::atomic<UtteranceId> cancel_before_{0};

    Current current_;                    // worker thread only
    std::set<std::string> warned_about_; // worker thread only: languages already logged
    std::thread worker_;
};

} // namespace bk
