// A small screen while typing a name and a phone number: both fields in one row with "Klaar",
// the on-screen keyboard under them (sign-up and callback forms share it).
#pragma once
#include "screen_context.h"
#include "visitor_session.h"
#include "widgets/form_layout.h"

#include <string>

namespace bk {

struct NameAndPhone {
    const std::string& first_name;
    const std::string& phone;
    const std::string& name_error;
    const std::string& phone_error;
    FormField& focus;
};

// Draws the row and returns the layout, whose keyboard area the caller types into. Speakables
// are named `<speak_prefix>-name`, `-phone`, `-name-error`, `-phone-error`.
FormLayout typing_row(ScreenContext& ctx, NameAndPhone fields, const std::string& speak_prefix,
                      const char* phone_label_key);

} // namespace bk
