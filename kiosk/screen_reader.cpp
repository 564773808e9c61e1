#include "screen_reader.h"

#include "app.h"
#include "headset.h"

#include <cstdio>

namespace bk {

ScreenReader::ScreenReader(int words_per_minute, std::string headset)
    : voice_(words_per_minute), controls_(voice_), words_per_minute_(words_per_minute),
      headset_part_(std::move(headset)) {
    audio_outputs_changed();
}

void ScreenReader::audio_outputs_changed() {
    if (headset_part_.empty()) return;
    std::optional<std::string> found = find_headset(audio_outputs(), headset_part_);
    if (found == headset_) return;
    // Never carry on over the loudspeaker what was started in the headset (or the reverse).
    pending_.reset();
    voice_.use_output(found);
    std::fprintf(stderr, "buurtkiosk: headset %s%s\n", found ? "in: " : "out",
                 found ? found->c_str() : "");
    headset_ = std::move(found);
}

void ScreenReader::extend(App& app, ScreenContext& ctx) {
    if (last_screen_ && *last_screen_ != ctx.nav.current()) {
        voice_.stop(); // the visitor moved on
        pending_.reset();
    }
    last_screen_ = ctx.nav.current();
    // A speaker button is drawn before the texts below it, so the request is served from the
    // previous, complete frame.
    if (pending_) {
        // "Langzaam voorlezen" takes a fifth off the installation's rate.
        int rate = ctx.visitor.slow_speech ? words_per_minute_ * 4 / 5 : words_per_minute_;
        voice_.speak(app.last_speakables(), *pending_, ctx.lang(), rate);
        pending_.reset();
    }
    // Keep the highlight moving with the audio; a pause needs no frames until a touch.
    if (voice_.tick() && !voice_.paused()) app.wake_within(30);

    ctx.speak = [this, &app](const std::string& id) {
        pending_ = id;
        requested_ = id;
        app.wake_within(0);
    };
    ctx.stop_speaking = [this] {
        pending_.reset();
        voice_.stop();
    };
    ctx.spoken_word = [this](const std::string& id) { return voice_.word_in(id); };
    ctx.is_speaking = [this] { return pending_.has_value() || voice_.speaking(); };
    ctx.speaking_request = [this] { return requested_; };
    ctx.headset = headset_.has_value();
    // The bar while the visitor hears a text long enough to use it; the countdown's warning
    // has its own button ("Ik ben er nog").
    bool reading =
        voice_.speaking() && voice_.several_sentences() && requested_ != kCountdownSpeakable;
    ctx.speech_controls = reading ? &controls_ : nullptr;
}

void ScreenReader::forget_visitor() {
    pending_.reset();
    controls_.forget_visitor();
}

} // namespace bk
