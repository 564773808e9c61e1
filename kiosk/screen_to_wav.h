// Records a screen being read aloud into a WAV file: the reproducible recording of the home
// screen (README), and a way to hear the kiosk on a machine without a sound card.
#pragma once
#include "screen_context.h"

#include <string>
#include <vector>

namespace bk {

// Returns the process exit code: 0 when the file was written.
int speak_screen_to_wav(const std::vector<Speakable>& screen, const std::string& language,
                        int words_per_minute, const std::string& path);

} // namespace bk
