#include "audio_output.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace bk {

AudioOutput::AudioOutput(int sample_rate) : rate_(sample_rate) {}

AudioOutput::~AudioOutput() {
    if (device_) SDL_CloseAudioDevice(device_);
    if (subsystem_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

void AudioOutput::open() {
    std::lock_guard lock(mutex_);
    if (device_) return;
    if (!subsystem_) {
        subsystem_ = SDL_InitSubSystem(SDL_INIT_AUDIO) == 0;
        if (!subsystem_) {
            if (!told_silent_)
                std::fprintf(stderr, "buurtkiosk: no audio (%s); reading aloud runs silently\n",
                             SDL_GetError());
            told_silent_ = true;
            return;
        }
    }
    SDL_AudioSpec want{};
    want.freq = rate_;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024; // ~46 ms at 22050 Hz: small enough that stop is heard at once
    device_ =
        SDL_OpenAudioDevice(device_name_ ? device_name_->c_str() : nullptr, 0, &want, nullptr, 0);
    if (device_ == 0) {
        if (!told_silent_)
            std::fprintf(stderr, "buurtkiosk: no audio device (%s); reading aloud runs silently\n",
                         SDL_GetError());
        told_silent_ = true;
        return;
    }
    // Samples counted so far were played (or dropped) before this device existed.
    cleared_ = queued_;
    SDL_PauseAudioDevice(device_, paused_ ? 1 : 0);
}

void AudioOutput::use_device(std::optional<std::string> name) {
    std::lock_guard lock(mutex_);
    device_name_ = std::move(name);
    if (!device_) return;
    SDL_CloseAudioDevice(device_);
    device_ = 0;
    cleared_ = queued_;
    silent_base_ = queued_;
    silent_start_ms_ = SDL_GetTicks64();
}

void AudioOutput::close_if_idle() {
    std::lock_guard lock(mutex_);
    if (!device_ || SDL_GetQueuedAudioSize(device_) > 0) return;
    SDL_CloseAudioDevice(device_);
    device_ = 0;
    cleared_ = queued_;
    silent_base_ = queued_;
    silent_start_ms_ = SDL_GetTicks64();
}

void AudioOutput::play(std::span<const std::int16_t> pcm) {
    std::lock_guard lock(mutex_);
    if (device_) {
        std::vector<std::int16_t> scaled(pcm.begin(), pcm.end());
        for (auto& s : scaled)
            s = std::int16_t(float(s) * volume_);
        SDL_QueueAudio(device_, scaled.data(), Uint32(scaled.size() * sizeof(std::int16_t)));
    } else if (!paused_ &&
               queued_ <= silent_base_ + (SDL_GetTicks64() - silent_start_ms_) * rate_ / 1000) {
        // Nothing was "playing": the silent clock starts now.
        silent_base_ = queued_;
        silent_start_ms_ = SDL_GetTicks64();
    }
    queued_ += pcm.size();
}

void AudioOutput::clear() {
    std::lock_guard lock(mutex_);
    if (device_) SDL_ClearQueuedAudio(device_);
    silent_base_ = queued_;
    silent_start_ms_ = SDL_GetTicks64();
    // Forget what was cleared: played() catches up with queued().
    cleared_ = queued_;
}

std::uint64_t AudioOutput::queued() const {
    std::lock_guard lock(mutex_);
    return queued_;
}

std::uint64_t AudioOutput::played() const {
    std::lock_guard lock(mutex_);
    return played_locked();
}

std::uint64_t AudioOutput::played_locked() const {
    if (device_) {
        std::uint64_t waiting = SDL_GetQueuedAudioSize(device_) / sizeof(std::int16_t);
        return std::max(cleared_, queued_ - std::min(waiting, queued_));
    }
    if (paused_) return std::min(queued_, silent_base_);
    std::uint64_t elapsed = (SDL_GetTicks64() - silent_start_ms_) * std::uint64_t(rate_) / 1000;
    return std::min(queued_, silent_base_ + elapsed);
}

void AudioOutput::set_volume(float volume) {
    std::lock_guard lock(mutex_);
    volume_ = std::clamp(volume, 0.0f, 1.0f);
}

void AudioOutput::pause(bool paused) {
    std::lock_guard lock(mutex_);
    if (paused == paused_) return;
    if (device_) {
        SDL_PauseAudioDevice(device_, paused ? 1 : 0);
    } else if (paused) {
        silent_base_ = played_locked(); // the silent clock stops here
    } else {
        silent_start_ms_ = SDL_GetTicks64(); // and runs on from here
    }
    paused_ = paused;
}

bool AudioOutput::paused() const {
    std::lock_guard lock(mutex_);
    return paused_;
}

} // namespace bk
