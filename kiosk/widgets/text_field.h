// A form field a finger can pick: its question, the typed text in a large box with a caret when
// the on-screen keyboard types into it, a speaker beside the box that reads the question, and the
// field's error message under it.
#pragma once
#include "screen_context.h"

#include <string>

namespace bk {

struct TextField {
    std::string id;       // the box's tap target: "field-first-name"
    std::string question; // above the box
    std::string shown;    // what was typed, as shown; empty shows the placeholder, muted
    std::string placeholder;
    std::string speakable_id; // what the speaker ("say-<id>") reads: the question, never the answer
    bool focused = false;     // the keyboard types here
    std::string error;
};

// Returns true when the box is tapped (the screen then moves the keyboard's focus here).
bool text_field(ScreenContext& ctx, const TextField& field, float width);

// The height text_field uses in `width` (question and error wrap onto more lines when long).
float text_field_height(const Theme& theme, const TextField& field, float width);

// The box alone, `size` big, for a field drawn by its own layout (the typing step).
bool text_box(const Theme& theme, const TextField& field, ImVec2 size);

} // namespace bk
