#include "script/script.h"

#include "buurtkiosk/domain/trim.h"
#include "buurtkiosk/files/file_bytes.h"

#include <fstream>
#include <set>
#include <sstream>

namespace bk {

namespace {
bool parse_number(const std::string& text, double& out) {
    try {
        std::size_t used = 0;
        out = std::stod(text, &used);
        return used == text.size();
    } catch (const std::exception&) {
        return false;
    }
}
} // namespace

ParsedScript parse_script(const std::string& text) {
    static const std::set<std::string> with_text{
        "tap",           "tap-if-visible", "scroll-to",          "double-tap", "type", "screenshot",
        "expect-screen", "expect-visible", "expect-not-visible", "wait-for",   "say",  "key",
        "signal"};
    static const std::set<std::string> bare{"kill",         "quit",         "check-layout",
                                            "print-labels", "print-places", "close-window",
                                            "touch-screen", "expect-dark",  "expect-lit"};
    ParsedScript out;
    std::istringstream in(text);
    std::string raw;
    int line = 0;
    while (std::getline(in, raw)) {
        ++line;
        // '#' starts a comment only at the start of a line: "type #1" must stay possible.
        std::string l = trim(raw);
        if (l.empty() || l[0] == '#') continue;
        ScriptStep step;
        step.line = line;
        auto space = l.find(' ');
        step.verb = l.substr(0, space);
        step.arg = space == std::string::npos ? "" : trim(l.substr(space + 1));
        auto bad = [&](const std::string& why) {
            out.error = "script:" + std::to_string(line) + ": " + why;
            return out;
        };
        if (step.verb == "type") {
            // Text to type keeps its spaces; only the single separator after the verb goes.
            const std::string& r = raw;
            auto v = r.find("type");
            step.arg = v + 5 <= r.size() ? r.substr(v + 5) : "";
            while (!step.arg.empty() && (step.arg.back() == '\r' || step.arg.back() == '\n'))
                step.arg.pop_back();
        }
        if (with_text.count(step.verb)) {
            if (step.arg.empty()) return bad("'" + step.verb + "' needs a target or text");
        } else if (step.verb == "print-spoken") {
            // Optional: the id of one text; without it, what the screen's speaker reads.
        } else if (bare.count(step.verb)) {
            if (!step.arg.empty()) return bad("'" + step.verb + "' takes nothing after it");
        } else if (step.verb == "advance" || step.verb == "wait" || step.verb == "sleep" ||
                   step.verb == "hang") {
            if (!parse_number(step.arg, step.number) || step.number < 0)
                return bad("'" + step.verb + "' needs a number, got '" + step.arg + "'");
        } else if (step.verb == "drag") {
            auto last = step.arg.rfind(' ');
            if (last == std::string::npos || !parse_number(step.arg.substr(last + 1), step.number))
                return bad(
                    "'drag' needs a target and a distance in pixels, e.g. drag today-list -400");
            step.arg = trim(step.arg.substr(0, last));
        } else if (step.verb == "hold") {
            auto last = step.arg.rfind(' ');
            if (last == std::string::npos ||
                !parse_number(step.arg.substr(last + 1), step.number) || step.number < 0)
                return bad("'hold' needs a target and seconds, e.g. hold volunteer-entry 3.5");
            step.arg = trim(step.arg.substr(0, last));
        } else {
            return bad("unknown step '" + step.verb + "'");
        }
        out.steps.push_back(step);
    }
    return out;
}

std::optional<ParsedScript> load_script(const std::string& path, std::string& error) {
    std::optional<std::string> text = read_file(path);
    if (!text) {
        error = "cannot read script " + path;
        return std::nullopt;
    }
    ParsedScript parsed = parse_script(*text);
    if (!parsed.error.empty()) {
        error = parsed.error;
        return std::nullopt;
    }
    return parsed;
}

} // namespace bk
