#include "speech_controls.h"

#include "buurtkiosk/i18n/ui_text.h"

#include <algorithm>

namespace bk {

SpeechControls::SpeechControls(ReadAloud& voice) : voice_(voice) {
    voice_.set_volume(float(volume_step_) / kVolumeSteps);
}

void SpeechControls::softer() {
    set_volume_step(volume_step_ - 1);
}

void SpeechControls::louder() {
    set_volume_step(volume_step_ + 1);
}

void SpeechControls::set_volume_step(int step) {
    step = std::clamp(step, 1, kVolumeSteps);
    if (step == volume_step_) return;
    volume_step_ = step;
    // The quietest step is a quarter, never silence: a visitor who cannot hear it would think
    // reading aloud is broken.
    voice_.set_volume(float(step) / kVolumeSteps);
}

std::string SpeechControls::volume_label(const std::string& language) const {
    return ui_text(
        "volume_step", language,
        {{"step", std::to_string(volume_step_)}, {"steps", std::to_string(kVolumeSteps)}});
}

void SpeechControls::forget_visitor() {
    voice_.stop();
    volume_step_ = kDefaultVolumeStep;
    voice_.set_volume(float(volume_step_) / kVolumeSteps);
}

} // namespace bk
