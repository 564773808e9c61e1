// The espeak-ng worker: synchronous synthesis, callback to the sink, cancel by returning 1.
#include "buurtkiosk/speech/speech_engine.h"

#include "buurtkiosk/domain/clock.h"
#include "buurtkiosk/speech/speech_rules.h"
#include "buurtkiosk/speech/utf8.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <future>
#include <iostream>
#include <stdexcept>

namespace bk {
// espeak-ng's synth callback, with its exact signature.
struct SpeechCallback {
    static int call(short* wav, int count, espeak_EVENT* events);
};

namespace {

// espeak-ng's callback has no context pointer we can trust in every event list, and espeak-ng is
// a process-wide singleton anyway: the one live engine is found here.
std::atomic<SpeechEngine*> g_engine{nullptr};

} // namespace

int SpeechCallback::call(short* wav, int count, espeak_EVENT* events) {
    SpeechEngine* engine = g_engine.load();
    return engine == nullptr ? 1 : engine->deliver(wav, count, events);
}

namespace {

// espeak-ng 1.51 hangs in espeak_Terminate() once it has been initialized a second time, so it
// is started once per process (again only when the data path or buffer changes) and never
// terminated. Touched only by the worker of the one live engine.
struct EspeakSession {
    bool started = false;
    std::string data_path;
    int buffer_ms = 0;
    int sample_rate = 0;
};
EspeakSession g_session;

int start_espeak(const SpeechEngineOptions& options) {
    if (!g_session.started || g_session.data_path != options.data_path ||
        g_session.buffer_ms != options.buffer_ms) {
        const char* path = options.data_path.empty() ? nullptr : options.data_path.c_str();
        // DONT_EXIT: without it espeak-ng calls exit() when its data is missing.
        const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, options.buffer_ms, path,
                                           espeakINITIALIZE_DONT_EXIT);
        g_session = {true, options.data_path, options.buffer_ms, rate};
        const char* data = nullptr;
        const char* version = espeak_Info(&data);
        std::clog << "speech: espeak-ng " << (version ? version : "?") << ", data in "
                  << (data ? data : "?") << ", " << rate << " Hz\n";
    }
    espeak_SetSynthCallback(&SpeechCallback::call);
    // A missing or broken espeak-ng-data shows as no Dutch voice.
    if (g_session.sample_rate <= 0 || espeak_SetVoiceByName("nl") != EE_OK) {
        std::clog << "speech: espeak-ng cannot speak (no data or no Dutch voice); the kiosk "
                     "stays silent\n";
        return 0;
    }
    return g_session.sample_rate;
}

int clamp_rate(int wpm) {
    return std::clamp(wpm, SpeechEngine::kMinRate, SpeechEngine::kMaxRate);
}

} // namespace

std::string_view SpeechEngine::voice_name(std::string_view language) {
    const std::string_view base = language.substr(0, language.find('-'));
    if (language == "en-us") return "en-us";
    if (base == "nl") return "nl";
    if (base == "en") return "en"; // espeak-ng 1.51 names its en-gb voice "en"
    if (base == "pl") return "pl";
    if (base == "tr") return "tr";
    if (base == "uk") return "uk";
    if (base == "ar") return "ar";
    return "";
}

SpeechEngine::SpeechEngine(SpeechSink& sink, SpeechEngineOptions options)
    : sink_(sink), options_(std::move(options)),
      default_rate_(clamp_rate(options_.words_per_minute)) {
    SpeechEngine* none = nullptr;
    if (!g_engine.compare_exchange_strong(none, this)) {
        throw std::logic_error("only one SpeechEngine may exist at a time (espeak-ng is global)");
    }
    std::promise<void> started;
    std::future<void> ready = started.get_future();
    worker_ = std::thread([this, started = std::move(started)]() mutable {
        sample_rate_ = start_espeak(options_);
        started.set_value();
        run();
    });
    ready.wait();
}

SpeechEngine::~SpeechEngine() {
    {
        std::lock_guard lock(queue_mutex_);
        shutting_down_ = true;
        cancel_before_.store(next_id_);
    }
    queue_changed_.notify_all();
    worker_.join();
    g_engine.store(nullptr);
}

void SpeechEngine::cancel_up_to(UtteranceId next) {
    // On the worker (a sink reacting to speech) the delivery lock is already held.
    if (std::this_thread::get_id() == worker_.get_id()) {
        cancel_before_.store(next);
        return;
    }
    std::lock_guard delivery(delivery_mutex_);
    cancel_before_.store(next);
}

UtteranceId SpeechEngine::speak(Utterance utterance) {
    std::vector<Utterance> one;
    one.push_back(std::move(utterance));
    return speak(std::move(one)).front();
}

std::vector<UtteranceId> SpeechEngine::speak(std::vector<Utterance> utterances) {
    std::vector<UtteranceId> ids;
    {
        std::lock_guard lock(queue_mutex_);
        cancel_up_to(next_id_);
        for (Utterance& u : utterances) {
            ids.push_back(next_id_);
            queue_.push_back({next_id_++, std::move(u)});
        }
    }
    queue_changed_.notify_all();
    return ids;
}

UtteranceId SpeechEngine::enqueue(Utterance utterance) {
    UtteranceId id = 0;
    {
        std::lock_guard lock(queue_mutex_);
        id = next_id_++;
        queue_.push_back({id, std::move(utterance)});
    }
    queue_changed_.notify_all();
    return id;
}

void SpeechEngine::stop() {
    std::lock_guard lock(queue_mutex_);
    cancel_up_to(next_id_);
}

void SpeechEngine::set_default_rate(int words_per_minute) {
    default_rate_.store(clamp_rate(words_per_minute));
}

void SpeechEngine::run() {
    for (;;) {
        Job job;
        {
            std::unique_lock lock(queue_mutex_);
            queue_changed_.wait(lock, [&] { return shutting_down_ || !queue_.empty(); });
            if (queue_.empty()) return; // shutting down with nothing left to report
            job = std::move(queue_.front());
            queue_.pop_front();
        }
        if (!available() || cancelled(job.id)) {
            sink_.on_done(job.id, true);
            continue;
        }
        synthesize(job);
        sink_.on_done(job.id, cancelled(job.id));
    }
}

void SpeechEngine::select_voice(const std::string& language) {
    std::string_view voice = voice_name(language);
    if (!voice.empty() && espeak_SetVoiceByName(std::string(voice).c_str()) == EE_OK) return;
    if (warned_about_.insert(language).second) {
        std::clog << "speech: no espeak-ng voice for language '" << language
                  << "', speaking Dutch (nl) instead\n";
    }
    espeak_SetVoiceByName("nl");
}

void SpeechEngine::synthesize(const Job& job) {
    const Utterance& u = job.utterance;
    SpeechTextOptions text_options;
    text_options.reference_year = options_.reference_year;
    if (text_options.reference_year == 0) {
        text_options.reference_year = static_cast<int>(to_local(SystemClock{}.now()).date.year());
    }
    current_.id = job.id;
    current_.spoken = prepare_speech_text(u.text, u.language, text_options);
    current_.char_offsets = utf8_char_offsets(current_.spoken.text);
    current_.samples = 0;

    // The voice resets rate and other parameters, so both are set again for every utterance.
    select_voice(u.language);
    espeak_SetParameter(
        espeakRATE, u.words_per_minute > 0 ? clamp_rate(u.words_per_minute) : default_rate_.load(),
        0);
    const std::string& text = current_.spoken.text;
    espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr,
                 nullptr);
}

int SpeechEngine::deliver(const short* wav, int count, const void* raw_events) {
    const UtteranceId id = current_.id;
    std::lock_guard delivery(delivery_mutex_);
    if (cancelled(id)) return 1; // aborts espeak_Synth within this buffer

    const auto& offsets = current_.char_offsets;
    const auto byte_of = [&](int char_index) {
        return offsets[std::clamp<std::size_t>(static_cast<std::size_t>(std::max(char_index, 0)), 0,
                                               offsets.size() - 1)];
    };
    for (auto* e = static_cast<const espeak_EVENT*>(raw_events);
         e != nullptr && e->type != espeakEVENT_LIST_TERMINATED; ++e) {
        // `sample` counts from the start of this espeak_Synth call, i.e. of the utterance.
        const auto at = static_cast<std::uint64_t>(std::max(e->sample, 0));
        if (e->type == espeakEVENT_WORD) {
            // text_position is a 1-based character position in the spoken text.
            const ByteRange spoken{byte_of(e->text_position - 1),
                                   byte_of(e->text_position - 1 + e->length)};
            const ByteRange shown = current_.spoken.display_range(spoken);
            if (!shown.empty()) sink_.on_word(id, shown.begin, shown.end, at);
        } else if (e->type == espeakEVENT_END) {
            sink_.on_sentence_end(id, at);
        }
    }
    if (wav != nullptr && count > 0) {
        sink_.on_audio(id, std::span<const std::int16_t>(wav, static_cast<std::size_t>(count)),
                       current_.samples);
        current_.samples += static_cast<std::uint64_t>(count);
    }
    return 0;
}

} // namespace bk
