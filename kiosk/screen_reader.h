// Connects reading aloud to the app: the speaker buttons' actions, the highlighted word, speech
// that stops when the visitor goes to another screen or walks away.
#pragma once
#include "read_aloud.h"
#include "screen_context.h"
#include "speech_controls.h"
#include "widgets/privacy_countdown.h"

#include <memory>
#include <optional>
#include <string>

namespace bk {

class App;

class ScreenReader {
public:
    // `headset`: part of the name of the visitor's headset output (headset.h); empty: none.
    ScreenReader(int words_per_minute, std::string headset);

    // Called at the start of every frame, before the screen draws.
    void extend(App& app, ScreenContext& ctx);
    void forget_visitor(); // privacy reset: silence, nothing paused, the default volume
    // SDL saw an audio output come or go: a headset plugged in takes the speech, one pulled
    // out stops it.
    void audio_outputs_changed();
    // Speech the visitor asked for is playing (or about to); the countdown's own warning is not,
    // nor a pause: a visitor who paused and walked away is gone.
    bool visitor_listening() const {
        return (pending_.has_value() || voice_.speaking()) && !voice_.paused() &&
               requested_ != kCountdownSpeakable;
    }

private:
    ReadAloud voice_;
    SpeechControls controls_;
    std::optional<std::string> pending_; // speakable to read once the frame that asked is done
    std::string requested_;              // what the visitor last asked to hear
    std::optional<Screen> last_screen_;
    int words_per_minute_;
    std::string headset_part_;
    std::optional<std::string> headset_; // the headset output in use
};

} // namespace bk
