// The order in which a line's parts appear on screen (Unicode's bidirectional algorithm, by
// FriBidi): in Arabic the line runs right to left, while digits, times and Latin words inside it
// ("Digicafé", a name) keep their own left-to-right order.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace bk {

struct TextRun {
    std::size_t begin = 0, end = 0; // bytes of the line
    bool right_to_left = false;     // its characters appear from right to left
    bool arabic = false; // shaped with HarfBuzz in the Arabic font, not drawn by Dear ImGui
};

// True when the text holds a character written right to left (Arabic, Hebrew): only such text
// needs the work below; everything else is drawn as it is stored.
bool has_right_to_left(std::string_view text);

// The line's runs from left to right as they appear. `right_to_left` is the direction of the
// screen's language: it decides where neutral characters at the ends go. A line without
// right-to-left characters comes back as one left-to-right run. Bytes that are not UTF-8 are
// kept as they are in a left-to-right run. Characters inside right-to-left text are shaped in the
// Arabic font when `shaped` says it has them (all, without `shaped`); the others ("–", "·",
// "€") come as runs of their own, right to left, for Dear ImGui.
std::vector<TextRun> visual_runs(std::string_view line, bool right_to_left,
                                 const std::function<bool(char32_t)>& shaped = {});

// A right-to-left run's characters in display order, for a renderer that draws left to right:
// reversed, with brackets mirrored ("(" shows as ")"), as FriBidi's mirroring table says.
std::string display_order(std::string_view run);

} // namespace bk
