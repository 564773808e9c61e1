// The layout rules a finger and an eye need, checked on a drawn frame: every tap target at
// least 15 mm each way, 2 mm of space between targets, nothing cut off by the screen edge, and
// what the widgets noted as not fitting. The UI tests walk every screen through this.
#pragma once
#include "widgets/tap_targets.h"

#include <string>
#include <vector>

namespace bk {

struct LayoutRules {
    float px_per_mm = 1;
    float screen_w = 0, screen_h = 0; // pixels
    float min_target_mm = 15;
    float min_gap_mm = 2;
    // A page to read (an info page) may offer nothing to tap, and so may the top of a list that
    // scrolls down to its buttons.
    bool reading_only = false;
};

// One line per problem, in words, naming the targets by label and id; empty when all is well.
std::vector<std::string> layout_problems(const std::vector<TapTarget>& targets,
                                         const std::vector<std::string>& noted,
                                         const LayoutRules& rules);

} // namespace bk
