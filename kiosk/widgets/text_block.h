// Word-wrapped text that can highlight the word being read aloud.
#pragma once
#include "buurtkiosk/speech/spoken_text.h" // ByteRange

#include <imgui.h>

#include <cstddef>
#include <string>

namespace bk {

// Draws `text` at the cursor, wrapped to `width`, and advances the cursor. Paragraphs are
// separated by "\n\n". The `highlight` (the word being read) is shown reversed: on a marker in
// the text's `color`, in the `background` colour the block sits on. So it stands out as much as
// the text itself does, on every fill and in both themes (pairs in palette.cpp).
void text_block(const std::string& text, ImFont* font, ImU32 color, float width,
                ByteRange highlight = {}, ImU32 background = 0);

// A heading line in the theme's heading font (lists, sections), in a column `width` wide (0: with
// the left margin on the right too); on a right-to-left screen against the column's right edge.
void heading_text(ImFont* heading, const char* text, float width = 0);

// The height text_block would use.
float text_block_height(const std::string& text, ImFont* font, float width);

} // namespace bk
