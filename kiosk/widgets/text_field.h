// A form field a finger can pick: its label, the typed text in a large box with a caret when the
// on-screen keyboard types into it, and the field's error message under it.
#pragma once
#include "theme.h"

#include <functional>
#include <string>

namespace bk {

// Returns true when tapped (the screen then moves the keyboard's focus here). With
// `on_label_tap` the label is a question_label: tapping it calls this (to read it aloud). `shown`
// is what the box shows (the typed text; empty shows `placeholder` in a muted colour).
bool text_field(const Theme& theme, const std::string& id, const std::string& label,
                const std::string& shown, const std::string& placeholder, bool focused,
                const std::string& error, float width,
                const std::function<void()>& on_label_tap = {});

// The height text_field uses for `width` (the error wraps onto more lines when long).
float text_field_height(const Theme& theme, const std::string& error, float width);

} // namespace bk
