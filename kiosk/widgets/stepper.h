// A number chosen with big "−" and "+" buttons (no typing): the number of people in a sign-up.
#pragma once
#include "theme.h"

#include <string>

namespace bk {

// Draws "− value +" at the cursor; ids are `<id>-minus` and `<id>-plus`. Returns true on change.
// Each tap moves `step`; `shown` replaces the number where it is not one ("14:30", "geen").
bool stepper(const Theme& theme, const std::string& id, int& value, int min, int max,
             const std::string& unit_label, int step = 1, const std::string& shown = "");

} // namespace bk
