// A form question's words, above the field or buttons that answer it. The question is read
// aloud by a speaker button beside its answer (speaker_button with id "say-<speakable>"), a full
// tap target, and by the screen's big speaker with every other question in order.
#pragma once
#include "theme.h"

#include <string>

namespace bk {

// Draws the question wrapped to `width` at the cursor and advances the cursor to under it.
void question_label(const Theme& theme, const std::string& text, float width);
float question_label_height(const Theme& theme, const std::string& text, float width);

} // namespace bk
