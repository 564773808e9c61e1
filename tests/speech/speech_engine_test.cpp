// The speech engine on real espeak-ng: audio, word events, stop, replace, voices, rate.
#include "buurtkiosk/speech/speech_engine.h"
#include "buurtkiosk/speech/speech_recording.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cmath>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

using namespace std::chrono_literals;

namespace {

constexpr auto kTimeout = 10s; // synthesis is ~100x real time; this only guards against hangs

double rms(const std::vector<std::int16_t>& pcm) {
    if (pcm.empty()) return 0;
    double sum = 0;
    for (std::int16_t s : pcm)
        sum += double(s) * s;
    return std::sqrt(sum / double(pcm.size()));
}

double seconds(const std::vector<std::int16_t>& pcm, int rate) {
    return double(pcm.size()) / rate;
}

std::string long_dutch_text() {
    std::string text;
    for (int i = 0; i < 40; ++i) {
        text += "Elke maandag drinken we samen koffie in de buurtkamer, en iedereen is welkom. ";
    }
    return text;
}

// Records which utterance each audio chunk belonged to, and what arrived after stop() returned.
class OrderSink final : public bk::SpeechSink {
public:
    void on_audio(bk::UtteranceId id, std::span<const std::int16_t> pcm, std::uint64_t) override {
        if (stop_returned.load()) samples_after_stop += pcm.size();
        samples += pcm.size();
        std::lock_guard lock(mutex);
        chunks.push_back(id);
        samples_of[id] += pcm.size();
    }
    void on_word(bk::UtteranceId, std::size_t, std::size_t, std::uint64_t) override {}
    void on_done(bk::UtteranceId id, bool cancelled) override { recording.on_done(id, cancelled); }

    std::atomic<bool> stop_returned{false};
    std::atomic<std::size_t> samples_after_stop{0};
    std::atomic<std::size_t> samples{0};
    std::mutex mutex;
    std::vector<bk::UtteranceId> chunks;
    std::map<bk::UtteranceId, std::size_t> samples_of;
    bk::SpeechRecording recording; // only for its done bookkeeping
};

void wait_for_samples(const std::atomic<std::size_t>& samples, std::size_t at_least) {
    const auto deadline = std::chrono::steady_clock::now() + kTimeout;
    while (samples.load() < at_least && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(1ms);
    }
    REQUIRE(samples.load() >= at_least);
}

} // namespace

TEST_CASE("Dutch synthesis gives audible speech of plausible length") {
    bk::SpeechRecording rec;
    bk::SpeechEngine engine(rec);
    REQUIRE(engine.available());
    CHECK(engine.sample_rate() == 22050);
    // Ten words.
    const auto id = engine.speak({"Vandaag is er koffie in de buurtkamer voor alle buren."});
    bool cancelled = true;
    REQUIRE(rec.wait_done(id, kTimeout, &cancelled));
    CHECK_FALSE(cancelled);
    const auto audio = rec.audio_of(id);
    INFO("seconds: " << seconds(audio, engine.sample_rate()) << ", rms: " << rms(audio));
    CHECK(seconds(audio, engine.sample_rate()) > 2.0);
    CHECK(seconds(audio, engine.sample_rate()) < 10.0);
    CHECK(rms(audio) > 500);
}

TEST_CASE("Word events come in order and point at the display words") {
    bk::SpeechRecording rec;
    bk::SpeechEngine engine(rec);
    const std::string display = "\uE001 Om 10:30 drinken wij koffie in het café, voor € 1,50.";
    const auto id = engine.speak({display});
    REQUIRE(rec.wait_done(id, kTimeout));

    std::vector<std::string> shown;
    std::uint64_t last_sample = 0;
    std::size_t last_byte = 0;
    for (const auto& w : rec.words()) {
        REQUIRE(w.utterance == id);
        REQUIRE(w.byte_end <= display.size());
        CHECK(w.sample_offset >= last_sample);
        CHECK(w.byte_begin >= last_byte);
        last_sample = w.sample_offset;
        last_byte = w.byte_begin;
        const std::string word = display.substr(w.byte_begin, w.byte_end - w.byte_begin);
        if (shown.empty() || shown.back() != word)
            shown.push_back(word); // "half elf" -> 10:30 once
    }
    const std::vector<std::string> expected = {"Om", "10:30", "drinken", "wij",  "koffie",
                                               "in", "het",   "café",    "voor", "€ 1,50"};
    CHECK(shown == expected);
    CHECK(last_sample < rec.audio_of(id).size());
}

TEST_CASE("stop() ends the audio within one buffer") {
    OrderSink sink;
    bk::SpeechEngine engine(sink, {.buffer_ms = 50});
    const auto id = engine.speak({long_dutch_text()});
    wait_for_samples(sink.samples, std::size_t(engine.sample_rate())); // one second in

    const auto stop_called = std::chrono::steady_clock::now();
    engine.stop();
    sink.stop_returned = true;
    bool cancelled = false;
    REQUIRE(sink.recording.wait_done(id, kTimeout, &cancelled));
    const auto stop_to_done = std::chrono::steady_clock::now() - stop_called;
    CHECK(cancelled);
    const std::size_t one_buffer = std::size_t(engine.sample_rate()) * 50 / 1000 + 1;
    CHECK(sink.samples_after_stop.load() <= one_buffer);
    CHECK(stop_to_done < 500ms);
    // Forty sentences are over two minutes of speech; far less was made.
    CHECK(sink.samples.load() < std::size_t(engine.sample_rate()) * 60);
}

TEST_CASE("speak() while speaking replaces the old utterance") {
    OrderSink sink;
    bk::SpeechEngine engine(sink);
    const auto first = engine.speak({long_dutch_text()});
    wait_for_samples(sink.samples, std::size_t(engine.sample_rate()) / 2);
    const auto second = engine.speak({"Tot ziens."});
    bool first_cancelled = false, second_cancelled = true;
    REQUIRE(sink.recording.wait_done(second, kTimeout, &second_cancelled));
    REQUIRE(sink.recording.wait_done(first, kTimeout, &first_cancelled));
    CHECK(first_cancelled);
    CHECK_FALSE(second_cancelled);

    std::lock_guard lock(sink.mutex);
    const auto first_of_second = std::find(sink.chunks.begin(), sink.chunks.end(), second);
    REQUIRE(first_of_second != sink.chunks.end());
    CHECK(std::find(first_of_second, sink.chunks.end(), first) == sink.chunks.end());
}

TEST_CASE("A replaced utterance leaves nothing behind in the next one") {
    bk::SpeechRecording alone;
    std::size_t alone_samples = 0;
    {
        bk::SpeechEngine engine(alone);
        const auto id = engine.speak({"Tot ziens."});
        REQUIRE(alone.wait_done(id, kTimeout));
        alone_samples = alone.audio_of(id).size();
    }
    OrderSink sink;
    bk::SpeechEngine engine(sink);
    engine.speak({long_dutch_text()});
    wait_for_samples(sink.samples, std::size_t(engine.sample_rate()) / 2);
    const auto second = engine.speak({"Tot ziens."});
    REQUIRE(sink.recording.wait_done(second, kTimeout));
    // Same text, same length (give or take one buffer): nothing of the long text came along.
    std::lock_guard lock(sink.mutex);
    const auto made = static_cast<long>(sink.samples_of[second]);
    CHECK(std::labs(made - static_cast<long>(alone_samples)) <= engine.sample_rate() / 20 + 1);
}

TEST_CASE("enqueue() speaks utterances in order, all of them") {
    bk::SpeechRecording rec;
    bk::SpeechEngine engine(rec);
    const auto ids = engine.speak(std::vector<bk::Utterance>{{"Koffie."}, {"Thee."}});
    const auto third = engine.enqueue({"Soep."});
    bool cancelled = true;
    REQUIRE(rec.wait_done(third, kTimeout, &cancelled));
    CHECK_FALSE(cancelled);
    for (auto id : ids) {
        REQUIRE(rec.wait_done(id, kTimeout, &cancelled));
        CHECK_FALSE(cancelled);
        CHECK(rms(rec.audio_of(id)) > 300);
    }
    const auto words = rec.words();
    REQUIRE(words.size() == 3);
    CHECK(words[0].utterance == ids[0]);
    CHECK(words[1].utterance == ids[1]);
    CHECK(words[2].utterance == third);
}

TEST_CASE("Voices for the kiosk's languages, unknown ones fall back to Dutch") {
    CHECK(bk::SpeechEngine::voice_name("en") == "en");
    CHECK(bk::SpeechEngine::voice_name("en-us") == "en-us");
    CHECK(bk::SpeechEngine::voice_name("nl-BE") == "nl");
    CHECK(bk::SpeechEngine::voice_name("xx").empty());

    std::ostringstream log;
    auto* const old_log = std::clog.rdbuf(log.rdbuf());
    bk::SpeechRecording rec;
    bk::SpeechEngine engine(rec);
    const std::vector<bk::Utterance> samples = {
        {"Coffee is ready.", "en"}, {"Kawa jest gotowa.", "pl"}, {"Kahve hazır.", "tr"},
        {"Кава готова.", "uk"},     {"القهوة جاهزة.", "ar"},     {"Koffie is klaar.", "xx"}};
    for (const auto& u : samples) {
        INFO("language " << u.language);
        const auto id = engine.speak(u);
        bool cancelled = true;
        REQUIRE(rec.wait_done(id, kTimeout, &cancelled));
        CHECK_FALSE(cancelled);
        const auto audio = rec.audio_of(id);
        CHECK(seconds(audio, engine.sample_rate()) > 0.5);
        CHECK(rms(audio) > 300);
    }
    std::clog.rdbuf(old_log);
    // Each language had its own voice; only the unknown one fell back, and said so.
    CHECK_THAT(log.str(), Catch::Contains("no espeak-ng voice for language 'xx'"));
    for (const char* language : {"'en'", "'pl'", "'tr'", "'uk'", "'ar'"}) {
        CHECK_THAT(log.str(), !Catch::Contains(language));
    }
}

TEST_CASE("A slower rate gives longer speech") {
    bk::SpeechRecording rec;
    bk::SpeechEngine engine(rec);
    CHECK(engine.default_rate() == 150);
    const std::string text = "Wij drinken samen koffie in de buurtkamer.";
    const auto slow = engine.speak({text, "nl", 100});
    REQUIRE(rec.wait_done(slow, kTimeout));
    engine.set_default_rate(300);
    const auto fast = engine.speak({text});
    REQUIRE(rec.wait_done(fast, kTimeout));
    CHECK(rec.audio_of(slow).size() > rec.audio_of(fast).size() * 3 / 2);
    engine.set_default_rate(10'000);
    CHECK(engine.default_rate() == bk::SpeechEngine::kMaxRate);
}

TEST_CASE("Only one engine at a time") {
    bk::SpeechRecording rec;
    bk::SpeechEngine engine(rec);
    CHECK_THROWS_AS(bk::SpeechEngine(rec), std::logic_error);
}

TEST_CASE("An explicit data path (Debian's espeak-ng-data) works like the default") {
    bk::SpeechRecording rec;
    bk::SpeechEngine engine(rec, {.data_path = "/usr/lib/x86_64-linux-gnu"});
    REQUIRE(engine.available());
    const auto id = engine.speak({"Hallo."});
    bool cancelled = true;
    REQUIRE(rec.wait_done(id, kTimeout, &cancelled));
    CHECK_FALSE(cancelled);
    CHECK(rms(rec.audio_of(id)) > 300);
}

TEST_CASE("Empty text and pictogram-only text finish quietly") {
    bk::SpeechRecording rec;
    bk::SpeechEngine engine(rec);
    for (const char* text : {"", "\uE001 \U0001F600", "   \n  "}) {
        const auto id = engine.speak({text});
        bool cancelled = true;
        REQUIRE(rec.wait_done(id, kTimeout, &cancelled));
        CHECK_FALSE(cancelled);
        CHECK(rms(rec.audio_of(id)) < 300); // at most a breath of silence
    }
    CHECK(rec.words().empty());
}
