// A big numeric pad for the volunteer PIN: digits show as dots, never as numbers.
#pragma once
#include "theme.h"

#include <string>

namespace bk {

// Edits `entry` (at most `max_digits`); returns true when "OK" is tapped.
bool pin_pad(const Theme& theme, std::string& entry, int max_digits, float width);

} // namespace bk
