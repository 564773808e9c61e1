// Word-wrapped text that can highlight the word being read aloud.
#pragma once
#include "speech/spoken_text.h" // ByteRange

#include <imgui.h>

#include <cstddef>
#include <string>

namespace bk {

// Draws `text` at the cursor, wrapped to `width`, and advances the cursor. Paragraphs are
// separated by "\n\n". `highlight` is drawn with a marker colour behind it.
void text_block(const std::string& text, ImFont* font, ImU32 color, float width,
                ByteRange highlight = {}, ImU32 highlight_color = 0);

// A heading line in the theme's heading font (lists, sections).
void heading_text(ImFont* heading, const char* text);

// The height text_block would use.
float text_block_height(const std::string& text, ImFont* font, float width);

} // namespace bk
