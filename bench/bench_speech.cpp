// Speech benchmark: time from speak() to the first PCM sample at the sink (what the kiosk hands
// to SDL), and synthesis speed (seconds of audio per second of wall time), per buffer length.
// Prints figures; never passes or fails on time.
#include "buurtkiosk/speech/speech_engine.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// Notes, per utterance, when its first audio arrived, when it was done and how much audio it had.
class TimingSink final : public bk::SpeechSink {
public:
    struct Timing {
        std::optional<Clock::time_point> first_audio, done;
        std::size_t samples = 0;
    };

    void on_audio(bk::UtteranceId id, std::span<const std::int16_t> pcm, std::uint64_t) override {
        std::lock_guard lock(mutex_);
        Timing& t = timings_[id];
        if (!t.first_audio) t.first_audio = Clock::now();
        t.samples += pcm.size();
    }
    void on_word(bk::UtteranceId, std::size_t, std::size_t, std::uint64_t) override {}
    void on_done(bk::UtteranceId id, bool) override {
        std::lock_guard lock(mutex_);
        timings_[id].done = Clock::now();
        changed_.notify_all();
    }

    Timing wait(bk::UtteranceId id) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return timings_[id].done.has_value(); });
        return timings_[id];
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::map<bk::UtteranceId, Timing> timings_;
};

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(std::llround(p * double(v.size() - 1)));
    return v[std::min(i, v.size() - 1)];
}

std::string long_dutch_text() {
    std::string text;
    for (int i = 0; i < 12; ++i) {
        text += "Elke dinsdag van 10:00–11:30 drinken we koffie in de buurtkamer. Een kopje kost "
                "€ 0,50. Heeft u vragen over de Wmo of de AOW? Bel dan 06 12345678, of kom "
                "langs bij het sociaal team. Iedereen is welkom, ook als u weinig Nederlands "
                "spreekt. ";
    }
    return text;
}

struct Row {
    int buffer_ms = 0;
    double start_ms = 0;
    double median_ms = 0, p95_ms = 0, max_ms = 0;
    double audio_s = 0, wall_s = 0;
};

Row measure(int buffer_ms, int runs) {
    Row row;
    row.buffer_ms = buffer_ms;
    TimingSink sink;
    const auto started = Clock::now();
    bk::SpeechEngine engine(sink, {.buffer_ms = buffer_ms});
    row.start_ms = ms(Clock::now() - started);

    const std::string card = "Koffie-ochtend, maandag 10:00–11:30, in de Buurtkamer. Gratis.";
    std::vector<double> first_audio;
    for (int i = 0; i < runs + 1; ++i) {
        const auto tap = Clock::now();
        const auto timing = sink.wait(engine.speak({card}));
        if (i > 0) first_audio.push_back(ms(*timing.first_audio - tap)); // run 0 warms caches
    }
    row.median_ms = percentile(first_audio, 0.5);
    row.p95_ms = percentile(first_audio, 0.95);
    row.max_ms = percentile(first_audio, 1.0);

    const auto begin = Clock::now();
    const auto timing = sink.wait(engine.speak({long_dutch_text()}));
    row.audio_s = double(timing.samples) / engine.sample_rate();
    row.wall_s = std::chrono::duration<double>(*timing.done - begin).count();
    return row;
}

} // namespace

int main() {
    constexpr int runs = 20;
    std::printf("speech benchmark: espeak-ng, Dutch voice, %d runs per row after one warm-up\n",
                runs);
    std::printf("%-10s %-12s %-30s %-34s\n", "buffer", "engine start", "speak() -> first PCM (ms)",
                "synthesis speed (long Dutch text)");
    std::printf("%-10s %-12s %-30s %-34s\n", "", "", "median    p95     max", "");
    for (int buffer_ms : {50, 100}) {
        const Row r = measure(buffer_ms, runs);
        std::printf("%4d ms    %7.1f ms   %6.2f  %6.2f  %6.2f          %.1f s audio in %.2f s = "
                    "%.0fx real time\n",
                    r.buffer_ms, r.start_ms, r.median_ms, r.p95_ms, r.max_ms, r.audio_s, r.wall_s,
                    r.audio_s / r.wall_s);
        std::fflush(stdout);
    }
    std::printf("target: first PCM under 150 ms\n");
    return 0;
}
