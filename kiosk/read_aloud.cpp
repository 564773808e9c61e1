#include "read_aloud.h"

#include <cstdio>
#include <cstdlib>

namespace bk {

namespace {
// BUURTKIOSK_TRACE_SPEECH=1 prints each highlighted word's position (never the text): UI tests
// check that the highlight moves.
bool trace() {
    static const bool on = std::getenv("BUURTKIOSK_TRACE_SPEECH") != nullptr;
    return on;
}
} // namespace

std::vector<Speakable> to_read(const std::vector<Speakable>& screen, const std::string& id) {
    std::vector<Speakable> out;
    for (const Speakable& s : screen) {
        if (id.empty() ? !s.with_screen : s.id != id) continue;
        if (!s.text.empty()) out.push_back(s);
    }
    return out;
}

ReadAloud::ReadAloud(int words_per_minute) {
    SpeechEngineOptions options;
    options.words_per_minute = words_per_minute;
    engine_ = std::make_unique<SpeechEngine>(*this, options);
    audio_ = std::make_unique<AudioOutput>(engine_->available() ? engine_->sample_rate() : 22050);
}

ReadAloud::~ReadAloud() {
    engine_.reset(); // joins the worker before the audio goes
}

void ReadAloud::speak(const std::vector<Speakable>& screen, const std::string& id,
                      const std::string& language, int words_per_minute) {
    stop();
    std::vector<Utterance> utterances;
    std::vector<std::string> ids;
    for (const Speakable& s : to_read(screen, id)) {
        utterances.push_back({s.text, language, words_per_minute});
        ids.push_back(s.id);
    }
    if (utterances.empty()) return;
    {
        std::lock_guard lock(mutex_);
        unfinished_ += int(utterances.size());
        queued_at_speak_ = audio_->queued();
    }
    audio_->open();
    // Not under our lock: the engine takes its delivery lock, which the worker holds while it
    // calls us. Words that arrive before the ids are known wait in words_ by utterance id.
    std::vector<UtteranceId> started = engine_->speak(std::move(utterances));
    std::lock_guard lock(mutex_);
    for (std::size_t i = 0; i < started.size() && i < ids.size(); ++i)
        speakable_of_[started[i]] = ids[i];
}

void ReadAloud::stop() {
    engine_->stop();
    audio_->clear();
    std::lock_guard lock(mutex_);
    words_.clear();
    current_speakable_.clear();
    current_range_ = {};
    speakable_of_.clear();
    base_.clear();
}

bool ReadAloud::speaking() const {
    std::lock_guard lock(mutex_);
    return unfinished_ > 0 || audio_->playing();
}

ByteRange ReadAloud::word_in(const std::string& id) const {
    std::lock_guard lock(mutex_);
    if (!current_speakable_.empty() && current_speakable_ == id) return current_range_;
    return {};
}

bool ReadAloud::tick() {
    std::uint64_t played = audio_->played();
    std::lock_guard lock(mutex_);
    while (!words_.empty() && words_.front().at <= played) {
        Word word = words_.front();
        words_.pop_front();
        auto it = speakable_of_.find(word.utterance);
        if (it == speakable_of_.end()) continue;
        current_speakable_ = it->second;
        current_range_ = word.range;
        if (trace())
            std::printf("speech: highlight %s %zu-%zu\n", current_speakable_.c_str(),
                        current_range_.begin, current_range_.end);
    }
    bool active = unfinished_ > 0 || audio_->playing();
    if (!active) {
        audio_->close_if_idle();
        current_speakable_.clear();
        current_range_ = {};
    }
    return active;
}

void ReadAloud::on_audio(UtteranceId utterance, std::span<const std::int16_t> pcm, std::uint64_t) {
    std::lock_guard lock(mutex_);
    base_.try_emplace(utterance, audio_->queued());
    audio_->play(pcm);
}

void ReadAloud::on_word(UtteranceId utterance, std::size_t byte_begin, std::size_t byte_end,
                        std::uint64_t sample_offset) {
    std::lock_guard lock(mutex_);
    // Utterances are synthesised one after another, so this one's audio starts after everything
    // queued so far.
    auto base = base_.try_emplace(utterance, audio_->queued()).first->second;
    words_.push_back({utterance, {byte_begin, byte_end}, base + sample_offset});
}

void ReadAloud::on_done(UtteranceId utterance, bool) {
    std::lock_guard lock(mutex_);
    if (unfinished_ > 0) --unfinished_;
    base_.erase(utterance);
}

} // namespace bk
