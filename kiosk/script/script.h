// A UI test script (--script FILE): one step per line, '#' starts a comment. See
// docs/ui-testing.md for the steps.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace bk {

struct ScriptStep {
    int line = 0;
    std::string verb;  // tap, double-tap, drag, type, advance, wait, screenshot, expect-screen, ...
    std::string arg;   // the rest of the line (a label may contain spaces)
    double number = 0; // drag: dy; advance, sleep, hold: seconds; wait: frames
};

struct ParsedScript {
    std::vector<ScriptStep> steps;
    std::string error; // "script:<line>: ..." for the first bad line; empty when fine
};

ParsedScript parse_script(const std::string& text);
std::optional<ParsedScript> load_script(const std::string& path, std::string& error);

} // namespace bk
