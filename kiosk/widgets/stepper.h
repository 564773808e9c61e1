// A number chosen with big "−" and "+" buttons (no typing): the number of people in a sign-up.
#pragma once
#include "theme.h"

#include <string>

namespace bk {

// Draws "− value +" at the cursor; ids are `<id>-minus` and `<id>-plus`. Returns true on change.
bool stepper(const Theme& theme, const std::string& id, int& value, int min, int max,
             const std::string& unit_label);

} // namespace bk
