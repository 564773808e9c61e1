// The on-screen keyboard: Dutch qwerty with capitals (shift), é ë ï ö ü, space and backspace,
// and a "123" page with digits, + and - for phone numbers. Every key is a tap target
// ("key-a", "key-shift", "key-123", "key-e-acute", ...), so scripts type the way a finger does.
#pragma once
#include "theme.h"

#include <string>

namespace bk {

struct KeyboardState {
    bool digits = false; // the "123" page
    bool shift = false;  // the next letter is a capital
};

// Draws the keyboard at the cursor in `size` and applies taps (and physical typing) to `text`,
// which is kept to `max_chars` characters. Returns true when the text changed.
bool keyboard(const Theme& theme, KeyboardState& state, std::string& text, ImVec2 size,
              std::size_t max_chars);

// Removes the last UTF-8 character.
void erase_last_character(std::string& text);
std::size_t character_count(const std::string& text);

} // namespace bk
