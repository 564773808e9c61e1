// The visitor's headset: an audio output of its own (a USB or Bluetooth headset at the kiosk),
// found by a part of its name from the installation's settings (`--headset "USB Audio"`). While
// it is plugged in, speech goes to it alone, so what is private (the sign-up code) may be read
// with the rest of the screen; the moment it is pulled out speech stops rather than carry on
// over the loudspeaker. A headset on the board's analogue jack is not its own output and is not
// seen: it hears what the loudspeaker says (docs/speech.md).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace bk {

// The first output whose name contains `name_part` (case-insensitive); none for an empty part.
std::optional<std::string> find_headset(const std::vector<std::string>& outputs,
                                        const std::string& name_part);

// The audio outputs SDL sees now (starts SDL's audio subsystem; empty without one).
std::vector<std::string> audio_outputs();

} // namespace bk
