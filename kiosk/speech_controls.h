// What a visitor can do with speech besides start and stop: pause and go on, hear the sentence
// again, make it softer or louder in four steps. Kept here, not in a screen, so the privacy
// reset can put it back for the next visitor.
#pragma once
#include "read_aloud.h"

#include <string>

namespace bk {

class SpeechControls {
public:
    static constexpr int kVolumeSteps = 4;
    static constexpr int kDefaultVolumeStep = 3; // a moderate level in a shared room

    explicit SpeechControls(ReadAloud& voice);

    bool paused() const { return voice_.paused(); }
    void toggle_pause() { voice_.pause(!voice_.paused()); }
    void repeat_sentence() { voice_.repeat_sentence(); }
    int volume_step() const { return volume_step_; }
    bool can_be_softer() const { return volume_step_ > 1; }
    bool can_be_louder() const { return volume_step_ < kVolumeSteps; }
    void softer();
    void louder();
    // "Volume 3 van 4"
    std::string volume_label(const std::string& language) const;

    // The privacy reset: nothing paused, the default volume.
    void forget_visitor();

private:
    void set_volume_step(int step);

    ReadAloud& voice_;
    int volume_step_ = kDefaultVolumeStep;
};

} // namespace bk
