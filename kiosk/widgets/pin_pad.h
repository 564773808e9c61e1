// A big numeric pad for the volunteer PIN: digits show as dots, never as numbers.
#pragma once
#include "theme.h"

#include <string>

namespace bk {

// The dots for what was typed, as many as digits: a bystander learns only the length.
float pin_dots_height(const Theme& theme);
void pin_dots(const Theme& theme, const std::string& entry, int max_digits, float width);

// The twelve keys (1-9, Wis, 0, OK) in four rows filling `size`. Edits `entry` (at most
// `max_digits`); returns true when "OK" is tapped.
bool pin_keys(const Theme& theme, std::string& entry, int max_digits, ImVec2 size);

// How tall the keys are for `key_height` per row, and the largest row height worth having
// (larger keys only look odd).
float pin_keys_height(const Theme& theme, float key_height);
float pin_key_max_height(const Theme& theme);

} // namespace bk
