#include "read_aloud.h"

#include <algorithm>
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

void ReadAloud::use_output(std::optional<std::string> name) {
    stop();
    audio_->use_device(std::move(name));
}

ReadAloud::~ReadAloud() {
    engine_.reset(); // joins the worker before the audio goes
}

void ReadAloud::speak(const std::vector<Speakable>& screen, const std::string& id,
                      const std::string& language, int words_per_minute) {
    stop();
    reading_ = to_read(screen, id);
    language_ = language;
    words_per_minute_ = words_per_minute;
    read_from(0, 0);
}

void ReadAloud::read_from(std::size_t part, std::size_t offset) {
    silence();
    std::vector<Utterance> utterances;
    std::vector<Start> starts;
    for (std::size_t i = part; i < reading_.size(); ++i) {
        std::size_t from = i == part ? std::min(offset, reading_[i].text.size()) : 0;
        if (from == reading_[i].text.size()) continue;
        utterances.push_back({reading_[i].text.substr(from), language_, words_per_minute_});
        starts.push_back({i, from});
    }
    if (utterances.empty()) return;
    {
        std::lock_guard lock(mutex_);
        unfinished_ += int(utterances.size());
        queued_at_speak_ = audio_->queued();
    }
    audio_->open();
    // Not under our lock: the engine takes its delivery lock, which the worker holds while it
    // calls us. Words that arrive before the starts are known wait in words_ by utterance id.
    std::vector<UtteranceId> started = engine_->speak(std::move(utterances));
    std::lock_guard lock(mutex_);
    for (std::size_t i = 0; i < started.size() && i < starts.size(); ++i)
        start_of_[started[i]] = starts[i];
}

void ReadAloud::silence() {
    engine_->stop();
    audio_->clear();
    std::lock_guard lock(mutex_);
    words_.clear();
    current_part_.reset();
    current_range_ = {};
    start_of_.clear();
    base_.clear();
}

void ReadAloud::stop() {
    silence();
    audio_->pause(false);
    reading_.clear();
}

bool ReadAloud::several_sentences() const {
    if (reading_.size() != 1) return reading_.size() > 1;
    const std::string& text = reading_.front().text;
    return sentence_start(text, text.size()) > 0;
}

void ReadAloud::repeat_sentence() {
    std::size_t part = 0, at = 0;
    {
        std::lock_guard lock(mutex_);
        if (current_part_) {
            part = *current_part_;
            at = current_range_.begin;
        }
    }
    if (part >= reading_.size()) return;
    read_from(part, sentence_start(reading_[part].text, at));
    audio_->pause(false); // asked to hear it: a pause ends
}

void ReadAloud::set_volume(float volume) {
    audio_->set_volume(volume);
    std::size_t part = 0, at = 0; // before the first word: from the start
    {
        std::lock_guard lock(mutex_);
        if (current_part_) {
            part = *current_part_;
            at = current_range_.begin;
        }
    }
    if (part < reading_.size() && speaking()) read_from(part, at);
}

bool ReadAloud::speaking() const {
    std::lock_guard lock(mutex_);
    return unfinished_ > 0 || audio_->playing();
}

ByteRange ReadAloud::word_in(const std::string& id) const {
    std::lock_guard lock(mutex_);
    if (current_part_ && *current_part_ < reading_.size() && reading_[*current_part_].id == id)
        return current_range_;
    return {};
}

bool ReadAloud::tick() {
    std::uint64_t played = audio_->played();
    std::lock_guard lock(mutex_);
    while (!words_.empty() && words_.front().at <= played) {
        Word word = words_.front();
        words_.pop_front();
        auto it = start_of_.find(word.utterance);
        if (it == start_of_.end() || it->second.part >= reading_.size()) continue;
        current_part_ = it->second.part;
        current_range_ = {word.range.begin + it->second.offset, word.range.end + it->second.offset};
        if (trace())
            std::printf("speech: highlight %s %zu-%zu\n", reading_[*current_part_].id.c_str(),
                        current_range_.begin, current_range_.end);
    }
    bool active = unfinished_ > 0 || audio_->playing();
    if (!active) {
        audio_->close_if_idle();
        current_part_.reset();
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
