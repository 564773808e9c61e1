// The on-screen keyboard: letters with capitals (shift), digits on a "123" page, space and
// backspace. Every key is a tap target ("key-a", "key-shift", "key-123", "key-e-acute", "key-ł"),
// so scripts type the way a finger does.
//
// Dutch and English visitors get the Latin letters with é ë ï ö ü, - and ': where ten keys a row
// fit (a 10-inch screen and up) one qwerty page of four rows; where they do not (7-inch), the
// alphabet in order on two pages of three rows, a-p and q-z, switched with "key-more".
// Polish, Turkish, Ukrainian and Arabic visitors get their own alphabet in its order (ł ą ę ...;
// ç ş ğ ı İ ...; Cyrillic; Arabic) on pages of the same size; Ukrainian and Arabic ones also get
// "key-latin" for Latin letters, since the sociaal team may need a name in Latin script, and
// "key-own" back.
#pragma once
#include "theme.h"

#include <optional>
#include <string>

namespace bk {

struct KeyboardState {
    bool digits = false; // the "123" page
    bool shift = false;  // the next letter is a capital
    int letter_page = 0; // which page of letters, where they come in more than one
    bool latin = false;  // a visitor of a non-Latin script chose Latin letters
};

// The least height the keyboard needs in `width`: four rows of keys where the full layout fits
// across, else three.
float keyboard_height(const Theme& theme, float width);

// Draws the keyboard for a visitor reading `language` at the cursor in `size` and applies taps
// (and physical typing) to `text`, which is kept to `max_chars` characters. Returns true when
// the text changed.
bool keyboard(const Theme& theme, KeyboardState& state, std::string& text, ImVec2 size,
              std::size_t max_chars, const std::string& language);

// The key that types `letter` on the keyboard of `language` ("ł" -> "ł"; "Ł" -> "ł" with shift;
// Turkish "I" -> "ı" with shift), for scripts that type as a finger would; nothing where that
// keyboard has no own alphabet or no such letter.
struct LetterKey {
    std::string id; // after "key-"
    bool shift = false;
};
std::optional<LetterKey> key_of_letter(const std::string& letter, const std::string& language);

// Removes the last UTF-8 character.
void erase_last_character(std::string& text);
std::size_t character_count(const std::string& text);

} // namespace bk
