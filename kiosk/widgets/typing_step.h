// A form's typing step, where the questions and a keyboard do not fit on one screen (a 7-inch
// screen, a 10-inch one in large letters): the whole window is for typing one answer. The
// question where there is room; the speaker that reads it, the field and "Klaar" in a row; the
// field's error where there is room; the keyboard fills the rest with keys of at least 15 mm.
#pragma once
#include "screen_context.h"
#include "widgets/text_field.h"

#include <string>

namespace bk {

enum class Typed { Nothing, Changed, Done };

// `field.shown` is what the box shows of `text`, which the keyboard types into (at most
// `max_chars` characters) with the letters of `letters` (a language: "pl"; "nl" for codes, whose
// letters are Latin whatever the visitor reads). Done means "Klaar" was tapped: the form shows
// its questions again.
Typed typing_step(ScreenContext& ctx, const TextField& field, std::string& text,
                  std::size_t max_chars, const std::string& letters);

} // namespace bk
