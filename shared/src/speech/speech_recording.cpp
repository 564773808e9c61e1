// Recording sink: everything under one mutex, done events wake waiters.
#include "buurtkiosk/speech/speech_recording.h"

namespace bk {

void SpeechRecording::on_audio(UtteranceId utterance, std::span<const std::int16_t> pcm,
                               std::uint64_t /*first_sample*/) {
    std::lock_guard lock(mutex_);
    audio_.insert(audio_.end(), pcm.begin(), pcm.end());
    auto& mine = audio_by_utterance_[utterance];
    mine.insert(mine.end(), pcm.begin(), pcm.end());
}

void SpeechRecording::on_word(UtteranceId utterance, std::size_t byte_begin, std::size_t byte_end,
                              std::uint64_t sample_offset) {
    std::lock_guard lock(mutex_);
    words_.push_back({utterance, byte_begin, byte_end, sample_offset});
}

void SpeechRecording::on_done(UtteranceId utterance, bool cancelled) {
    {
        std::lock_guard lock(mutex_);
        done_[utterance] = cancelled;
    }
    done_changed_.notify_all();
}

bool SpeechRecording::wait_done(UtteranceId utterance, std::chrono::milliseconds timeout,
                                bool* cancelled) {
    std::unique_lock lock(mutex_);
    if (!done_changed_.wait_for(lock, timeout, [&] { return done_.contains(utterance); })) {
        return false;
    }
    if (cancelled != nullptr) *cancelled = done_.at(utterance);
    return true;
}

std::vector<std::int16_t> SpeechRecording::audio() const {
    std::lock_guard lock(mutex_);
    return audio_;
}

std::vector<std::int16_t> SpeechRecording::audio_of(UtteranceId utterance) const {
    std::lock_guard lock(mutex_);
    auto it = audio_by_utterance_.find(utterance);
    return it == audio_by_utterance_.end() ? std::vector<std::int16_t>{} : it->second;
}

std::vector<RecordedWord> SpeechRecording::words() const {
    std::lock_guard lock(mutex_);
    return words_;
}

std::size_t SpeechRecording::sample_count() const {
    std::lock_guard lock(mutex_);
    return audio_.size();
}

} // namespace bk
