// Big touch buttons and tiles: pictogram beside words, a pressed look but no hover look (touch
// has no hover; a hover highlight would stick after the finger lifts).
#pragma once
#include "theme.h"

#include <string>

namespace bk {

enum class ButtonKind { Primary, Secondary, Accent, Quiet, Selected };

// The width big_button fits to its pictogram (when `icon`) and words.
float big_button_width(const Theme& theme, bool icon, const std::string& label);

// A button of `size` (0 for width = fit). Returns true when tapped.
bool big_button(const Theme& theme, const std::string& id, const char* icon,
                const std::string& label, ImVec2 size, ButtonKind kind = ButtonKind::Secondary);

// A large tile: coloured, big pictogram, a title and a smaller line under it.
bool tile(const Theme& theme, const std::string& id, const char* icon, const std::string& title,
          const std::string& subtitle, ImVec2 size, ImU32 color);

} // namespace bk
