// Plays speech PCM through SDL. Without a sound card it runs silently on a clock, so the word
// highlight still moves at the pace speech would have.
#pragma once
#include <cstdint>
#include <mutex>
#include <optional>
#include <span>
#include <string>

#include <SDL.h>

namespace bk {

class AudioOutput {
public:
    explicit AudioOutput(int sample_rate); // int16 mono
    ~AudioOutput();
    // The device is open only while speech plays: an open SDL device costs CPU even when silent.
    void open();          // UI thread, before speech starts
    void close_if_idle(); // UI thread, once everything was heard
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    bool has_device() const { return device_ != 0; }
    int sample_rate() const { return rate_; }
    void play(std::span<const std::int16_t> pcm); // any thread; appends
    void clear();                                 // drops everything not yet played
    std::uint64_t queued() const;                 // samples handed over so far
    std::uint64_t played() const;                 // samples the listener has heard so far
    bool playing() const { return played() < queued(); }
    void set_volume(float volume); // 0..1, applied to what is played next
    // Plays through the output of this name from the next open() (none: the system's default);
    // drops what is queued on the current one.
    void use_device(std::optional<std::string> name);
    // Holds playback where it is: the device stops taking samples, the silent clock stops.
    // What is queued waits; play() may keep adding.
    void pause(bool paused);
    bool paused() const;

private:
    std::uint64_t played_locked() const;

    SDL_AudioDeviceID device_ = 0;
    bool subsystem_ = false;
    bool told_silent_ = false;
    bool paused_ = false;
    std::optional<std::string> device_name_;
    int rate_;
    float volume_ = 0.7f;
    mutable std::mutex mutex_;
    std::uint64_t queued_ = 0;
    std::uint64_t cleared_ = 0; // everything up to here was dropped, never to be heard
    // Silent mode: samples "play" in real time from when they were handed over; while paused,
    // silent_base_ is where playback stands.
    std::uint64_t silent_base_ = 0;
    std::uint64_t silent_start_ms_ = 0;
};

} // namespace bk
