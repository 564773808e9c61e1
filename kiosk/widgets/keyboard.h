// The on-screen keyboard: letters with capitals (shift), é ë ï ö ü, - ', space and backspace,
// and a "123" page with digits, + and - for phone numbers. Every key is a tap target
// ("key-a", "key-shift", "key-123", "key-e-acute", ...), so scripts type the way a finger does.
//
// Keys are never under 15 mm with a target gap between them. Where ten keys a row fit (a 10-inch
// screen and up) the letters are one qwerty page of four rows; where they do not (7-inch), the
// alphabet comes in order on two pages of three rows, a-p and q-z, switched with "key-more".
#pragma once
#include "theme.h"

#include <string>

namespace bk {

struct KeyboardState {
    bool digits = false; // the "123" page
    bool shift = false;  // the next letter is a capital
    int letter_page = 0; // 0: a-p, 1: q-z (only where the letters come in two pages)
};

// The least height the keyboard needs in `width`: four rows of keys where the full layout fits
// across, else three.
float keyboard_height(const Theme& theme, float width);

// Draws the keyboard at the cursor in `size` and applies taps (and physical typing) to `text`,
// which is kept to `max_chars` characters. Returns true when the text changed.
bool keyboard(const Theme& theme, KeyboardState& state, std::string& text, ImVec2 size,
              std::size_t max_chars);

// Removes the last UTF-8 character.
void erase_last_character(std::string& text);
std::size_t character_count(const std::string& text);

} // namespace bk
