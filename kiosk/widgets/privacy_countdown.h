// The privacy countdown drawn over the whole screen: "Bent u er nog?", the seconds left in big
// figures and a very big "Ik ben er nog" button (any tap anywhere extends as well).
#pragma once
#include "theme.h"

#include <string>

namespace bk {

// Returns true when "Ik ben er nog" was tapped.
bool privacy_countdown(const Theme& theme, const std::string& language, int seconds_left);

} // namespace bk
