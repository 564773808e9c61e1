#include "script/layout_check.h"

#include <algorithm>
#include <cstdio>

namespace bk {

namespace {
std::string name(const TapTarget& t) {
    return t.label.empty() ? t.id : "'" + t.label + "' (" + t.id + ")";
}

std::string mm(float value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f mm", value);
    return buf;
}

// A target inside another (a card's speaker inside the card) is a control of its own, placed
// on purpose; only partial overlaps are mistakes.
bool contains(const TapTarget& outer, const TapTarget& inner) {
    return outer.min.x <= inner.min.x && outer.min.y <= inner.min.y && outer.max.x >= inner.max.x &&
           outer.max.y >= inner.max.y;
}

// Space between two rectangles: negative when they overlap.
float gap_between(const TapTarget& a, const TapTarget& b) {
    float dx = std::max(a.min.x - b.max.x, b.min.x - a.max.x);
    float dy = std::max(a.min.y - b.max.y, b.min.y - a.max.y);
    return std::max(dx, dy);
}
} // namespace

std::vector<std::string> layout_problems(const std::vector<TapTarget>& targets,
                                         const std::vector<std::string>& noted,
                                         const LayoutRules& rules) {
    std::vector<std::string> problems = noted;
    // The top bar alone (back, home, speaker) means the screen drew nothing to act on.
    int outside_top_bar = 0;
    for (const TapTarget& t : targets)
        if (t.id != "back" && t.id != "home" && t.id != "speak-screen") ++outside_top_bar;
    if (outside_top_bar == 0 && !rules.reading_only)
        problems.push_back("nothing to tap but the top bar: a blank screen");
    const float slack = 0.5f; // pixels: rounding of positions
    for (const TapTarget& t : targets) {
        float w = (t.full_max.x - t.full_min.x) / rules.px_per_mm;
        float h = (t.full_max.y - t.full_min.y) / rules.px_per_mm;
        if (std::min(w, h) + 0.05f < rules.min_target_mm)
            problems.push_back(name(t) + " is " + mm(w) + " x " + mm(h) + ", under " +
                               mm(rules.min_target_mm));
        bool off = t.min.x < -slack || t.min.y < -slack || t.max.x > rules.screen_w + slack ||
                   t.max.y > rules.screen_h + slack;
        bool clipped = t.min.x > t.full_min.x + slack || t.min.y > t.full_min.y + slack ||
                       t.max.x < t.full_max.x - slack || t.max.y < t.full_max.y - slack;
        if (off || (clipped && !t.in_scroll_area))
            problems.push_back(name(t) + " is cut off by the edge of the screen");
    }
    for (std::size_t i = 0; i < targets.size(); ++i)
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            if (contains(targets[i], targets[j]) || contains(targets[j], targets[i])) continue;
            float gap = gap_between(targets[i], targets[j]) / rules.px_per_mm;
            if (gap + 0.05f >= rules.min_gap_mm) continue;
            problems.push_back(name(targets[i]) + " and " + name(targets[j]) +
                               (gap < 0 ? " overlap" : " are only " + mm(gap) + " apart"));
        }
    return problems;
}

} // namespace bk
